/**
 * A clean headline for a related link: the link's own text without kickers, dates, image alts and
 * "Previous" / "Read more" words; a heading inside the link wins over a summary beside it.
 */
import { attr, tagOf, upperTag } from '../../dom';
import { isHeadingTag } from '../../read/tags';
import {
  childNodes,
  contains,
  nodeType,
  nodeValue,
  ownerDocument,
  parentElement,
  querySelector,
  textContent,
} from '../../read/dom';
import { isWholeLabel } from '../furniture-blocks';
import { isDateOnly } from '../furniture-text';
import { FUNCTION_WORDS } from '../vocabulary/function-words';
import { matchBlockLabel, matchPromoPrefix } from './lexicon';
import {
  navPhrases,
  navWords,
  newsFlags,
  nonTitleParts,
  prevNextOnly,
  trailingNav,
} from './vocabulary/title-words.json';
import { alternation } from './vocabulary-lists';
import { attributeHints, collapseWhitespace, countWords, descendantsWhere } from './text';
import { untruncated } from './untruncated';
import { TRAILING_ELLIPSIS } from '../../text';
import { isHiddenElement } from './visibility';
import { wholeLineOf } from './title-line';

/** Bold elements: one that opens a link's text may hold the headline. */
const BOLD_TAGS = new Set(['STRONG', 'B']);
/** Elements whose text is never part of a headline. */
const SKIPPED_TAGS = new Set([
  'IMG',
  'PICTURE',
  'SVG',
  'TIME',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'BUTTON',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'TEMPLATE',
]);
/** Classes of the parts of a teaser link that are not its headline: kicker, date, meta, icons, screen-reader words. */
const NON_TITLE_PART = new RegExp(`(^|[^a-z])(${alternation(nonTitleParts)})([^a-z]|$)`);
/** The whole text of a rank: a number of one to three digits, perhaps with a point ("1", "10."). */
const RANK = /^\s*\d{1,3}\.?\s*$/;
/** A headline is at least this long; shorter link texts are "More", "Video", a section name. */
export const MIN_TITLE_CHARS = 8;
/** … and has at least this many words: one word ("Features", "Amsterdam") names a section or a tab. */
const MIN_TITLE_WORDS = 2;

/** A media kind and its running time ("Video 00:53", "Audio 1:02:10"): a player's label, no headline. */
const MEDIA_DURATION = /^\p{L}+\s+\d{1,2}(?::\d{2}){1,2}$/u;
/** How MEDIA_DURATION ends: tested first, so that its letter class is compiled only for a text that ends so. */
const DURATION_END = /:\d\d$/;

/** Whether a cleaned text can be a headline at all. */
function isHeadlineLike(text: string): boolean {
  // A date alone ("Nov 20, 2019", a teaser's date link) names no story.
  return (
    text.length >= MIN_TITLE_CHARS &&
    countWords(text) >= MIN_TITLE_WORDS &&
    !isPrevNextText(text) &&
    !isDateOnly(text) &&
    !(DURATION_END.test(text) && MEDIA_DURATION.test(text))
  );
}
/** A headline, and not a label alone ("Mehr zum Thema" over a card's headline, or a link of its own to a listing). */
const isTitleText = (text: string): boolean => isHeadlineLike(text) && !isWholeLabel(text);
/** Longer link texts hold a summary too; such a title is cut at the first sentence when possible. */
const MAX_TITLE_CHARS = 220;

/**
 * Class words of a headline: "title", "headline", "heading", and the newsroom "hed" as a word of its own ("c-hed", not
 * "published"). A "subtitle" or "subheadline" is none: the line above or below the headline (ingenieur.de 0765).
 */
const HEADLINE_CLASS = /(?<!sub[_-]?)(?:title|headline|heading)|(^|[\s_-])hed([\s_-]|$)/i;

/** A heading element, or an element whose class says title / headline / hed. */
function isHeadingLike(element: Element): boolean {
  return isHeadingTag(tagOf(element)) || HEADLINE_CLASS.test(attr(element, 'class') ?? '');
}

