/**
 * Which sentences may be key points. A key point is a sentence of the article's running prose
 * that can stand alone for a reader who skims: never a caption, byline, date, credit line, call
 * to action, quotation fragment, heading-like line, link or e-mail address. Sentences of list items
 * count as well as those of paragraphs (some articles open with a list of their own key points).
 * Two tiers: `strict` sentences are preferred; `loose` ones (short or unpunctuated) fill in when an
 * article has too few strict ones. Excluded ones are never taken.
 */
import { isBoilerplateLine } from '../body-lines';
import type { ParagraphSource } from '../content';
import { isCallToAction, isCapitalsSignOff, isCreditLine, isDateOnly } from '../furniture-text';
import { hasCapitalsShareAbove } from './letter-case';
import { readSentenceWords, type SentenceWords } from './sentence-words';
import { openQuotes } from './sentences';
import { isWeakKeyPoint } from './weak';

/** A strict key point has at least this many words (CJK characters count one each): fewer say too little alone. */
export const MIN_WORDS = 6;
/** A loose one at least this many. */
export const MIN_WORDS_LOOSE = 4;
/** At most this many characters: a longer "sentence" is an unpunctuated run of text (or a table read as text). */
export const MAX_SENTENCE_CHARS = 420;
/** Sentence punctuation at the end (Latin, CJK, Arabic, Devanagari), before closing quotes or brackets. */
export const SENTENCE_END = /[.!?…。！？؟।]["'”’»)\]」』]*$/u;
/**
 * A byline's first word and a space: asked first, without BYLINE_START's Unicode class (a compile of
 * about 0.2 ms on a page's first analysis in Chromium), compiled only for a sentence that opens so.
 */
const BYLINE_WORD = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez)\s/;
/** A byline as a sentence: "By Jane Doe", "Von Max Muster", "Par …", "Por …". */
const BYLINE_START = new RegExp(`${BYLINE_WORD.source}\\s*\\p{Lu}`, 'u');
/** A byline is short; a sentence that starts "By 2030 the …" is not one (digits after "by" fail the capital test). */
const BYLINE_MAX_WORDS = 12;
/** Links and e-mail addresses: a key point is read, not followed. */
const LINK_OR_EMAIL = /https?:\/\/|www\.\S|\S@[\p{L}\p{N}-]+\.\p{L}{2,}/u;
/** A quotation without its speaker: it opens with a quotation mark and closes with one. */
const WHOLLY_QUOTED = /^["“„«「『‘'][\s\S]*["”“»」』’'][.!?…,]?$/u;
/** It opens with a closing mark or a dash of a cut quotation ("» Puis", "— said the"). */
const OPENS_WITH_CLOSE = /^[”»」』)\]]/u;
/** A first letter in lower case: the tail of a sentence cut by a wrong break. */
const STARTS_LOWER = /^["“„«'‘(]?\p{Ll}/u;
/**
 * It opens with a comma, semicolon or colon: the tail of a sentence whose start the text does not hold (a formula, a
 * widget the body leaves out: ", there are two solutions to … and they are", readability/mathjax).
 */
const OPENS_MID_SENTENCE = /^[,;:]/;
/** The marks STARTS_LOWER lets open the sentence. */
const OPENING_MARKS = [...'"“„«\'‘('];
/**
 * A sentence's words need counting only up to this many: every rule that weighs the count compares
 * it with fewer (here and in ./weak.ts: BYLINE_MAX_WORDS is the largest, a test holds them to it),
 * so a count cut there decides the same.
 */
export const WORDS_WEIGHED = BYLINE_MAX_WORDS + 1;
/** More than this share of capitals among the letters: a shouted line, a sign-off, a label. */
const MAX_CAPITALS_SHARE = 0.6;

export type Tier = 'strict' | 'loose' | 'excluded';

export interface SentenceContext {
  /**
   * The article's headline (a sentence that repeats it says nothing new) and its byline, as
   * normaliseSentence reads them (null when there is none): the same for every sentence.
   */
  titleKey: string | null;
  bylineKey: string | null;
  /** What the paragraph is (./content.ts): prose and list items hold key points, slides only loose ones. */
  kind: ParagraphSource['kind'];
}

/** A quotation fragment: a quote left open, or a piece after a cut. */
export function isQuotationFragment(sentence: string): boolean {
  return openQuotes(sentence) > 0 || OPENS_WITH_CLOSE.test(sentence);
}

/**
 * Never a key point, whatever else the article offers (`read`: the sentence's words), told as the
 * sentence is read, before it is ranked: the cheap tests (its length, its words, its first
 * characters, the headline or byline it repeats). The others wait (isFurnitureSentence).
 */
export function isPlainlyExcluded(
  sentence: string,
  words: number,
  context: SentenceContext,
  read: SentenceWords,
): boolean {
  if (context.kind === 'other' || words < MIN_WORDS_LOOSE || sentence.length > MAX_SENTENCE_CHARS) return true;
  if (read.key === context.titleKey || read.key === context.bylineKey) return true;
  if (startsLower(sentence) || OPENS_MID_SENTENCE.test(sentence)) return true;
  return words <= BYLINE_MAX_WORDS && BYLINE_WORD.test(sentence) && BYLINE_START.test(sentence);
}

/** A bar of bracketed labels, a text-mode page's menu ("[Docs] [txt|pdf] [Tracker] [Email]"). */
const BRACKET_BAR = /^(\[[^\]]*\]\s*)+$/;

