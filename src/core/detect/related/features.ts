/**
 * The features of a related-story candidate: small pure readings of the page index, each a value
 * in [-3, 1] with a short note saying why. score.ts weighs them into one score.
 */
import { attr } from '../../dom';
import {
  firstElementChild,
  localName,
  nextElementSibling,
  parentElement,
  previousElementSibling,
  textContent,
} from '../../read/dom';
import { isPromoLinkParagraph } from '../body-links';
import type { HintKind } from './hints';
import { matchBlockLabel, matchLinkText, matchPromoPrefix, normalizeLabel, type LabelMatch } from './lexicon';
import type { PageIndex } from './page-index';
import type { ItemsText } from './prose-text';
import { sameMarkup } from './page-facts';
import { countWords, hasTextBefore, textBefore } from './text';

export interface Feature {
  value: number;
  note: string;
}

const NONE: Feature = { value: 0, note: '' };

/** Levels above a block whose class / id words still describe it (list → wrapper → section → column). */
const MAX_HINT_LEVELS = 5;
/** Ad / sponsored words veto only this close: higher up, "ad" classes name page-layout wrappers. */
const MAX_SPONSORED_LEVELS = 8;
/** Bare "prev" / "next" words count only right around the link (higher up they name sliders). */
const MAX_PREV_NEXT_LEVELS = 2;
/** Text before an item's link: up to this many characters a kicker or a date, more a sentence. */
const MAX_KICKER_CHARS = 30;
/** A headline has a few words; one or two name a section or a tab. */
const MIN_HEADLINE_WORDS = 3;
/**
 * More items than this is a feed, a menu or an archive, not a block of related stories, whatever its label says ("DON'T
 * MISS" over 218 site-wide teasers): the longest labelled related list of the design pages has 21 items, and no
 * listed run of the corpus has more than 22 but that feed.
 */
const MAX_RUN_ITEMS = 40;
/** A promo box says little: a headline, a kicker, a caption. */
const MAX_BOX_CHARS = 250;
/** A headline this long (characters, spaces not counted) written again in its box is a repeat, not a word again. */
const MIN_REPEATED_HEADLINE_CHARS = 20;
/**
 * A paragraph this long (visible characters, spaces not counted) beside a line: the line stands in the article's text.
 */
const MIN_NEIGHBOUR_PROSE_CHARS = 120;
/** A block beside a line is prose when less than this share of its (first) text is link text; a link list is more. */
const MAX_PROSE_LINK_SHARE = 0.3;
/** Wrappers that hold a line alone, climbed to find its neighbours (an embed: widget → wrapper → card). */
const MAX_NEIGHBOUR_WRAPPERS = 3;
/** A card's headline is a sentence: fewer words name a thing or a section (a reference, a call to action). */
const MIN_CARD_HEADLINE_WORDS = 5;
/** Cards like this one stepped over beside it: two or three embeds in a row; more is a list. */
const MAX_CARDS_IN_A_ROW = 2;

/** What a label of each kind adds (a kind not here, 'promo' or 'seeall', adds nothing). */
const LABEL_VALUE: Record<string, number> = {
  related: 1,
  sequence: 1,
  sitewide: -1,
  furniture: -1,
  /** Search queries: the outline keeps such a heading (it is no box of stories), the related stories do not list it. */
  search: -1,
  sponsored: -3,
};

/** A label that is a number in brackets alone. */
const COUNT_LABEL = /^\(\d+\)$/;

/** What the block's label says (its accessible name, a heading in it or the line before it). */
export function labelFeature(index: PageIndex, block: Element, firstItem: Element | null): Feature {
  const label = index.label(block, firstItem);
  if (!label) return NONE;
  // A count alone ("(32)", after an archive's month) sizes a listing of the site's posts: it names no topic.
  if (COUNT_LABEL.test(label.text)) return { value: LABEL_VALUE.sitewide!, note: `label "${label.text}": a count` };
  const found = matchBlockLabel(label.text);
  if (!found) return { value: 0, note: `label "${label.text}" (not in lexicon)` };
  return {
    value: LABEL_VALUE[found.kind] ?? 0,
    note: `label${label.source === 'alt' ? ' (img alt)' : ''} "${label.text}": ${found.kind}, ${found.why}`,
  };
}

/**
 * A single link's label: its box's; else, when the box holds more than the link's line, the nearest one above the
 * line inside it ("Tags" over a list of one link per item, in a pane whose class says related: trafilatura 0613).
 */
export function singleLabelFeature(index: PageIndex, box: Element, line: Element, firstItem: Element | null): Feature {
  const label = labelFeature(index, box, firstItem);
  // Told by identity, not by the note: the extension's build leaves notes out (scripts/vite/strip-explanations.ts).
  return label !== NONE || box === line ? label : labelFeature(index, line, null);
}