/** Leading / trailing words of previous-next and "read more" links (vocabulary/title-words.json). */
const NAV_MARK = '[:：»›>|←→\\u2190\\u2192-]';
const LEADING_NAV_WORDS = new RegExp(
  `^((${alternation(navWords)})\\s*${NAV_MARK}+\\s*` +
    // "Previous post" / "Vorheriger Beitrag" before the headline it names (the label alone is no headline).
    '|(previous|next|older|newer|vorheriger|nächster) (post|article|story|entry|beitrag)\\s+' +
    `|(${alternation(navPhrases)})\\s*[:：»›>|←→-]*\\s*)`,
  'i',
);
const TRAILING_NAV_WORDS = new RegExp(`\\s*[«‹<|←→\\u2190\\u2192-]*\\s*(${alternation(trailingNav)})\\s*[»›>]*$`, 'i');
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Dates glued to a headline by the teaser layout: "… JULY 26, 2016", "… DEC 27", "… 2019-11-19". */
const TRAILING_DATE = new RegExp(
  `\\s+(${MONTH}\\s+\\d{1,2}(,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(\\s+\\d{4})?` +
    '|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})$',
  'i',
);
const LEADING_DATE = new RegExp(
  `^(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s+`,
  'i',
);

/** Link texts that only say where the link goes in a sequence: the headline must come from elsewhere. */
const PREV_NEXT_ONLY = new RegExp(
  `^(previous|prev|next|older|newer)( (post|article|story|entry|page|item))?$|^(${alternation(prevNextOnly)})$`,
  'i',
);

export function isPrevNextText(text: string): boolean {
  return PREV_NEXT_ONLY.test(text.replace(/[\s←→\u2190-\u21FF«»‹›<>|:]+/gu, ' ').trim());
}

export interface TitleCandidate {
  text: string;
  /** True when the text came from a heading element: such a title is preferred over plain link text. */
  fromHeading: boolean;
}

/** Whether `whole` is `cut`'s headline in full: `cut` ends in an ellipsis, and `whole` goes on where it stops. */
function continues(whole: string, cut: string): boolean {
  if (!TRAILING_ELLIPSIS.test(cut) || TRAILING_ELLIPSIS.test(whole)) return false;
  const stem = cut.replace(TRAILING_ELLIPSIS, '');
  return whole.length > stem.length && whole.startsWith(stem);
}

/**
 * Two characters of one word of a script that spaces its words: a letter or digit, then a small letter or digit, or
 * two capitals (a capital after a small letter starts a summary run on without a space: "… Demontage abIn einem …";
 * Chinese or Japanese characters are neither small nor capital: any prefix of theirs stops inside a "word").
 */
const IN_WORD = /^[\p{Ll}\p{Lu}\p{N}][\p{Ll}\p{N}]$|^\p{Lu}\p{Lu}$/u;

/** Whether `cut` is `whole` cut inside one of its words. */
function stopsInWord(whole: string, cut: string): boolean {
  return whole.length > cut.length && whole.startsWith(cut) && IN_WORD.test(cut.slice(-1) + whole.charAt(cut.length));
}

/**
 * Text that is no headline: a first word all in lower case (a sentence's words, not a brand's "iOS"), or a
 * sentence's end and the next one's capital (a summary of sentences).
 */
const NO_HEADLINE = /^\p{Ll}+\b|[.!?]\s+\p{Lu}/u;
/** A heading inside a link needs this many words to be taken as the headline rather than a kicker. */
const MIN_HEADING_TITLE_WORDS = 3;

/**
 * Which of two links to one story gives its title: a heading of a few words beats plain link text
 * (which may hold a summary too); a bare headline beats the same headline with a summary run on, a
 * summary link of its own ("… is the most common type. This article looks at…") and one cut short;
 * otherwise the longer text wins (a kicker link loses to the headline link).
 */
