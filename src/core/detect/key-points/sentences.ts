/**
 * Splits a paragraph into sentences: Unicode's sentence rules (./sentence-breaks.ts, which know
 * the full stops, question and exclamation marks of every script, decimals such as "3.5" and
 * "U.S.A" inside words) and then a few repairs where those rules end a sentence too early:
 * after an abbreviation ("Mr.", "z.B.", "No. 5"), a name's initial ("J. K. Rowling"), an
 * ordinal number in languages that write one with a full stop ("am 3. Oktober"), and inside a
 * quotation of several sentences (joined until its quotation marks close). Every sentence is a
 * substring of the paragraph, trimmed.
 */
import abbreviations from './abbreviations.json';
import { FUNCTION_WORDS } from '../vocabulary/function-words';
import { isAsciiLetter, isTrimmedSpace, primaryLanguage } from '../../text';
import { FULL_STOP_CODE, lastWordBeforeStop } from './abbreviation-end';
import { sentencePieces } from './sentence-breaks';

const ALWAYS = new Set(abbreviations.always);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);
const COMPANY_FORMS = new Set(abbreviations.companyForms);
const ORDINAL_DOT_LANGUAGES = new Set(abbreviations.ordinalDotLanguages);

/** A quotation that has not closed after this many pieces is not joined further (it is a broken quote). */
const MAX_QUOTE_PIECES = 6;