/**
 * The exclusions asked of a ranked sentence only when the choice comes to it (most never are): a
 * quotation fragment, a link, a shouted line, a credit, a date, a call to action, boilerplate.
 */
export function isFurnitureSentence(sentence: string, lower: string): boolean {
  if (
    isQuotationFragment(sentence) ||
    hasLinkOrEmail(sentence) ||
    hasCapitalsShareAbove(sentence, MAX_CAPITALS_SHARE) ||
    BRACKET_BAR.test(sentence)
  )
    return true;
  if (
    isCreditLine(sentence, lower) ||
    isDateOnly(sentence, lower, true) ||
    isCallToAction(sentence, lower) ||
    isBoilerplateLine(sentence)
  )
    return true;
  return isCapitalsSignOff(sentence);
}

/**
 * STARTS_LOWER, told by the character's code when the letter (after an opening mark) is ASCII: the
 * pattern's Unicode class is compiled only for a sentence that opens otherwise.
 */
export function startsLower(sentence: string): boolean {
  const code = sentence.charCodeAt(OPENING_MARKS.includes(sentence[0]!) ? 1 : 0);
  // No mark is a small letter: the pattern without the mark fails where this one does.
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return STARTS_LOWER.test(sentence);
}

/**
 * An e-mail address a page's script writes in later, as its CDN left it: "[email protected]" (Cloudflare's
 * placeholder, on many sites; elnacional 0850 in the saved page and the CLI).
 */
const HIDDEN_EMAIL = /\[email\sprotected\]/;

/** A link or an e-mail address, looked for only where its mark is (the pattern alone tries every character). */
function hasLinkOrEmail(sentence: string): boolean {
  if (sentence.includes('[email') && HIDDEN_EMAIL.test(sentence)) return true;
  const marked = sentence.includes('@') || sentence.includes('://') || sentence.includes('www.');
  return marked && LINK_OR_EMAIL.test(sentence);
}

/**
 * The tier of a sentence that is not excluded: strict, or loose when it is short, unpunctuated,
 * a whole quotation or weak (./weak.ts). `lower`: the sentence lower-cased, when the caller has it.
 */
export function includedTier(
  sentence: string,
  words: number,
  kind: ParagraphSource['kind'],
  lower?: string,
): Exclude<Tier, 'excluded'> {
  // A whole quotation without its speaker is complete but says less alone: loose.
  const strict =
    kind !== 'secondary' && words >= MIN_WORDS && SENTENCE_END.test(sentence) && !WHOLLY_QUOTED.test(sentence);
  // A question, a short line, a quotation, a pointer (./weak.ts): only when nothing better is there.
  return strict && !isWeakKeyPoint(sentence, words, lower) ? 'strict' : 'loose';
}

/** The sentence's tier; `read` is its words (./sentence-words.ts) when the caller has them already. */
export function sentenceTier(
  sentence: string,
  words: number,
  context: SentenceContext,
  read: SentenceWords = readSentenceWords(sentence),
): Tier {
  if (isPlainlyExcluded(sentence, words, context, read) || isFurnitureSentence(sentence, read.lower)) return 'excluded';
  return includedTier(sentence, words, context.kind, read.lower);
}
