/**
 * Builds the outline tree from the article's headings and list items in document order.
 * Levels are normalised: the article title is level 1, top-level headings are level 2 and
 * every nesting adds one, whatever tags the page used (several <h1>s, h2 → h4 jumps).
 */
import type { ContentItem } from './detect/content';
import type { OutlineSection } from './types';
import { collapseWhitespace, HAS_LETTER_OR_DIGIT } from './text';
import { contains } from './read/dom';

/** Level of top-level headings: the title is the page's level 1. */
const TOP_LEVEL = 2;
const DEEPEST_LEVEL = 6;
/**
 * With fewer real headings than this, bold one-line paragraphs serve as the headings: one real heading over the text
 * (energiehoch3 0981's h1, its subhead a bold line) leaves the bold lines sections too; two or more real headings
 * are the sections, and bold lines among them are emphasis (readability dropbox-blog, lazy-image-1) unless a series
 * of them heads the text between (detect/bold-sections.ts; each under the real heading before it, when there is one).
 */
export const MIN_REAL_HEADINGS = 2;

export interface BuiltOutline {
  sections: OutlineSection[];
  elementsById: Map<string, Element>;
  /** The heading that holds the title and a kicker: the headline again, no section and no reading text. */
  headline: Element | null;
}

interface OpenSection {
  section: OutlineSection;
  /** The page's own level (1..6) used to decide nesting. */
  rawLevel: number;
  /** A list's label (closed by the next label). */
  label: boolean;
  /** A bold line's pseudo-heading (label or not): no real heading that bold lines after it sit under. */
  pseudo: boolean;
  /** One of a series of bold lines among real headings (bold-sections.ts): a list's label is its sibling. */
  series: boolean;
}

/**
 * A label and a number ("Post Views: 111", "Aufrufe: 2.345"): a counter, no section. The label holds no digit: a
 * verse ("John 3:16") is a heading. (One run of non-colons: linear on a long heading, no backtracking over splits.)
 */
const COUNTER = /^[^:\d]+:\s*[\d.,]+$/;
const normaliseForComparison = (text: string): string => collapseWhitespace(text).toLowerCase();
/** What splits the title's headline from the site's name after it ("… - AOC media", "… | BMJV"). */
const SITE_SUFFIX = / [-|–—] /;
/** A heading holds the whole title and a kicker of at most this many words: the headline set with its kicker. */
const MAX_KICKER_WORDS = 4;
/** A title of fewer words than this may open a heading of its own ("Introduction" in "Introduction to …"). */
const MIN_TITLE_WORDS_IN_HEADING = 4;

/**
 * Whether a heading is the title with a kicker before or after it ('Irme Stetter-Karp ist neue ZdK-Präsidentin
 * "Reformstau lösen"', domradio 0628: a kicker and a headline in one h2).
 */
function holdsTitleWithKicker(key: string, titleKey: string): boolean {
  const at = key.indexOf(titleKey);
  if (at < 0 || titleKey.split(' ').length < MIN_TITLE_WORDS_IN_HEADING) return false;
  const kicker = `${key.slice(0, at)} ${key.slice(at + titleKey.length)}`.match(/[\p{L}\p{N}]+/gu) ?? [];
  return kicker.length > 0 && kicker.length <= MAX_KICKER_WORDS;
}

