/**
 * A byline written all in capitals, as some agencies' styles write it ("By DANICA KIRKA and JILL LAWLESS", AP), in
 * the case names are written in: "Danica Kirka and Jill Lawless". Only when every name in it has a person's name's
 * shape (two to four words, each long enough and with a vowel: no acronym); a name the site or an agency goes by
 * ("SPIEGEL ONLINE", "AFP") stays as written, and so does any byline with a word the shapes do not cover.
 */
import { connectors, particles } from '../vocabulary/name-case.json';
import { isAgencyName } from '../furniture-text';
import { holdsName, withoutMarks } from '../../read/text';

/** Between names: the connectors and a comma ("JANE DOE, JOHN ROE and …"). */
const CONNECTORS: ReadonlySet<string> = new Set([...connectors, ',', '&']);
const PARTICLES: ReadonlySet<string> = new Set(particles);
/** A name's words: two at least (one word in capitals may be an acronym), four at most (more is a title). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** A name's word of fewer letters than this may be an acronym ("AP NEWS"): such a byline stays as written. */
const MIN_WORD_LETTERS = 3;
/** A word of capital letters, perhaps joined by an apostrophe or a hyphen ("O'NEILL", "JEAN-PIERRE"). */
const CAPITALS_WORD = /^\p{Lu}+(?:['’-]\p{Lu}+)*$/u;
/** Some vowel (its marks taken off): a word without one is an acronym ("BBC"). */
const VOWEL = /[AEIOUY]/;

/** A word in capitals as a name's word: "KIRKA" → "Kirka", "O'NEILL" → "O'Neill", "MCDONALD" → "McDonald". */
const asNameWord = (word: string): string =>
  word
    .toLowerCase()
    .replace(/(^|['’-])(mc)?(\p{L})/gu, (_, before, mc, letter) => `${before}${mc ? 'Mc' : ''}${letter.toUpperCase()}`);

/** The byline in the case of names, or as written when it is not all capitals or not all names. */
export function bylineInNameCase(byline: string, siteName: string | null): string {
  if (siteName && holdsName(byline, siteName)) return byline;
  const out: string[] = [];
  let nameWords = 0;
  // Connectors in any case ("and" between names in capitals), every other word in capitals; "," a word of its own.
  for (const word of `${byline.replace(/,/g, ' ,')} ,`.split(/\s+/)) {
    const lower = word.toLowerCase();
    const particle = nameWords > 0 && PARTICLES.has(lower);
    if (CONNECTORS.has(lower)) {
      if (nameWords < MIN_NAME_WORDS || nameWords > MAX_NAME_WORDS) return byline;
      nameWords = 0;
    } else if (
      !CAPITALS_WORD.test(word) ||
      (!particle && (word.length < MIN_WORD_LETTERS || !VOWEL.test(withoutMarks(word))))
    )
      return byline;
    else nameWords++;
    out.push(CONNECTORS.has(lower) || particle ? lower : asNameWord(word));
  }
  const names = out.slice(0, -1).join(' ').replace(/ ,/g, ',');
  return isAgencyName(names) ? byline : names;
}
