/**
 * What the body reader (./content.ts) knows about elements and what it returns: which tags end a
 * paragraph, which hold text that is not running prose, which parts are containers, the shape of
 * a pseudo-heading, and the types of its items and paragraphs.
 */
import { isElement } from '../dom';
import {
  firstElementChild,
  isText,
  lastChild,
  localName,
  nextElementSibling,
  nextSibling,
  nodeValue,
  parentElement,
  previousSibling,
  textContent,
} from '../read/dom';
import { collapsedLength } from '../text';
import { endsWithAbbreviation } from './key-points/abbreviation-end';
import { NOISE_MAX_CHARS, NOISE_TAGS } from './body-noise';
import type { PageWalk } from './page-walk';
import type { PieceRun } from './content/piece-run';

/** The page walk's record of the parts (./page-walk.ts), when the caller has it: then the DOM is not read again. */
export type WalkRecord = Pick<PageWalk, 'tree' | 'measures'> & Partial<Pick<PageWalk, 'titleHeading' | 'title'>>;

/** A kicker names the story's topic or kind in a few words; a longer heading before the title is more. */
export const KICKER_MAX_WORDS = 4;
/** No element left out: a subtree read for the body reader keeps everything (isLeftOut decides). */
export const NOTHING_SKIPPED: ReadonlySet<Element> = new Set();
/** Elements that end a paragraph of the body text. */
export const BLOCK_BOUNDARY: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Block elements that hold text of their own (the void ones, br and hr, hold none). */
export const VOID_BOUNDARY = new Set(['br', 'hr']);
/**
 * Blocks whose text is not the article's running prose: quoted, preformatted, figure text, a table's
 * caption and header cells (labels of the figures under them: "January to November 2020"). Not <td>:
 * an old page lays its whole article out in table cells. Not <aside>: cleaning drops every one but an
 * aside that holds most of its part, the story's own wrapper (clean.ts), whose text is the article's.
 */
export const NOT_PROSE_TAGS = new Set([
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'dt',
  'summary',
  'caption',
  'th',
]);
/**
 * A quotation or preformatted block longer than this (characters) is the page's layout (an
 * indented article, a plain-text document), not a quotation or a code sample.
 */
export const QUOTATION_MAX_CHARS = NOISE_MAX_CHARS;

/**
 * Where a table's labels stand: a caption in its table, a header cell in its row. A browser drops either tag
 * elsewhere (a slideshow's descriptions in a <caption> inside a <p>: economictimes 0508), and their text is prose.
 */
const TABLE_LABEL_PARENT: Record<string, string> = { caption: 'table', th: 'tr' };

/**
 * How a block's text counts for the key points: 'other' (never), 'secondary' (only when nothing
 * better), or null (as prose).
 */
export function blockTextKind(element: Element, tag: string): 'other' | 'secondary' | null {
  if (!NOT_PROSE_TAGS.has(tag)) return null;
  const labels = TABLE_LABEL_PARENT[tag];
  if (labels) return localName(parentElement(element) ?? element) === labels ? 'other' : null;
  if (tag !== 'blockquote' && tag !== 'pre') return 'other';
  if (collapsedLength(textContent(element)) <= QUOTATION_MAX_CHARS) return 'other';
  return tag === 'pre' ? 'secondary' : null;
}

/** Entries (items of the list and of lists inside it) beyond which a list is not read as a share bar. */
export const SHARE_BAR_MAX_ENTRIES = 40;

export function bulletTexts(items: readonly (ContentItem | null)[], first: number): string[] {
  return items.slice(first).flatMap((entry) => (entry?.kind === 'bullet' ? [entry.text] : []));
}

export function hasBullet(items: readonly (ContentItem | null)[], first: number): boolean {
  for (let i = first; i < items.length; i++) if (items[i]?.kind === 'bullet') return true;
  return false;
}

/** Article parts of these kinds hold the article itself: never left out as furniture by name. */
export const PART_CONTAINER_TAGS: ReadonlySet<string> = new Set([
  'div',
  'article',
  'section',
  'main',
  'body',
  'td',
  'ul',
  'ol',
  'table',
  'blockquote',
]);

/**
 * The article's parts and the wrappers each is made of alone, down its chain of lone element children (a page
 * builder's section > container > row > column > widget, trafilatura 0811): such a wrapper holds all the part's
 * text, so it is the part too, never a caption or furniture as a whole, whatever its class names
 * ("ae-bg-gallery-type-default" is the section's background setting, not a gallery). Only containers
 * (PART_CONTAINER_TAGS) go on the chain.
 */
export function partsAndLoneWrappers(parts: Node[]): Set<Node> {
  const set = new Set(parts);
  for (const part of parts) {
    let child = firstElementChild(part);
    while (child && !nextElementSibling(child) && PART_CONTAINER_TAGS.has(localName(child))) {
      set.add(child);
      child = firstElementChild(child);
    }
  }
  return set;
}

