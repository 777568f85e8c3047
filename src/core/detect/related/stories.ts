/**
 * The listed stories of the related-stories rule: each story's title from its links, and one story per
 * headline.
 */
import { parentElement } from '../../read/dom';
import type { PageIndex } from './page-index';
import type { RelatedStory } from '../../types';
import { isDateOnly } from '../furniture-text';
import { sequenceFeature } from './features';
import type { Scored } from './score';
import { MIN_TITLE_CHARS, cleanTitle, isBetterTitle, titleFromTeaser, titleOfLink, type TitleCandidate } from './title';
import { titleFromSequenceLink } from './sequence-link';
import { withoutDanglingEnd } from './title-line';
import { titleFromUrl } from './slug-title';
import type { Pauses } from './pauses';
import type { Steps } from '../../steps';
import type { RelatedContext } from '../related';

/** How many levels above a text-less link (an image) the teaser's headline is looked for. */
const MAX_TEASER_LEVELS = 3;
/** Two letters in a row: any headline in any script has them. */
export const HAS_WORD = /\p{L}\p{L}/u;
/** Block tags that hold a line of text of its own (a promo line is one of them). */
const LINE_TAGS = new Set([
  'p',
  'div',
  'li',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'aside',
  'section',
  'dd',
  'figure',
  'figcaption',
  'article',
]);

export interface Entry {
  url: string;
  /** Every link to the story, with its text (whitespace collapsed) and the score of its own candidate. */
  anchors: { anchor: Element; text: string; scored: Scored }[];
  block: Element | null;
  best: Scored;
}

/**
 * The story's headline: the best of its links' own headlines (links whose words are no headline, such
 * as "Latest" or "Video", do not count unless they say previous / next), else the page head's title of a previous /
 * next link, the teaser's heading, the URL's slug, or a one-word link text.
 */
export function titleOf(entry: Entry): string {
  let best: TitleCandidate = { text: '', fromHeading: false };
  let bestScored: Scored | null = null;
  const usable: Element[] = [];
  const usableTexts: string[] = [];
  for (const { anchor, text, scored } of entry.anchors) {
    if (scored.score === -Infinity) continue;
    let candidate = titleOfLink(anchor);
    // A link with words of its own that are no headline ("Latest", "Video") is a tab: it speaks for no story,
    // unless a label says the list is related ("Mehr zum Thema: Stressessen").
    if (!candidate.text && HAS_WORD.test(text) && scored.labelled)
      candidate = { text: cleanTitle(text), fromHeading: false };
    // (A date link is no tab: it is the teaser's, like a picture link, and the teaser's heading names the story.)
    if (!candidate.text && HAS_WORD.test(text) && !isDateOnly(text) && !sequenceFeature(anchor, text).value) continue;
    usable.push(anchor);
    usableTexts.push(text);
    if (isBetterTitle(candidate, best)) best = candidate;
    if (!bestScored || scored.score > bestScored.score) bestScored = scored;
  }
  entry.best = bestScored ?? { score: -Infinity, why: `${entry.best.why}; its link text is no headline` };
  // A heading that links to the story names it, even where its own link was not listed for itself (a teaser's
  // heading link read as one in running text, beside a listed date or picture link).
  // (The links read above gave no text, so every link may be asked again.)
  for (const { anchor } of best.text ? [] : entry.anchors) {
    const candidate = titleOfLink(anchor);
    if (candidate.fromHeading && candidate.text) {
      best = candidate;
      break;
    }
  }
  let title = best.text;
  // A previous / next link's headline stated in the page's head.
  if (title.length < MIN_TITLE_CHARS) title = titleFromSequenceLink(usable) || title;
  for (const anchor of usable) {
    if (title.length >= MIN_TITLE_CHARS) break;
    title = titleFromTeaser(anchor, entry.block, MAX_TEASER_LEVELS);
  }
  if (title.length < MIN_TITLE_CHARS) title = titleFromUrl(entry.url);
  // A one-word headline ("#Aleppo") of a previous / next link: its cleaned text rather than nothing.
  // (cleanTitle collapses whitespace first: the collapsed link text cleans to what the raw text does.)
  if (!HAS_WORD.test(title))
    title = usableTexts.map((text) => cleanTitle(text)).find((text) => HAS_WORD.test(text)) ?? title;
  return withoutDanglingEnd(title);
}

/** The child of `box` that holds `inner`. */
export function childHolding(box: Element, inner: Element): Element | null {
  let element: Element | null = inner;
  while (element && parentElement(element) !== box) element = parentElement(element);
  return element;
}

/** The block that holds the item as a line of its own (an inline link's paragraph). */
export function lineOf(index: PageIndex, item: Element): Element {
  for (let element: Element | null = item; element; element = index.parent(element)) {
    const tag = index.tag(element);
    if (LINE_TAGS.has(tag)) return element;
    if (tag === 'body') break;
  }
  return item;
}

/**
 * The stories listed, in the entries' order, one per headline. Titles are read only for stories that may be listed
 * (reading one walks the link's text), and not past `maxStories` headlines (the outline shows no more: a long page's
 * link lists hold thousands); a `trace` weighs every entry to its end.
 */
export function* listedStories(
  entries: Iterable<Entry>,
  pauses: Pauses,
  // The debug options read as `context.explain` / `context.trace`: the extension build reads those as undefined
  // (scripts/vite/strip-explanations.ts), and its minifier drops what only they need.
  context: Pick<RelatedContext, 'explain' | 'trace' | 'maxStories'>,
): Steps<RelatedStory[]> {
  const stories: (RelatedStory & { why?: string })[] = [];
  const headlines = new Set<string>();
  const { maxStories = Infinity } = context;
  for (const entry of entries) {
    if (!context.trace && headlines.size >= maxStories) break;
    if (pauses.afterLink()) yield;
    const title = entry.best.score > 0 ? titleOf(entry) : '';
    const listed = entry.best.score > 0 && HAS_WORD.test(title);
    context.trace?.({ url: entry.url, title, score: entry.best.score, listed, why: entry.best.why });
    if (!listed) continue;
    headlines.add(titleKey(title));
    stories.push(context.explain ? { title, url: entry.url, why: entry.best.why } : { title, url: entry.url });
  }
  return withoutRepeatedTitles(stories);
}

/** What makes two stories' titles one headline. */
const titleKey = (title: string): string => title.toLowerCase();

/** One headline under two URLs is one story (or tabs of one hub page): the first is kept. */
export function withoutRepeatedTitles<T extends RelatedStory>(stories: T[]): T[] {
  const seen = new Set<string>();
  return stories.filter((story) => {
    const key = titleKey(story.title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
