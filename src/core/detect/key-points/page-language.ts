/**
 * The language of a page that declares none, told from its first paragraphs' function words
 * (../vocabulary/language-markers.json): the key points' openers are listed by language (./weak.ts openersOf),
 * so a page without `lang` read none of them ("It was the most deadly attack …", "Also, most distributors …"
 * stayed key points).
 */
import markers from '../vocabulary/language-markers.json';
import { readSentenceWords } from './sentence-words';

/** The characters read: the first paragraphs' words, some 150, tell a language's function words apart. */
export const MARKER_CHARS = 1000;
/** At least this many function words of one language: fewer (a short or a list-like text) tell nothing. */
export const MIN_MARKERS = 8;
/** The language told leads the next by this factor at least: a mixed page (quotes, names) tells none. */
export const MARKER_LEAD = 3;

const LANGUAGE_OF_WORD = new Map(markers.languages.flatMap((group) => group.words.map((word) => [word, group.lang])));

/** The language (a primary code, "en") the first paragraphs are written in, or null when they do not tell. */
export function markedLanguage(paragraphs: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let read = 0;
  for (const paragraph of paragraphs) {
    const text = paragraph.slice(0, MARKER_CHARS - read);
    // The key points' one reading of words (ASCII text read without a Unicode class).
    for (const word of readSentenceWords(text).words) {
      const lang = LANGUAGE_OF_WORD.get(word);
      if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
    read += text.length;
    if (read >= MARKER_CHARS) break;
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_MARKERS || (second && first[1] < second[1] * MARKER_LEAD)) return null;
  return first[0];
}
