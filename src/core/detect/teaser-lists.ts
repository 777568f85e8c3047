/**
 * Lists of other stories in the article's content (./outline-furniture.ts): lists whose items name the related
 * stories found. Texts are compared normalised: lower-cased, letters and digits only.
 */
import { parentElement } from '../read/dom';
import { memoized } from '../read/memo';
import type { ContentItem } from './content';

/** A related story's title shorter than this (characters) is too common a phrase to find in an item. */
const RELATED_TITLE_MIN_CHARS = 20;
/** A list of other stories has at least this many items (one item that names a story is a link of the text). */
const TEASER_LIST_MIN_ITEMS = 2;
/**
 * ... and most of its items name a story found (one too short a title to look for, or a newsletter line,
 * does not keep it in the outline); a "See also" list of which a story or two were taken is no such list.
 */
export const TEASER_LIST_MIN_SHARE = 0.75;

/** A text's letters and digits, lower-cased, one space between their runs. */
export type Normalise = (text: string) => string;

/**
 * Normalise, each text once: the furniture rules ask for a related title's, an item's or a heading's text again
 * (the related titles twice, a list item up to three times), and the pattern is costly on long texts.
 */
export function normaliser(): Normalise {
  return memoized((text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
}

/** A list item's list (its parent element), null for another item. */
export type ListOf = (item: ContentItem) => Element | null;

/** ListOf, each item's list read once: the furniture rules ask a list item's up to five times. */
export function listReader(): ListOf {
  return memoized((item: ContentItem) => (item.kind === 'bullet' ? parentElement(item.element) : null));
}

/**
 * Lists whose items (at least TEASER_LIST_MIN_ITEMS, and TEASER_LIST_MIN_SHARE of them) hold the title of a
 * related story found: a list of other stories.
 */
export function relatedLists(
  items: readonly ContentItem[],
  related: readonly { title: string }[],
  normalise: Normalise,
  listOf: ListOf = listReader(),
): Set<Element> {
  const all = related.map((story) => normalise(story.title)).filter(Boolean);
  const titles = all.filter((title) => title.length >= RELATED_TITLE_MIN_CHARS);
  // A shorter title names an item it ends, as the item's link does ("Paid ads are not the problem. <a>Our
  // perceptions are</a>").
  const shortTitles = all.filter((title) => title.length < RELATED_TITLE_MIN_CHARS && title.includes(' '));
  const lists = new Map<Element, { items: number; teasers: number }>();
  if (!all.length) return new Set();
  for (const item of items) {
    const list = listOf(item);
    if (!list) continue;
    const count = lists.get(list) ?? { items: 0, teasers: 0 };
    count.items++;
    const text = normalise(item.text);
    if (titles.some((title) => text.includes(title)) || shortTitles.some((title) => text.endsWith(` ${title}`)))
      count.teasers++;
    lists.set(list, count);
  }
  const teaserLists = new Set<Element>();
  for (const [list, count] of lists)
    if (count.teasers >= TEASER_LIST_MIN_ITEMS && count.teasers >= count.items * TEASER_LIST_MIN_SHARE)
      teaserLists.add(list);
  return teaserLists;
}