export function isBetterTitle(candidate: TitleCandidate, current: TitleCandidate): boolean {
  const { text } = candidate;
  if (!text) return false;
  if (!current.text) return true;
  // A headline cut short ("… abattoir in...") loses to the whole of it, wherever either came from.
  if (continues(current.text, text)) return false;
  if (continues(text, current.text)) return true;
  // One cut short without an ellipsis, inside a word ("… “Set and Forget” In"), loses to the whole too.
  if (stopsInWord(current.text, text)) return false;
  if (stopsInWord(text, current.text)) return true;
  if (text.startsWith(current.text) && countWords(current.text) >= MIN_HEADING_TITLE_WORDS) return false;
  if (current.text.startsWith(text) && countWords(text) >= MIN_HEADING_TITLE_WORDS) return true;
  // A link inside a sentence ("…a new iPhone, <a>which amounted to the old iPhone</a>") or a summary of sentences
  // ("Binge eating … in 1987. Learn more about …"): a headline of another link to the story names it better.
  const weak = NO_HEADLINE.test(text);
  if (weak !== NO_HEADLINE.test(current.text)) return !weak;
  if (candidate.fromHeading !== current.fromHeading) {
    const heading = candidate.fromHeading ? text : current.text;
    // A one- or two-word "heading" inside a link is a kicker ("News Cloud"), not the headline.
    const headingWins = countWords(heading) >= MIN_HEADING_TITLE_WORDS;
    return candidate.fromHeading ? headingWins : !headingWins;
  }
  // A summary cut short ("Many doctors believe that … of an eating…") loses to a whole headline of a few words.
  const cut = TRAILING_ELLIPSIS.test(text);
  const currentCut = TRAILING_ELLIPSIS.test(current.text);
  if (cut !== currentCut && countWords(cut ? current.text : text) >= MIN_HEADING_TITLE_WORDS) return !cut;
  return text.length > current.text.length;
}

/** The headline a link offers, or an empty text when it has none (an image link, "Read more"). */
export function titleOfLink(anchor: Element): TitleCandidate {
  // A part named a kicker and a headline at once ("category-headline") is taken when no plain headline follows it
  // ("<span class=category-headline>Mehr als ausgebrannt</span><span class=headline>Psychologe erklärt…": 0781).
  let named = '';
  for (const heading of descendantsWhere(anchor, isHeadingLike)) {
    // A kicker may be a heading too ("<h3 class="kicker">THE FOOD CHAIN</h3><h2>…</h2>").
    const hints = attributeHints(heading);
    if (NON_TITLE_PART.test(hints) && !HEADLINE_CLASS.test(hints)) continue;
    // Its own class as written: a "category-…" part of a link is no post's taxonomy class (attributeHints drops those).
    const kicker = NON_TITLE_PART.test(`${attr(heading, 'class') ?? ''} ${hints}`);
    // The whole headline may be the link's title ("<a title=…><span class=headline>Kramp-Karrenbauer will…</span>").
    const text = untruncated(cleanTitle(visibleText(heading)), anchor);
    if (!isTitleText(text)) continue;
    if (!kicker) return { text, fromHeading: true };
    named ||= text;
  }
  if (named) return { text: named, fromHeading: true };
  const read: TextRead = { sequence: false, bold: null };
  let text = untruncated(cleanTitle(visibleText(anchor, read)), anchor);
  // A headline in bold that opens the link's text, a teaser's words after it ("<strong>Kerry Katona leaves …</strong>
  // Saucy", "… Ad Feature"): the bold part is the headline (a heading of a few words, as above).
  const lead = read.bold ? cleanTitle(visibleText(read.bold)) : '';
  if (lead !== text && text.startsWith(lead) && countWords(lead) >= MIN_HEADING_TITLE_WORDS && isTitleText(lead))
    return { text: lead, fromHeading: false };
  // After a previous / next label ("‹ Previous", "Vorher") the link's rest names the post it goes to, one word too
  // ("Kristallnacht."): the label's words are no part of it.
  if (read.sequence && text.length >= MIN_TITLE_CHARS && !isPrevNextText(text) && !isWholeLabel(text))
    return { text, fromHeading: false };
  // The link's own title attribute, shown inside its text among a kicker or a byline ("Nachwuchs Jung, cool,
  // Blasmusik"), is the headline the site gives the story: it counts as a heading.
  const stated = cleanTitle(collapseWhitespace(attr(anchor, 'title')));
  if (stated !== text && isHeadlineLike(stated) && text.includes(stated)) return { text: stated, fromHeading: true };
  let headlineLike = isHeadlineLike(text); // Each text is tested once (a link's own text is most often the headline).
  if (!headlineLike) {
    text = cleanTitle(collapseWhitespace(textContent(anchor)));
    headlineLike = isHeadlineLike(text);
  }
  if (!headlineLike) {
    text = cleanTitle(attr(anchor, 'title') ?? '');
    headlineLike = isHeadlineLike(text);
  }
  const line = wholeLineOf(anchor, text, cleanTitle);
  if (line !== text) headlineLike = isHeadlineLike(line);
  text = line;
  // A link classed as the title ("product-title"), or a heading's link ("<h2><a>…</a></h2>"), is the headline beside a
  // link of the same story's summary.
  const parent = parentElement(anchor);
  const fromHeading = isHeadingLike(anchor) || (!!parent && isHeadingTag(tagOf(parent)));
  return { text: headlineLike && !isWholeLabel(text) ? text : '', fromHeading };
}