/**
 * What the class / id words from `start` up say: the nearest telling word wins, but an ad or
 * sponsored word anywhere close vetoes. The article container's own words are not read.
 */
/** `rel`: the link's rel attribute ("" when none). */
export function hintFeature(index: PageIndex, start: Element, anchor: Element, rel: string): Feature {
  let nearest: { kind: HintKind; level: number } | null = null;
  let level = 0;
  for (
    let element: Element | null = start;
    element && index.tag(element) !== 'body' && level <= MAX_SPONSORED_LEVELS;
    element = index.parent(element), level++
  ) {
    if (index.roots.includes(element)) break;
    const kind = index.hint(element);
    if (!kind) continue;
    if (kind === 'sponsored') return { value: -3, note: `class/id says sponsored (${level} up)` };
    const counts =
      level <= MAX_HINT_LEVELS && (kind !== 'prevnext' || depthBetween(index, anchor, element) <= MAX_PREV_NEXT_LEVELS);
    // A site-wide word ("latest-posts") is weak: a related word a little higher up still wins.
    if (counts && (!nearest || (nearest.kind === 'sitewide' && (kind === 'related' || kind === 'sequence'))))
      nearest = { kind, level };
    // Above a block that says it is related, wrappers (an ad slot placed after it) no longer describe it,
    // also when the word stands too high to count for the block itself.
    if (kind === 'related' || kind === 'sequence') break;
  }
  if (/\bsponsored\b/i.test(rel)) return { value: -3, note: 'rel=sponsored' };
  if (!nearest) return NONE;
  const value =
    nearest.kind === 'related' || nearest.kind === 'sequence' || nearest.kind === 'prevnext'
      ? 1
      : nearest.kind === 'sitewide'
        ? -0.5
        : -1;
  return { value, note: `class/id says ${nearest.kind}` };
}

function depthBetween(index: PageIndex, inner: Element, outer: Element): number {
  let depth = 0;
  for (let element: Element | null = inner; element && element !== outer; element = index.parent(element)) depth++;
  return depth;
}

/** Previous / next links: rel=prev|next, or a link text that says so ("Next article: …", "« Previous"). */
export function sequenceFeature(
  anchor: Element,
  linkText: string,
  found: LabelMatch | null = matchLinkText(linkText),
  rel: string = attr(anchor, 'rel') ?? '',
): Feature {
  if (/\b(prev|next)\b/i.test(rel)) return { value: 1, note: 'rel=prev/next' };
  // "Next: …", "Previous post …", "« Older": a bare word must stand alone ("Next Big Thing" is a title).
  const rest = found ? normalizeLabel(linkText).slice(found.phrase.length) : '';
  if (found?.kind === 'sequence' && (found.phrase.includes(' ') || /^\s*([:：»›>|\-–—]|$)/.test(rest)))
    return { value: 1, note: `link text "${found.phrase}": ${found.why}` };
  return NONE;
}

/** After the article: where related blocks stand; before it: the page's header and menus. */
export function positionFeature(index: PageIndex, element: Element, toldRelated = false): Feature {
  const position = index.position(element);
  // A block that says it is related may stand anywhere in the markup (a sidebar is often written first).
  if (toldRelated && position === 'before') return NONE;
  if (position === 'after') return { value: 1, note: 'after the article' };
  if (position === 'before') return { value: -1, note: 'before the article' };
  if (position === 'inside') return { value: 0.5, note: 'inside the article' };
  return NONE;
}

/** A single link outside the article needs its label: a promo line stands between the article's paragraphs. */
export function singlePositionFeature(index: PageIndex, element: Element): Feature {
  const position = index.position(element);
  if (position === 'inside') return { value: 1, note: 'inside the article' };
  return position === 'unknown' ? NONE : { value: -1, note: `${position} the article` };
}

/** A navigation landmark (nav, header, footer, role=navigation) holds the block. */
export function navigationFeature(index: PageIndex, element: Element): Feature {
  const nav = index.navigation(element);
  return nav ? { value: -1, note: `inside <${localName(nav)}>` } : NONE;
}

/** Share of the block's links that the page's navigation (elsewhere) links to as well (menus list stories too). */
export function navShareFeature(keys: readonly string[], inNavigation: (key: string) => boolean): Feature {
  const inNav = keys.filter(inNavigation).length;
  return inNav ? { value: -inNav / keys.length, note: `${inNav}/${keys.length} also in navigation` } : NONE;
}

/** Share of the links to the page's own site: related stories are the site's own; other sites' are ads or sources. */
export function sameSiteFeature(sites: readonly (boolean | null)[]): Feature {
  const known = sites.filter((site) => site !== null);
  if (!known.length) return NONE;
  const share = known.filter(Boolean).length / known.length;
  // Only a penalty: the site's own links are the common case and say nothing by themselves.
  return share < 1 ? { value: share - 1, note: `${Math.round(share * 100)}% same site` } : NONE;
}

