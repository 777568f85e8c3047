/**
 * A byline the page gives only as a line of text under its headline, no class or attribute saying so: "By
 * <a>Jane Doe</a> • Monday, November 18th, 2019 at 11:08 a.m.", "Von <a>Max Muster</a>, 5. November 2023". Its
 * label ("By", "Von", "Par", "Por", "Posted by") opens the line and a link (the author's page) follows it.
 */
import {
  attr,
  firstChild,
  isElement,
  isText,
  nextElementAfter,
  nextElementSibling,
  nextElementWithin,
  nextSibling,
  nodeValue,
  textContent,
} from '../../read/dom';
import { upperTag } from '../../read/tags';
import { isLabelAndName, isLoneBylineLabel } from '../byline-label';
import { cleanByline } from './byline-clean';
import { datelineOf } from './dateline';
import { toIsoDate } from './dates';
import { hasShortText } from './dom-text';
import { collapseWhitespace } from '../../read/text';

/** Elements after the headline looked at: its byline sits right under it, beside a kicker, a picture, share buttons. */
const MAX_ELEMENTS_AFTER_HEADLINE = 40;
/** A byline line holds names, a date, a few words: longer text is the article's (a quote, a caption's credit). */
const LINE_MAX_CHARS = 200;
/** A paragraph this long after the headline is the text: a byline line is looked for above it only ... */
const TEXT_MIN_CHARS = 300;
/** ... and so is a sentence of this many words ("Daring Fireball is written and produced by John Gruber."). */
const PROSE_MIN_WORDS = 6;
/** A sentence's end, a closing quotation mark after it or not. */
const PROSE_END = /[.!?…]["”’»]?$/u;
/** Blocks whose "By …" lines credit a picture or a quotation, not the article. */
const NOT_THE_ARTICLES = new Set(['FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'ASIDE', 'NAV', 'FOOTER', 'TABLE']);
/** Leading words the date after the names goes with ("on", "am", "le", "el"), at most this many. */
const MAX_DATE_LEAD_WORDS = 2;

export interface BylineLine {
  byline: string;
  /** The date the line gives after the names, when it reads as one (ISO, as toIsoDate writes it). */
  date: string | null;
}

/**
 * The byline line under the headline (`headline`: the page's first <h1>), or null when there is none: a labelled
 * line, or a dateline (./dateline.ts; a name that is `siteName` is none).
 */
export function bylineLineAfter(headline: Element | undefined, siteName?: string | null): BylineLine | null {
  if (!headline) return null;
  let element = nextElementAfter(headline, null);
  for (let seen = 0; element && seen < MAX_ELEMENTS_AFTER_HEADLINE; seen++) {
    const tag = upperTag(element);
    if (NOT_THE_ARTICLES.has(tag)) {
      element = nextElementAfter(element, null);
      continue;
    }
    const found = hasShortText(element, LINE_MAX_CHARS) ? (readLine(element) ?? datelineOf(element, siteName)) : null;
    if (found) return found;
    // The text has begun: a "By …" line in it credits a picture or a quotation.
    if (tag === 'P' && isProse(element)) return null;
    element = nextElementWithin(element, null);
  }
  return null;
}

/** A paragraph of the text: a sentence of a few words or more, or a long block. */
function isProse(paragraph: Element): boolean {
  const text = textContent(paragraph).trim();
  return text.length >= TEXT_MIN_CHARS || (PROSE_END.test(text) && text.split(/\s+/).length >= PROSE_MIN_WORDS);
}

/**
 * A line that is its label and a name alone, as text ("von Alexander Rosenkranz" in an element of its own): the
 * name needs no link when nothing else shares its line.
 */
function plainNameLine(line: Element): BylineLine | null {
  const text = collapseWhitespace(textContent(line));
  if (!isLabelAndName(text)) return null;
  const byline = cleanByline(text);
  return byline ? { byline, date: null } : null;
}

/** Separators around a byline's label ("| By ", "· Von"). */
const SEPARATORS = /^[\s|•·–—-]+|[\s|•·–—-]+$/gu;

/**
 * A line with a byline label alone as a piece of its own, then the name: a text ("By ") before a link (the author's
 * page), or an element ("<span class=screen-reader-text>| By </span>") before the name's element.
 */
function readLine(line: Element): BylineLine | null {
  let before = '';
  let start: Node | null = null;
  for (let node = firstChild(line); node && !start; node = nextSibling(node)) {
    if (isText(node)) before += nodeValue(node);
    if (!isElement(node)) continue;
    const label = before.replace(SEPARATORS, '');
    if (label) {
      if (!isLoneBylineLabel(label) || upperTag(node) !== 'A' || !attr(node, 'href')) return null;
      start = node;
    } else if (isLoneBylineLabel(textContent(node).replace(SEPARATORS, ''))) start = nextElementSibling(node);
  }
  if (!start) return plainNameLine(line);
  // The line after its label, pieces apart ("Matthew Digby , Minh Do on …").
  let text = '';
  for (let node: Node | null = start; node; node = nextSibling(node))
    if (isText(node) || isElement(node)) text += ` ${textContent(node)}`;
  text = collapseWhitespace(text).replace(/\s+,/g, ',').replace(SEPARATORS, '');
  const byline = cleanByline(text);
  if (!byline) return null;
  // The date: the text after the names, from its first word on or after a leading word or two ("on", "am").
  // (A byline the cleaning rewrote is no longer in the line as written: then no date is read after it.)
  const at = text.indexOf(byline);
  const rest = at < 0 ? '' : text.slice(at + byline.length).replace(/^[\s,;|•·–—-]+/u, '');
  const written = rest
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/\s+at\s+/, ' ')
    .replace(/\b([ap])\.m\./gi, '$1m');
  const words = written.split(/\s+/);
  for (let lead = 0; lead <= MAX_DATE_LEAD_WORDS && lead < words.length; lead++) {
    const candidate = words.slice(lead).join(' ');
    const iso = toIsoDate(candidate);
    if (iso !== candidate) return { byline, date: iso };
  }
  return { byline, date: null };
}