/** The headline of the teaser around a link that has no text of its own (the nearest heading within a few levels). */
export function titleFromTeaser(anchor: Element, block: Element | null, maxLevels: number): string {
  if (!block) return '';
  const href = attr(anchor, 'href');
  let element = parentElement(anchor);
  // Only inside the related block: above it, the nearest heading is the page's own headline.
  for (
    let level = 0;
    element && level < maxLevels && contains(block, element);
    level++, element = parentElement(element)
  ) {
    const heading = descendantsWhere(element, (child) => upperTag(child) !== 'H1' && isHeadingLike(child), 1)[0];
    if (heading && !contains(heading, anchor)) {
      // A heading may hold the headline several times (full / medium / short variants): the link to the story is the
      // one.
      const link = descendantsWhere(
        heading,
        (candidate) => upperTag(candidate) === 'A' && attr(candidate, 'href') === href,
        1,
      )[0];
      const text = cleanTitle(visibleText(link ?? heading));
      // The block's own label ("Related stories") is not the teaser's headline.
      // The page's own headline (in its <title>) is no teaser's: a "« Previous post" link beside it has none.
      if (isHeadlineLike(text) && matchBlockLabel(text)?.kind !== 'related' && !inPageTitle(anchor, text)) return text;
    }
    if (element === block) break;
  }
  return '';
}

/**
 * Whether the text is part of the page's <title>, read from the element (`document.title` is no safe read: an
 * element of the page named "title" shadows it).
 */
function inPageTitle(anchor: Element, text: string): boolean {
  const doc = ownerDocument(anchor);
  const title = doc && querySelector(doc, 'title');
  return !!title && collapseWhitespace(textContent(title)).includes(text);
}

/**
 * Text of the element without images, dates, kickers and hidden parts; falls back to all text when that leaves
 * nothing.
 */
/** What a text read met before the text: `sequence`, a previous / next label (dropped); `bold`, a bold element. */
interface TextRead {
  sequence: boolean;
  bold: Element | null;
}