export function buildOutline(items: ContentItem[], title: string): BuiltOutline {
  const titleKey = normaliseForComparison(title);
  const titleKeys = [titleKey, titleKey.split(SITE_SUFFIX)[0] ?? titleKey];
  // The title is shown as the title, not repeated as a heading; a heading of no letter or digit ("*",
  // "* * *") is a separator between paragraphs.
  // One heading that holds the title with a kicker is the headline; several are parts named after it ("…: Method 1").
  const withKicker = (text: string): boolean => {
    const key = normaliseForComparison(text);
    return titleKeys.some((titlePart) => holdsTitleWithKicker(key, titlePart));
  };
  // A bold line is no headline: one that holds the title heads the text after it ("My Top 10 …" over a list).
  const kickered = items.filter((item) => item.kind === 'heading' && !item.pseudo && withKicker(item.text));
  const headline = kickered.length === 1 ? kickered[0]!.element : null;
  const namesNoSection = ({ text, element }: { text: string; element: Element }): boolean =>
    titleKeys.includes(normaliseForComparison(text)) ||
    element === headline ||
    !HAS_LETTER_OR_DIGIT.test(text) ||
    COUNTER.test(text);
  // Only headings the outline shows count: a page whose one real heading repeats the title has none.
  const realHeadings = items.filter(
    (item): item is Exclude<ContentItem, { kind: 'bullet' }> =>
      item.kind === 'heading' && !item.pseudo && !namesNoSection(item),
  );
  const usePseudoHeadings = realHeadings.length < MIN_REAL_HEADINGS;
  const slipLevel = slippedRank(realHeadings);
  const elementsById = new Map<string, Element>();
  const sections: OutlineSection[] = [];
  const open: OpenSection[] = [];
  let preamble: OutlineSection | null = null;
  let nextId = 0;

  const addBullet = (text: string): void => {
    const current = open[open.length - 1]?.section;
    if (current) current.bullets.push(text);
    else {
      if (!preamble) {
        preamble = { id: 's0', level: 0, text: '', bullets: [], children: [] };
        sections.push(preamble);
      }
      preamble.bullets.push(text);
    }
  };
  const openSection = (item: Exclude<ContentItem, { kind: 'bullet' }>): void => {
    if ((item.pseudo && !item.label && !item.section && !usePseudoHeadings) || namesNoSection(item)) return;
    // A list's label closes the label before it and sits one level below the heading it is under;
    // other pseudo-headings sit where an h2 would, or one level below the real heading they follow (weinkenner 0649:
    // "Sieben ausgewählte St. Magdalener-Weine", then a bold line per wine).
    // A bold line of a series closes as a label does: a label after it is set alike (hassanchef 0454's "Ingredients",
    // a bold line over a list after an empty paragraph, then the label "Instructions").
    if (item.label) while (open.length && (open[open.length - 1]!.label || open[open.length - 1]!.series)) open.pop();
    const real = open.findLast((entry) => !entry.pseudo)?.rawLevel ?? 0;
    const pseudoLevel = Math.max(TOP_LEVEL, real + 1);
    const ownLevel = item.level === slipLevel ? slipLevel + 1 : item.level;
    const rawLevel = item.label ? (open[open.length - 1]?.rawLevel ?? 1) + 1 : item.pseudo ? pseudoLevel : ownLevel;
    while (open.length && open[open.length - 1]!.rawLevel >= rawLevel) open.pop();
    const parent = open[open.length - 1];
    const id = `h${nextId++}`;
    const section: OutlineSection = {
      id,
      level: Math.min(DEEPEST_LEVEL, parent ? parent.section.level + 1 : TOP_LEVEL),
      text: item.text,
      bullets: [],
      children: [],
    };
    elementsById.set(id, item.element);
    if (parent) parent.section.children.push(section);
    else sections.push(section);
    open.push({ section, rawLevel, label: !!item.label, pseudo: item.pseudo, series: !!item.section });
  };

  // A list item that holds the heading after it (a step: its number, its title, its text) goes under that heading.
  let held: string | null = null;
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'bullet') {
      openSection(item);
      if (held) addBullet(held);
      held = null;
    } else {
      const next = items[index + 1];
      if (next?.kind === 'heading' && contains(item.element, next.element)) held = itsOwnText(item.text, next.text);
      else addBullet(item.text);
    }
  }
  return { sections, elementsById, headline };
}

/**
 * A step's counter before its title: a number and its mark ("1", "12.", "3)") or an icon's glyph, no word. Only
 * after one is the title cut from the item: an item that opens with its title reads as a term and its description
 * ("WebIDE Develop, deploy …", readability mozilla-2), which the reference output keeps whole.
 */
const STEP_COUNTER = /^[^\p{L}]{1,4}$/u;

/**
 * A list item's text under the heading it holds: a numbered step's "1 Return link You can ask …" under "Return
 * link" is "You can ask …" (lidl 0723); an item of nothing but its heading adds no bullet.
 */
function itsOwnText(item: string, heading: string): string {
  if (item === heading) return '';
  const at = item.indexOf(heading);
  return at > 0 && STEP_COUNTER.test(item.slice(0, at).trim()) ? item.slice(at + heading.length).trim() : item;
}

/**
 * The rank of a heading the author set one rank too high by a slip: the only heading of its rank, after the text's
 * first heading of the rank below it ("Rüschen", "Transparenz", "DENIM" as h3s, then "Stripes" as the one h2, then
 * "Pailletten" as h3: majkaswelt 0067's five trends). It stands beside the headings of the rank below, not over them.
 */
function slippedRank(headings: readonly { level: number }[]): number {
  const first = headings[0]?.level ?? 0;
  const above = headings.filter((heading) => heading.level === first - 1);
  return above.length === 1 && headings.some((heading, index) => index > 0 && heading.level === first) ? first - 1 : -1;
}

/** The outline's heading elements with their section id and level (for the reader's blocks). */
export function outlineHeadings(outline: BuiltOutline): Map<Element, { id: string; level: number }> {
  const headings = new Map<Element, { id: string; level: number }>();
  const visit = (sections: OutlineSection[]): void => {
    for (const section of sections) {
      const element = outline.elementsById.get(section.id);
      if (element) headings.set(element, { id: section.id, level: section.level });
      visit(section.children);
    }
  };
  visit(outline.sections);
  return headings;
}