/** A bold-only paragraph longer than this (characters) is emphasis, not a heading. */
export const PSEUDO_HEADING_MAX_CHARS = 100;
/** ... and one shorter than this is a label ("Note", "1."). */
export const PSEUDO_HEADING_MIN_CHARS = 4;
/** A colon or bar inside marks a "Label: value" line (credits, GPS, dates), not a heading. */
const LABEL_SEPARATOR = /[:：︱|｜]/;
/** Sentence punctuation at the end marks a bold sentence rather than a heading. */
const SENTENCE_END = /[.,;!?…:]["'”’)]*$/;
/** A dash before the words marks a quotation's attribution ("– Ali***", "— Jane Doe"), not a heading. */
const ATTRIBUTION_START = /^[–—-]\s/;

/** A question mark at the end (Latin, full-width, Arabic), quotes and brackets after it. */
const QUESTION_END = /[?？؟]["'”’»)]*$/;
/** A web address in a bold line marks a source's credit ("AS - www.autoracing.com.br"), not a section's name. */
const WEB_ADDRESS = /\bwww\.\S|https?:\/\//i;
/** An interviewer's question may be a long sentence; a longer bold paragraph is emphasis ... */
const QUESTION_HEADING_MAX_CHARS = 2 * PSEUDO_HEADING_MAX_CHARS;
/**
 * ... except in an interview that asks enough shorter ones: its opening question often comes with the topic's
 * background ("Herr Professor …, Sie plädieren dafür, … Was ist denn daran so falsch …?", trafilatura 0377, 0758;
 * "Mit … warst du Vorreiterin … Was war …?", 0810: 211 and 331 characters).
 */
const INTERVIEW_QUESTION_MAX_CHARS = 2 * QUESTION_HEADING_MAX_CHARS;
/**
 * Bold-only questions that make an interview's (or an FAQ's) outline: at least this many in one article, so that a
 * lone bold question in a story ("Und jetzt?") stays emphasis.
 */
const MIN_INTERVIEW_QUESTIONS = 3;

/**
 * A pull quote set as a heading: one quoted sentence, the mark opening it and its end inside the closing mark
 * ('“Leadership is about enabling those below, above, and around you … goals.”'). A section is named, not quoted.
 */
const WHOLE_QUOTED_SENTENCE = /^["“„«‘'].*[.!?…]["”“»«’']$/su;
/** ... of at least this many words: a short quotation may name a section ('“Yes, we can.”'); a pull quote says more. */
const PULL_QUOTE_MIN_WORDS = 8;

/** Whether a heading's text is a pull quote (a speaker's whole sentence set large), not a section's name. */
export function isPullQuote(text: string): boolean {
  return WHOLE_QUOTED_SENTENCE.test(text) && text.split(/\s+/).length >= PULL_QUOTE_MIN_WORDS;
}

/** A numbered point's marker opening a line ("1. ", "2) "), and the rest of it one sentence's words. */
const NUMBERED_LINE = /^\d{1,2}[.)]\s+[^.!?…]{2,}\.$/;

/**
 * Whether a line ending in a full stop is no sentence: the stop is an abbreviation's ("Steinkauz und Co.", trafilatura
 * 0561), or the line is a numbered point's title ("1. Freude und Leichtigkeit.", trafilatura 0251), which a list's
 * items may end so.
 */
function isTitleWithStop(text: string): boolean {
  return NUMBERED_LINE.test(text) || (text.endsWith('.') && endsWithAbbreviation(text));
}

/** Whether a bold line's punctuation says it is no heading: a sentence, a "Label: value" line, an attribution. */
export function isPunctuatedAsNoHeading(text: string): boolean {
  return (
    (SENTENCE_END.test(text) && !isTitleWithStop(text)) || LABEL_SEPARATOR.test(text) || ATTRIBUTION_START.test(text)
  );
}

/**
 * What a bold-only paragraph's text is: a pseudo-heading; a question, which opens a section of an interview or an
 * FAQ when the article asks enough of them (withInterviewQuestions); or neither (a sentence, a label, a credit).
 */
export function boldLineKind(text: string): 'heading' | 'question' | null {
  if (text.length < PSEUDO_HEADING_MIN_CHARS) return null;
  if (QUESTION_END.test(text)) {
    const asks = !LABEL_SEPARATOR.test(text) && !ATTRIBUTION_START.test(text);
    return asks && text.length <= INTERVIEW_QUESTION_MAX_CHARS ? 'question' : null;
  }
  if (text.length > PSEUDO_HEADING_MAX_CHARS || isPunctuatedAsNoHeading(text)) return null;
  return WEB_ADDRESS.test(text) ? null : 'heading';
}

const isBreak = (node: Node | null): boolean => !!node && isElement(node) && localName(node) === 'br';

/** An element's last child that is not blank text. */
function lastSpokenChild(element: Element): Node | null {
  let last = lastChild(element);
  while (last && isText(last) && !nodeValue(last)?.trim()) last = previousSibling(last);
  return last;
}

/**
 * The line that a bold run opening a paragraph sets on its own: a question ("<p><b>Why now?</b><br>Because…": an
 * interview that sets question and answer in one paragraph) or a section's name ("<p><b>Brut im Obstgarten</b><br>Schon
 * im …", trafilatura 0561). Null when the run is neither (a sentence, a "Label: value" line) or the line goes on.
 */
export function openingLine(bold: Element, text: string): ContentItem | null {
  let next = nextSibling(bold);
  while (next && isText(next) && !nodeValue(next)?.trim()) next = nextSibling(next);
  // A name opens text that goes on after a <br>; a bold line alone is a whole-bold paragraph's (a link's: not a name).
  // The <br> may end the bold run itself ("<strong>Über den Verband<br></strong>Der Verband …", trafilatura 0562).
  const breaks = !!next && (isBreak(next) || isBreak(lastSpokenChild(bold)));
  const kind = breaks || !next ? boldLineKind(text) : null;
  return kind === 'question' || (kind && breaks)
    ? { kind: 'heading', element: bold, level: 0, text, pseudo: true }
    : null;
}

/** The mark some sites set before each question ("*Why now?", "– Why now?"): no part of the section's name. */
const QUESTION_MARK_BEFORE = /^[*•·–—-]+\s*/;
/**
 * Bold lines opening paragraphs that name sections: at least this many in one article, so that a lone one ("Info",
 * "Kontakt" over an address) stays a label of its paragraph.
 */
const MIN_OPENING_LINE_SECTIONS = 2;

/**
 * The article's bold questions as pseudo-headings in their items' places, when it asks enough of them; and the bold
 * lines that open paragraphs as the sections they name, when it has enough of them (both `lines`, in document order).
 */
export function withInterviewQuestions(items: (ContentItem | null)[], lines: [number, ContentItem][]): void {
  const questions = lines.filter(([, line]) => QUESTION_END.test(line.text));
  const names = lines.filter(([, line]) => !QUESTION_END.test(line.text));
  const short = questions.filter(([, line]) => line.text.length <= QUESTION_HEADING_MAX_CHARS);
  if (short.length >= MIN_INTERVIEW_QUESTIONS)
    for (const [index, question] of questions)
      if (question.kind === 'heading')
        items[index] ??= { ...question, text: question.text.replace(QUESTION_MARK_BEFORE, ''), question: true };
  if (names.length >= MIN_OPENING_LINE_SECTIONS) for (const [index, name] of names) items[index] ??= name;
}

export type ContentItem =
  /** `label`: a short paragraph right before a list, which names it ("Pros", "Ingredients:"). */
  | {
      kind: 'heading';
      element: Element;
      level: number;
      text: string;
      pseudo: boolean;
      label?: boolean;
      /** An interview's question (withInterviewQuestions): its words are the interviewer's, no key point. */
      question?: boolean;
      /** A bold line that names one of a series of sections among real headings (bold-sections.ts). */
      section?: boolean;
    }
  | { kind: 'bullet'; element: Element; text: string };

/** Where a paragraph of the body text comes from. */
export interface ParagraphSource {
  /** The innermost block element that holds it (null for loose text outside any element). */
  element: Element | null;
  /**
   * 'prose': running text; 'item': a list item's; 'secondary': a large gallery's or slideshow's (the
   * story of a slideshow article) or a large preformatted block's (a plain-text document); 'other':
   * a heading, caption, quotation block, preformatted text or the like.
   */
  kind: 'prose' | 'item' | 'secondary' | 'other';
}

export interface ArticleContent {
  items: ContentItem[];
  /** Paragraphs of body text, whitespace collapsed. */
  paragraphs: string[];
  /** Where each paragraph comes from (same length and order as `paragraphs`). */
  sources: ParagraphSource[];
}

export interface OpenCapture {
  element: Element;
  pieces: string[];
  /** Index of the reserved item, so nested items keep document order. */
  itemIndex: number;
  /** Open list depth when the item began: text of deeper lists is not its own. */
  listDepth: number;
}

/**
 * A byline/date/credit/bio block, known by its name, left out of the body: its bullets go too (an author box's list
 * of one author, name and bio). Not a block known by its tag: a <figure>'s or a <header>'s list may be the story's
 * (a graphic's facts, a story's highlights). Headings stay (a header's section heading; furniture has its own rules).
 */
export function dropNoiseBullets(items: (ContentItem | null)[], noise: NoiseCapture, tag: string): void {
  if (NOISE_TAGS.has(tag)) return;
  for (let i = noise.itemCount; i < items.length; i++) if (items[i]?.kind === 'bullet') items[i] = null;
}

/** An open caption/byline/date block whose text may be left out of the body (see body-noise.ts). */
export interface NoiseCapture {
  element: Element;
  /** Body paragraphs before it began: those after it are its own. */
  paragraphCount: number;
  /** Items before it began: the bullets after it are its own. */
  itemCount: number;
  /** The unfinished paragraph's text before it began, with its counts. */
  prefix: PieceRun;
  /** Characters of text inside it so far. */
  chars: number;
}

export interface ParagraphCapture {
  element: Element;
  total: number;
  bold: number;
  /**
   * Characters inside links, and the links' hrefs: a bold line all link to the site's own pages is a
   * teaser's headline, no heading.
   */
  link: number;
  hrefs: string[];
  itemIndex: number;
  /** The question its opening bold run asks on a line of its own (openingQuestion), null when none; set once. */
  question?: ContentItem | null;
}
