/**
 * Cards of the site's other stories at the end of the article's flow, under a heading of their own that is no
 * label ("Herbst in Berlin" over cards of a picture, a title, a summary and a "Weiterlesen" link each). The
 * related-stories rule misses them (each card's summary reads as running text around its link, and its title is
 * no link), and a summary ends as a sentence does, so the outline's other rules keep them as a section of the text.
 * A card is told by its links: every story of the box is linked twice (its picture, and its headline or a "read
 * more" link), and no link of the box is to another site. The article's own text links a story once.
 *
 * Pure: reads the heading's next box only (bounded by its text), never changes the document.
 */
import { attr } from '../dom';
import {
  boundedTextContent,
  nextElementSibling,
  previousElementSibling,
  querySelectorAll,
  textContent,
} from '../read/dom';
import { holdsPicture } from '../read/pictures';
import { collapsedLength } from '../read/text';
import { externalHrefTest, SCRIPT_HREF } from './body-links';
import { blockLabelKind, headsNothing } from './furniture-blocks';

/** A box of cards holds at least this many stories (one is a promo of the text). */
const MIN_CARDS = 2;
/** ... and each is linked this often: its picture, and its headline or a "read more" link. */
const MIN_LINKS_PER_CARD = 2;
/**
 * A box of cards is short: a dozen summaries of a few lines (characters). A longer box is the text's, and is
 * not read for links.
 */
const MAX_CARDS_TEXT = 4000;
/** A label's element ("Leggi anche", "Lire aussi :") is a few words: read this many characters of it to tell. */
const LABEL_MAX_CHARS = 40;

/**
 * The box of cards right after `heading` when it is the last element of its parent (the end of the flow), or
 * null.
 */
export function teaserCardsAfter(heading: Element): Element | null {
  const box = nextElementSibling(heading);
  if (!box || nextElementSibling(box) || boundedTextContent(box, MAX_CARDS_TEXT + 1).length > MAX_CARDS_TEXT)
    return null;
  const links = new Map<string, Element[]>();
  for (const link of querySelectorAll(box, 'a[href]')) {
    const href = (attr(link, 'href') ?? '').trim().replace(/#.*$/, '');
    // An in-page link ("#top") is no story's.
    if (!href) return null;
    links.set(href, [...(links.get(href) ?? []), link]);
  }
  if (links.size < MIN_CARDS || externalHrefTest(heading)([...links.keys()])) return null;
  for (const cardLinks of links.values())
    if (cardLinks.length < MIN_LINKS_PER_CARD || !cardLinks.some(holdsPicture)) return null;
  return box;
}

/**
 * A heading of the flow that is all one link to another page of the site and heads nothing of the article (no text
 * after it up to the next heading or the end of `part`: its picture at most) is the headline of another story's
 * teaser ("Instagram lässt dich Stories … teilen" under a rule at a story's end, its picture linked to the same page,
 * trafilatura 0893), no section of the text; so is one right under a label of other stories ("Leggi anche" over a
 * linked headline set in the text, the story going on below it, zyte b6fb53e9). A heading that links to a story and
 * says something under it is one.
 */
function isTeaserHeadline(heading: Element, part: Node, isLeftOut: (element: Element) => boolean): boolean {
  const links = querySelectorAll(heading, 'a[href]');
  const href = links.length === 1 ? (attr(links[0]!, 'href') ?? '').trim() : '';
  // An in-page link ("#section-2") is no story's, nor is a script's.
  if (!href || href.startsWith('#') || SCRIPT_HREF.test(href)) return false;
  const text = collapsedLength(textContent(heading));
  return (
    text > 0 &&
    collapsedLength(textContent(links[0]!)) === text &&
    !externalHrefTest(heading)([href]) &&
    (!!relatedLabelBefore(heading) || headsNothing(heading, part, isLeftOut))
  );
}

/** The element right before `heading` when it is a label of other stories alone ("Leggi anche", "Read also:"). */
export function relatedLabelBefore(heading: Element): Element | null {
  const label = previousElementSibling(heading);
  return label && blockLabelKind(boundedTextContent(label, LABEL_MAX_CHARS)) === 'related' ? label : null;
}

/** The teaser a heading of the flow starts: the box of cards after it, or the heading itself as a teaser's headline. */
export function teaserAt(
  heading: Element,
  part: Node | undefined,
  isLeftOut: (element: Element) => boolean,
): Element | null {
  return teaserCardsAfter(heading) ?? (part && isTeaserHeadline(heading, part, isLeftOut) ? heading : null);
}