/** A lone capital initial before the final full stop ("J. "). */
const INITIAL_BEFORE_STOP = /(?:^|[\s(])\p{Lu}\.\s*$/u;
/** An initialism before the final full stop: two or more capitals, each with its dot ("U.S. ", "U.K. "). */
const INITIALISM_BEFORE_STOP = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;
/** The first word of a text, lower case ("Rep" of "Rep. Omar"). */
const FIRST_WORD = /^\s*(\p{L}+)/u;
/** Two capitalised words opening the text: a name's ("Fair Hill …"); the first captured. */
const NAME_OPENING = /^\s*(\p{Lu}\p{L}*)\s+\p{Lu}/u;
/** A one- or two-digit number before the final full stop ("3. "), perhaps after an opening bracket ("(21. "). */
const ORDINAL_BEFORE_STOP = /(?:^|[\s([])\d{1,2}\.\s*$/;
const STARTS_WITH_DIGIT = /^\s*\d/;
/**
 * A spaced abbreviation of two letters, each with its dot ("z. B.", "d. h.", "u. a.", "e. g."): a small letter's dot,
 * then a letter and its dot, is no sentence's end (the rules break at the space before the second letter's capital).
 */
const SPACED_ABBREVIATION_END = /^\s*\p{L}\./u;
/**
 * A piece that opens with a short bracketed aside and goes on with a small letter or a comma: no
 * sentence opens so; the full stop before it was an abbreviation's ("Jr. (England) steigt …"). Short:
 * at most 40 characters, a place, a record, a seat ("(31-2-0, 23 Ko’s)"); a longer one may be a sentence.
 */
const BRACKET_THEN_CONTINUATION = /^\([^()]{1,40}\)(?:[,;:]|\s+\p{Ll})/u;
const OPEN_BRACKET_CODE = 0x28;
const STARTS_WITH_LETTER = /^\s*\p{L}/u;

/** The sentence splitter for one analysis. */
export interface SentenceSplitter {
  split(paragraph: string): string[];
}

/** Any quotation mark openQuotes counts: most sentences have none, and are answered at once. */
const ANY_QUOTE = /["“”„«»「『」』]/;
/** Only the end of a piece decides whether it ends inside a sentence (the last word and its stop). */
const TAIL_CHARS = 40;

/** Quotation marks still open at the end of a text (0 when balanced). */
export function openQuotes(text: string): number {
  if (!ANY_QUOTE.test(text)) return 0;
  let straight = 0;
  let curlyOpen = 0;
  let curlyClose = 0;
  let low = 0;
  let guillemetOpen = 0;
  let guillemetClose = 0;
  let cornerOpen = 0;
  let cornerClose = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x22:
        straight++;
        break; // "
      case 0x201c:
        curlyOpen++;
        break; // “
      case 0x201d:
        curlyClose++;
        break; // ”
      case 0x201e:
        low++;
        break; // „
      case 0xab:
        guillemetOpen++;
        break; // «
      case 0xbb:
        guillemetClose++;
        break; // »
      case 0x300c:
      case 0x300e:
        cornerOpen++;
        break; // 「 『
      case 0x300d:
      case 0x300f:
        cornerClose++;
        break; // 」 』
    }
  }
  // German and other languages open with „ and close with “ (or ”): then every curly mark closes.
  const curly = low > 0 ? low - (curlyOpen + curlyClose) : curlyOpen - curlyClose;
  // Some languages write »…« instead of «…»: only an unmatched count says a quote is open.
  const guillemets = Math.abs(guillemetOpen - guillemetClose);
  return (straight % 2) + Math.abs(curly) + guillemets + Math.abs(cornerOpen - cornerClose);
}

/**
 * A question or exclamation mark, its closing quote or bracket after it, before a lower-case word is inside the
 * sentence ("when the 'a-ha!' moment takes place", "Yahoo! said"): Unicode's rules end a sentence there all the same.
 */
const MARK_BEFORE_LOWER = /[!?]["'”’»)]*\s*$/;
const STARTS_LOWER = /^\s*\p{Ll}/u;
/** The end of a piece MARK_BEFORE_LOWER reads (the mark, two closing marks, spaces). */
const TAIL_MARKS = 8;

/** Whether a piece ends early: the break after it falls inside a sentence. */
function endsInsideSentence(whole: string, next: string, ordinalDots: boolean): boolean {
  // Every repair below follows a full stop (then only spaces): a piece that ends otherwise (!, ?, a
  // closing quote) ends its sentence, but for a mark before a small letter.
  const stop = fullStopAtEnd(whole);
  if (stop < 0) return MARK_BEFORE_LOWER.test(whole.slice(-TAIL_MARKS)) && STARTS_LOWER.test(next);
  // "Chris Eubank Jr. (England) steigt …", "A.-G. (Leipzig), die …": a bracket then a small letter or a comma.
  if (next.charCodeAt(0) === OPEN_BRACKET_CODE) return BRACKET_THEN_CONTINUATION.test(next);
  const startsWithLetter = startsWithLetterAt(next);
  if (!startsWithLetter && !STARTS_WITH_DIGIT.test(next)) return false;
  // The patterns below are anchored at the end: a short tail answers them as the whole would.
  const piece = whole.length > TAIL_CHARS ? ` ${whole.slice(-TAIL_CHARS)}` : whole;
  // Both want a capital right before the stop: an ASCII character other than one answers no to both
  // (their Unicode class is then not compiled, about 0.2 ms each on a page's first analysis).
  const beforeStop = whole.charCodeAt(stop - 1);
  if (!(beforeStop < 0x80) || (beforeStop >= 0x41 && beforeStop <= 0x5a)) {
    if (INITIAL_BEFORE_STOP.test(piece)) return true;
    // "U.S. Rep. Omar", "the U.S. Attorney's Office": an initialism goes on into a name more often than
    // it ends a sentence; a sentence after it opens with a function word ("… in the U.S. The …").
    if (INITIALISM_BEFORE_STOP.test(piece)) return !FUNCTION_WORDS.has(FIRST_WORD.exec(next)?.[1]?.toLowerCase() ?? '');
  }
  const last = lastWordBeforeStop(piece);
  if (last?.length === 1 && last !== last.toUpperCase() && SPACED_ABBREVIATION_END.test(next)) return true;
  const word = last?.toLowerCase();
  if (word && ALWAYS.has(word)) return true;
  // "The Dutta Corp. Fair Hill …": a company's legal form goes on into a name of two capitalised words or more; a
  // sentence opens with a function word or goes on in small letters ("… Group Ltd. Gemfields ist …").
  if (word && COMPANY_FORMS.has(word)) {
    const name = NAME_OPENING.exec(next)?.[1];
    return !!name && !FUNCTION_WORDS.has(name.toLowerCase());
  }
  if (word && BEFORE_NUMBER.has(word) && STARTS_WITH_DIGIT.test(next)) return true;
  return ordinalDots && startsWithLetter && ORDINAL_BEFORE_STOP.test(piece);
}

/** The index of a full stop before the text's trailing spaces (`\.\s*$`, read back from the end), else -1. */
function fullStopAtEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isTrimmedSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) === FULL_STOP_CODE ? end - 1 : -1;
}

/**
 * STARTS_WITH_LETTER, told by the character's code when the first one after the spaces is ASCII:
 * the pattern's Unicode class is compiled only for a text that opens otherwise.
 */
function startsWithLetterAt(text: string): boolean {
  let start = 0;
  while (start < text.length && isTrimmedSpace(text.charCodeAt(start))) start++;
  const code = text.charCodeAt(start);
  if (code < 0x80) return isAsciiLetter(code);
  return STARTS_WITH_LETTER.test(text);
}

/** The word before a piece's final stop, the stop, one space and the next piece's first word ("ID. SPACE"). */
const WORD_AND_STOP = /\S+\.\s*$/;
const FIRST_TOKEN = /^\s*(\S+)/;

/**
 * Whether the stop a piece ends with, with the words either side, is written so in the headline: then it
 * is a name's ("The VW ID. SPACE VIZZION is …", "Yahoo. Inc"), not a sentence's end. The headline is one
 * line, so a stop inside it is rarely a sentence's.
 */
function stopInHeadline(whole: string, next: string, headline: string | null): boolean {
  if (!headline) return false;
  const before = WORD_AND_STOP.exec(whole.slice(-TAIL_CHARS))?.[0].trimEnd();
  const after = FIRST_TOKEN.exec(next)?.[1];
  return !!before && !!after && headline.includes(`${before} ${after}`);
}

/** Pieces joined where the sentence rules broke inside a sentence (abbreviation, initial, ordinal, headline's name). */
function joinBrokenSentences(pieces: string[], ordinalDots: boolean, headline: string | null): string[] {
  const units: string[] = [];
  let current = '';
  for (let i = 0; i < pieces.length; i++) {
    current += pieces[i]!;
    const next = pieces[i + 1];
    if (
      next !== undefined &&
      (endsInsideSentence(current, next, ordinalDots) || stopInHeadline(current, next, headline))
    )
      continue;
    units.push(current);
    current = '';
  }
  return units;
}

/**
 * Units joined where a quotation of several sentences is open, when it closes within a few units;
 * a quote that never closes (a broken or cut one) leaves its units as they are.
 */
function joinQuotations(units: string[]): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < units.length; i++) {
    let sentence = units[i]!;
    if (openQuotes(sentence) > 0) {
      let joined = sentence;
      for (let j = i + 1; j < units.length && j - i < MAX_QUOTE_PIECES; j++) {
        joined += units[j]!;
        if (openQuotes(joined) === 0) {
          sentence = joined;
          i = j;
          break;
        }
      }
    }
    const trimmed = sentence.trim();
    if (trimmed) sentences.push(trimmed);
  }
  return sentences;
}

/** The splitter for a page's language; its headline, when given, keeps a stop it writes inside a sentence. */
export function makeSentenceSplitter(lang: string | null, headline: string | null = null): SentenceSplitter {
  const ordinalDots = !!lang && ORDINAL_DOT_LANGUAGES.has(primaryLanguage(lang));
  // Only a headline that writes a stop before a space can keep one (most write none: no test at each break).
  const stopsInHeadline = headline?.includes('. ') ? headline : null;
  return {
    split: (paragraph) => joinQuotations(joinBrokenSentences(sentencePieces(paragraph), ordinalDots, stopsInHeadline)),
  };
}