/** Whether an item's link leads it (a kicker or date at most before it) and reads like a headline. */
export function leadsItem(item: Element, anchor: Element, linkText: string): boolean {
  if (countWords(linkText, MIN_HEADLINE_WORDS) < MIN_HEADLINE_WORDS) return false;
  return item === anchor || kickerAtMost(item, anchor);
}

/** Text before the link in its item is a kicker or a date at most; more is a sentence. */
export const kickerAtMost = (item: Element, anchor: Element): boolean => !hasTextBefore(item, anchor, MAX_KICKER_CHARS);

/** Share of items led by a headline link (long excerpts after it are fine). */
export function headlineFeature(leads: readonly boolean[]): Feature {
  const share = leads.filter(Boolean).length / leads.length;
  return { value: 2 * share - 1, note: `${Math.round(share * 100)}% of items led by a headline link` };
}

/**
 * Text between the run's items (prose-text.ts itemsTextSteps): sentences around the links mean running text, not a
 * list.
 */
export function proseFeature({ inItems, between }: ItemsText): Feature {
  const outside = between / (inItems + between || 1);
  return outside > 0.2
    ? { value: -outside, note: `${Math.round(outside * 100)}% of the text between the items` }
    : NONE;
}

/** An item's markup (tag and class): teasers of one list share it. */
export function markupOf(item: Element): string {
  return `${localName(item)}.${attr(item, 'class') ?? ''}`;
}

/** Teasers of one list share their markup (markupOf each item): a repeated structure. */
export function repeatedFeature(markups: readonly string[]): Feature {
  const counts = new Map<string, number>();
  for (const markup of markups) counts.set(markup, (counts.get(markup) ?? 0) + 1);
  const share = Math.max(...counts.values()) / markups.length;
  return share >= 0.8 ? { value: 1, note: 'repeated teaser structure' } : NONE;
}

/** A list of this many children or more is a menu when few of them name a headline. */
const MIN_MENU_CHILDREN = 8;
/**
 * Teasers make most of their list: when fewer than this share of its children lead to articles and read as
 * headlines, the list is a menu of names among which a few look like headlines (a sitemap's fifteen team pages with
 * "Nürnberg Ice Tigers" and "SERC Wild Wings" among them: trafilatura 0676). A list of teasers of which only a few
 * links have an article's address shape stays one: their texts read as headlines (0540).
 */
const MIN_HEADLINE_SHARE_OF_LIST = 0.25;

/**
 * The run's size: too many items for a list of teasers vetoes it (no label, class or place lifts it); else what its
 * list says (`list`: listFeature, when asked).
 */
export function sizeFeature(items: number, list: () => Feature): Feature {
  return items > MAX_RUN_ITEMS ? { value: -Infinity, note: `${items} items: a feed, a menu or an archive` } : list();
}

/**
 * A list (`group`) of few headlines, `listed` of its children article links: a menu. Its children are counted first
 * (cheap), then read for a headline's words only when few of a long list's lead to articles, and only until enough of
 * them read as headlines (the rest cannot change the answer).
 */
