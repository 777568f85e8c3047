/**
 * A byline's label alone ("By", "Published by", "Article by", "Von"): the name is in another element.
 * Its own module, shared by the byline reader (no byline) and the outline (no heading), so that code
 * that needs only this test does not carry the byline reader's vocabularies.
 */
import { FUNCTION_WORDS } from './vocabulary/function-words';

/** The word "by" in the languages the byline rules read (byline-clean.ts and name-headings.ts ask it too). */
export const BY_WORDS = 'by|von|par|por';
/** A box of authors' label: "Author(s)" / "Autor(en)". */
const AUTHOR_WORDS = 'autor(?:en)?|authors?';
/** The words every label ends with. */
const BY_WORD = `(?:${BY_WORDS}|${AUTHOR_WORDS})`;
/** The labels: "By" / "Published by" (and "par", "von", "por"), "Author(s)" / "Autor(en)". */
const BY_LABEL = String.raw`(?:(?:\p{L}+\s+)?by|${BY_WORDS}|${AUTHOR_WORDS})`;
/** The label alone, with its colon or without. */
const LONE_BY = new RegExp(`^${BY_LABEL}:?$`, 'iu');
/**
 * The words every label ends with: a text ends with one (LONE_BY) or has one before a colon (LABELLED_BY) before the
 * costlier tests run (their letter class, case aside, is among the costliest expressions a cold analysis compiles).
 */
const ENDS_WITH_BY_WORD = new RegExp(`${BY_WORD}:?$`, 'iu');
const BY_WORD_AND_COLON = new RegExp(`${BY_WORD}\\s*:`, 'iu');
/** A labelled value is short ("Autor: www.portalspozywczy.pl"): a longer one is a sentence after a label. */
const LABELLED_VALUE_MAX_CHARS = 60;
/** The label with its colon and a short value after it: the byline's line. */
const LABELLED_BY = new RegExp(`^${BY_LABEL}\\s*:\\s*\\S.{0,${LABELLED_VALUE_MAX_CHARS}}$`, 'iu');

/** A "By" / "Published by" label alone: no byline, and no heading of the outline (an author box's heading). */
export function isLoneBylineLabel(text: string): boolean {
  const label = text.trim();
  return ENDS_WITH_BY_WORD.test(label) && LONE_BY.test(label);
}

/**
 * A name written out: two to four capitalised words ("Alexander Rosenkranz", "Mary J. Blige"), no link. Fewer is a
 * word ("By Design"), more a title's words; a function word among them makes a title too ("By The Numbers").
 */
const PLAIN_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u;

/** A name written out alone (PLAIN_NAME), no function word among its words. */
export function isPlainName(name: string): boolean {
  // Two to four words before PLAIN_NAME's letter classes are compiled: most texts asked have more.
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return PLAIN_NAME.test(name) && !words.some((word) => FUNCTION_WORDS.has(word.toLowerCase()));
}

/** A byline's label and a name alone ("von Alexander Rosenkranz", "By Jane Doe"): a byline line, no sentence. */
export function isLabelAndName(text: string): boolean {
  const line = text.trim();
  const space = line.search(/\s/);
  return space > 0 && isLoneBylineLabel(line.slice(0, space)) && isPlainName(line.slice(space).trim());
}

/**
 * A byline's label alone, with its colon and a short value, or with a name (a list item of the byline area: no
 * bullet).
 */
export const isBylineLabelLine = (text: string): boolean =>
  isLoneBylineLabel(text) || (BY_WORD_AND_COLON.test(text) && LABELLED_BY.test(text.trim())) || isLabelAndName(text);
