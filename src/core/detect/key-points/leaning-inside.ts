/**
 * A sentence that points back from inside its opening words, not its first ("In diesem Fall muss …", "Whether or not
 * such observations …", "After that, they …"): alone in a list of key points the reader does not know what the
 * demonstrative or the pronoun stands for. Read after the first word tells nothing (./weak.ts leaningOf).
 */
import { stemOf } from './rank';

/** The opening words read: the 2nd to this one ("Whether or not such …"); a later one is the sentence's own. */
export const INSIDE_WINDOW = 4;
/**
 * A connective set off by commas is read up to this word: after a subject of up to five words ("Browns DL Sheldon
 * Richardson, however, decided …"); the commas tell it from an adverb of the sentence's own later on.
 */
export const BETWEEN_COMMAS_WINDOW = 6;
/** A word, what follows it up to the next word: its comma, if any, is in the second group. */
const WORD = /(\p{L}+)([^\p{L}]*)/uy;

/** Non-letters between two words that are only spaces and commas (one at least). */
const SPACES_OR_COMMAS = /^[\s,]+$/;
/** A space or a comma first. */
const SPACE_OR_COMMA_FIRST = /^[\s,]/;

/**
 * The sentence's first word when a space or a comma follows it, as `^(\p{L}+)[\s,]` reads it; read with WORD, so a
 * cold analysis compiles no further letter class for it (tests/unit/opening-words.test.ts).
 */
export function firstWord(sentence: string): string | undefined {
  WORD.lastIndex = 0;
  const first = WORD.exec(sentence);
  return first && SPACE_OR_COMMA_FIRST.test(first[2]!) ? first[1] : undefined;
}

/** The sentence's first word when an apostrophe follows it, a contraction ("It’s …", "They're …"): lower-cased. */
export function contractedWord(sentence: string): string | undefined {
  WORD.lastIndex = 0;
  const first = WORD.exec(sentence);
  return first && (first[2] === "'" || first[2] === '’') ? first[1]!.toLowerCase() : undefined;
}

/** The sentence's second word when only spaces and commas follow its first, as `^\p{L}+[\s,]+(\p{L}+)` reads it. */
export function secondWord(sentence: string): string | undefined {
  WORD.lastIndex = 0;
  const first = WORD.exec(sentence);
  return first && SPACES_OR_COMMAS.test(first[2]!) ? WORD.exec(sentence)?.[1] : undefined;
}

/** The sentence's first `count` words while only spaces and commas stand between them, as secondWord reads them. */
export function openingWords(sentence: string, count: number): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match && words.push(match[1]!) < count; match = WORD.exec(sentence))
    if (!SPACES_OR_COMMAS.test(match[2]!)) break;
  return words;
}

/** The words a sentence's opening is read for, in the page's language (./weak.ts Openers). */
export interface InsideOpeners {
  /** Demonstratives that point back anywhere in the opening ("diesem", "such"). */
  inside?: ReadonlySet<string> | undefined;
  /** Subject pronouns that point back when they follow the opening phrase's comma ("After that, they …"). */
  afterComma?: ReadonlySet<string> | undefined;
  /** Words after a demonstrative that make it stand on its own ("these days", "such as"). */
  times?: ReadonlySet<string> | undefined;
  /** Connectives that answer the sentence before when set off by commas ("Israeli courts, however, have …"). */
  betweenCommas?: ReadonlySet<string> | undefined;
  /** The stems of the headline's words (./rank.ts stemOf): a demonstrative before one names what it stands for. */
  headline?: ReadonlySet<string> | undefined;
}

/**
 * Whether the word after a demonstrative makes it stand on its own: a time ("these days"), or a noun of the headline
 * the reader has read above the key points ("Um diese Erinnerungskultur auch lokal zu fördern, …" under "Lesbische
 * Erinnerungskultur mit Stolpersteinverlegung", l-mag 0642).
 */
export function namesItsNoun(next: string | undefined, openers: InsideOpeners): boolean {
  return !!next && (!!openers.times?.has(next) || !!openers.headline?.has(stemOf(next)));
}

/**
 * Whether one of the sentence's 2nd to INSIDE_WINDOW-th words points back (see above): 'points'; or a connective
 * set off by commas after its subject answers the sentence before, as it would opening it: 'connects'.
 */
export function leaningInside(sentence: string, openers: InsideOpeners): 'points' | 'connects' | 'none' {
  const between = openers.betweenCommas;
  if (!openers.inside?.size && !between?.size) return 'none';
  const words: string[] = [];
  // Whether each word is written in small letters: a pronoun inside, not the polite "Ihnen" (de).
  const small: boolean[] = [];
  let afterComma = -1;
  // Where the words after the last comma start (none yet: -1): a connective of two words ("Se situó, sin embargo, …").
  let afterLastComma = -1;
  WORD.lastIndex = 0;
  // The first word and the window, and one more: the word after a demonstrative.
  const window = between?.size ? BETWEEN_COMMAS_WINDOW : INSIDE_WINDOW;
  while (words.length <= window) {
    const match = WORD.exec(sentence);
    if (!match) break;
    const word = match[1]!;
    const commaAfter = match[2]!.includes(',');
    // The word after the comma, as written: a pronoun in small letters ("they"), not a name or the polite "Sie".
    const pronoun = words.length === afterComma && words.length <= INSIDE_WINDOW && word === word.toLowerCase();
    if (pronoun && openers.afterComma?.has(word)) return 'points';
    // A connective between two commas after the subject ("Israeli courts, however, …", "Se situó, sin embargo, …").
    const lower = word.toLowerCase();
    if (commaAfter && afterLastComma > 0 && between?.has([...words.slice(afterLastComma), lower].join(' ')))
      return 'connects';
    words.push(lower);
    small.push(word === lower);
    if (commaAfter) {
      if (afterComma < 0) afterComma = words.length;
      afterLastComma = words.length;
    }
  }
  for (let index = 1; index < Math.min(words.length, INSIDE_WINDOW); index++)
    if (small[index] && openers.inside?.has(words[index]!) && !namesItsNoun(words[index + 1], openers)) return 'points';
  return 'none';
}