function visibleText(root: Element, read?: TextRead): string {
  const parts: string[] = [];
  // Whether a text with more than white space was kept yet (a rank comes before any).
  let hasText = false;
  const walk = (node: Node, isRoot: boolean): void => {
    const type = nodeType(node);
    if (type === 3) {
      const text = nodeValue(node);
      parts.push(text);
      hasText ||= text.trim() !== '';
      return;
    }
    if (type !== 1) return;
    const element = node as Element;
    if (!isRoot) {
      if (SKIPPED_TAGS.has(upperTag(element)) || isHiddenElement(element)) return;
      // Before any text: a rank of a "most read" list ("<span>1</span><b>…</b>"), or a previous / next label of its
      // own ("<span>‹ Previous</span>Kristallnacht.", "<span>Vorher</span> Erfolgreiche Teilnahme: …").
      const lead = hasText ? '' : textContent(element);
      if (lead && isPrevNextText(lead)) {
        if (read) read.sequence = true;
        return;
      }
      const hints = attributeHints(element);
      if (NON_TITLE_PART.test(hints) && !HEADLINE_CLASS.test(hints)) return;
      if (lead && RANK.test(lead)) return;
      if (read && !hasText && BOLD_TAGS.has(upperTag(element))) read.bold ??= element;
    }
    // Block children are separate lines: keep a space between them.
    for (const child of childNodes(element)) walk(child, false);
    parts.push(' ');
  };
  walk(root, true);
  return collapseWhitespace(parts.join(''));
}

/** Removes navigation words, promo prefixes, brackets and dates around a headline. */
/** A promo prefix up to its separator ("Related: …", "» READ MORE – …"). */
const PROMO_PREFIX = /^[\s[(\u2022>»›*•·-]*[^:：\-–—»›>|]*[:：\-–—»›>|]\s*/u;
/**
 * A news flag ("BREAKING: …", "Eilmeldung – …"; vocabulary/title-words.json) or a count in brackets ("(51817) …":
 * the story's views or comments) before the headline.
 */
const LEADING_FLAG = new RegExp(`^((${alternation(newsFlags)})\\s*[:：|–—-]|\\(\\d{5,}\\))\\s+`, 'i');

export function cleanTitle(raw: string): string {
  let text = collapseWhitespace(raw);
  for (let pass = 0; pass < 2; pass++) {
    // A pass that changes nothing would change nothing again.
    const before = text;
    // A pictograph before the headline ("👁 Prepare for …") is a list's bullet.
    text = text.replace(/^[\s←→\u2190-\u21FF<>|•·\p{Extended_Pictographic}]+|[\s←→\u2190-\u21FF<>|•·]+$/gu, '');
    // Guillemets used as arrows ("Next »"), not as quotation marks around a quote in the headline.
    if (!text.includes('«')) text = text.replace(/[\s»›]+$/u, '');
    if (!text.includes('»')) text = text.replace(/^[\s«‹]+/u, '');
    // Brackets around the whole headline, not two pairs at its ends ("(51817) Camping … (2015/01/31)").
    text = text
      .replace(/^\[([^[\]]*)\]$/, '$1')
      .replace(/^\(([^()]*)\)$/, '$1')
      .trim();
    if (matchPromoPrefix(text)) text = text.replace(PROMO_PREFIX, '');
    text = text.replace(LEADING_FLAG, '');
    text = text.replace(LEADING_NAV_WORDS, '').replace(TRAILING_NAV_WORDS, '');
    // A date after a function word is the headline's own ("… hits theaters on March 8, 2019", "… to know for May 2").
    const date = TRAILING_DATE.exec(text);
    const head = date ? text.slice(0, date.index) : '';
    if (date && !FUNCTION_WORDS.has(/\S*$/.exec(head)![0].toLowerCase())) text = head;
    text = text.replace(LEADING_DATE, '');
    text = text.replace(/^[\s›>|:\-–—•·]+|[\s‹<|:\-–—•·]+$/gu, '').trim();
    if (text === before) break;
  }
  if (text.length > MAX_TITLE_CHARS) {
    const sentence = text.slice(0, MAX_TITLE_CHARS).match(/^.{20,}?[.!?](?=\s)/);
    text = sentence ? sentence[0] : text.slice(0, MAX_TITLE_CHARS).replace(/\s+\S*$/, '') + '…';
  }
  return text;
}
