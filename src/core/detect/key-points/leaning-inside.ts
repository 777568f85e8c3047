/**
 * A sentence that points back from inside its opening words, not its first ("In diesem Fall muss …", "Whether or not
 * such observations …", "After that, they …"): alone in a list of key points the reader does not know what the
 * demonstrative or the pronoun stands for. Read after the first word tells nothing (./weak.ts leaningOf).
 */

/** The opening words read: the 2nd to this one ("Whether or not such …"); a later one is the sentence's own. */
export const INSIDE_WINDOW = 4;
/** A word, what follows it up to the next word: its comma, if any, is in the second group. */
const WORD = /(\p{L}+)([^\p{L}]*)/uy;

/** The words a sentence's opening is read for, in the page's language (./weak.ts Openers). */
export interface InsideOpeners {
  /** Demonstratives that point back anywhere in the opening ("diesem", "such"). */
  inside?: ReadonlySet<string> | undefined;
  /** Subject pronouns that point back when they follow the opening phrase's comma ("After that, they …"). */
  afterComma?: ReadonlySet<string> | undefined;
  /** Words after a demonstrative that make it stand on its own ("these days", "such as"). */
  times?: ReadonlySet<string> | undefined;
}

/** Whether one of the sentence's 2nd to INSIDE_WINDOW-th words points back (see above). */
export function pointsInside(sentence: string, openers: InsideOpeners): boolean {
  if (!openers.inside?.size) return false;
  const words: string[] = [];
  let afterComma = -1;
  WORD.lastIndex = 0;
  // The first word and the window, and one more: the word after a demonstrative.
  while (words.length <= INSIDE_WINDOW) {
    const match = WORD.exec(sentence);
    if (!match) break;
    const word = match[1]!;
    // The word after the comma, as written: a pronoun in small letters ("they"), not a name or the polite "Sie".
    if (words.length === afterComma && word === word.toLowerCase() && openers.afterComma?.has(word)) return true;
    words.push(word.toLowerCase());
    if (afterComma < 0 && match[2]!.includes(',')) afterComma = words.length;
  }
  for (let index = 1; index < Math.min(words.length, INSIDE_WINDOW); index++)
    if (openers.inside.has(words[index]!) && !openers.times?.has(words[index + 1] ?? '')) return true;
  return false;
}