export function listFeature(group: Element, listed: number): Feature {
  let children = 0;
  for (let child = firstElementChild(group); child; child = nextElementSibling(child)) children++;
  const enough = children * MIN_HEADLINE_SHARE_OF_LIST;
  if (children < MIN_MENU_CHILDREN || listed >= enough) return NONE;
  let headlines = 0;
  for (let child = firstElementChild(group); child && headlines < enough; child = nextElementSibling(child)) {
    if (countWords(textContent(child), MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS) headlines++;
  }
  return headlines < enough ? { value: -1, note: `${headlines} of ${children} items read as headlines: a menu` } : NONE;
}

/** "Related: <a>…</a>", "<b>Lesen Sie auch</b> <a>…</a>", "<a>READ MORE: …</a>". */
export function prefixFeature(line: Element, anchor: Element, linkText: string): Feature {
  const before = textBefore(line, anchor, 40);
  const found: LabelMatch | null =
    (before && (matchPromoPrefix(before, true) ?? matchPromoPrefix(before))) || matchPromoPrefix(linkText);
  if (!found) return NONE;
  // "More:", "Watch:", "Read:" say less than "Related:" or "Lire aussi :".
  return { value: found.kind === 'promo' ? 0.5 : 1, note: `promo prefix "${found.phrase}": ${found.why}` };
}

/**
 * The body's definition of a promo line (mostly link, a short label at most), or a small picture box. `prose`: lines
 * found to be running text already (not read again).
 */
export function promoShapeFeature(
  index: PageIndex,
  line: Element,
  external: boolean,
  prose?: Set<Element>,
  headline = '',
): Feature {
  if (prose?.has(line)) return IN_TEXT;
  const facts = index.facts(line);
  if (isPromoLinkParagraph({ chars: facts.text, linkChars: facts.linkText, external }, line, index.itemShare))
    return { value: 1, note: 'a line that is one link' };
  if (facts.hasPicture && facts.links <= 3 && boxSays(facts.text, line, headline) <= MAX_BOX_CHARS)
    return { value: 1, note: 'a small picture box' };
  return IN_TEXT;
}

/**
 * What a picture box says besides its headline: a card writes its headline more than once (a caption, an overline,
 * the link), each repeat read only when the box says more than a small box may. `text`: its visible characters.
 */
function boxSays(text: number, box: Element, headline: string): number {
  const words = headline.replace(/\s+/g, '');
  if (text <= MAX_BOX_CHARS || words.length < MIN_REPEATED_HEADLINE_CHARS) return text;
  return text - (textContent(box).replace(/\s+/g, '').split(words).length - 1) * words.length;
}

/** A line in running text: a link inside a sentence. */
const IN_TEXT: Feature = { value: -1, note: 'a link inside text' };

/** A paragraph of prose right before or after the line: it stands between the article's paragraphs. */
export function neighbourFeature(index: PageIndex, line: Element): Feature {
  for (const sibling of [previousElementSibling(line), nextElementSibling(line)]) {
    if (
      sibling &&
      localName(sibling) === 'p' &&
      index.factsUpTo(sibling, MIN_NEIGHBOUR_PROSE_CHARS).text >= MIN_NEIGHBOUR_PROSE_CHARS
    )
      return { value: 1, note: 'between paragraphs' };
  }
  return NONE;
}

/**
 * A card set in the article's text (looked at through the wrappers that hold it alone): a block of text on one
 * side, text or nothing on the other, other cards like it stepped over (two embeds in a row). Its link reads as a
 * headline: a name or a section's title ("European Space Agency") is a reference, not a story. `linkText`: the
 * link's text, whitespace collapsed (related.ts reads it so).
 */
export function cardFeature(index: PageIndex, line: Element, linkText: string): Feature {
  if (countWords(linkText, MIN_CARD_HEADLINE_WORDS) < MIN_CARD_HEADLINE_WORDS) return NONE;
  let block = line;
  for (let level = 0; level < MAX_NEIGHBOUR_WRAPPERS && isAlone(block); level++) {
    const parent = parentElement(block);
    if (!parent || localName(parent) === 'body' || index.roots.includes(parent)) break;
    block = parent;
  }
  const before = sideOf(index, block, previousElementSibling);
  if (before === 'other') return NONE;
  const after = sideOf(index, block, nextElementSibling);
  return after === 'other' || (before !== 'prose' && after !== 'prose')
    ? NONE
    : { value: 1, note: 'a card in the text' };
}

/** What stands next to a card on one side: prose, nothing (other cards like it and empty wrappers stepped over). */
function sideOf(
  index: PageIndex,
  block: Element,
  step: (element: Element) => Element | null,
): 'prose' | 'none' | 'other' {
  let cards = 0;
  for (let sibling = step(block); sibling; sibling = step(sibling)) {
    if (sameKindOfItem(sibling, block)) {
      // An item of the same list: the block is one of a list's items, unless a card of a few in a row.
      if (LIST_ITEM_TAGS.has(localName(block)) || cards++ >= MAX_CARDS_IN_A_ROW) return 'other';
      continue;
    }
    const facts = index.factsUpTo(sibling, MIN_NEIGHBOUR_PROSE_CHARS);
    if (facts.text === 0 && !facts.hasPicture) continue;
    if (facts.text < MIN_NEIGHBOUR_PROSE_CHARS) return 'other';
    return facts.linkText < facts.text * MAX_PROSE_LINK_SHARE ? 'prose' : 'other';
  }
  return 'none';
}

/** The element has no element siblings (a wrapper around it holds it alone). */
function isAlone(element: Element): boolean {
  return !previousElementSibling(element) && !nextElementSibling(element);
}

/** Tags whose siblings are items of one list, whatever their classes. */
const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd', 'tr', 'article']);

/** Two items of one list: list-item tags, or the same markup (page-facts.ts sameMarkup). */
function sameKindOfItem(a: Element, b: Element): boolean {
  return (LIST_ITEM_TAGS.has(localName(a)) && localName(a) === localName(b)) || sameMarkup(a, b);
}

/** A headline has a few words. `linkText`: whitespace collapsed. */
export function headlineTextFeature(linkText: string): Feature {
  return countWords(linkText, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS
    ? NONE
    : { value: -1, note: 'link text is no headline' };
}
