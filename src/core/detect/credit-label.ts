/**
 * A picture credit's label opening a line ("Photo: …", "Foto 3: dpa", "Image credit – …", "© …"), read by its words
 * (./vocabulary/credits.json), and the marks a line opens and closes with. Its own module so that the reader page,
 * which asks only whether a picture's description opens with a credit, takes none of ./furniture-text.ts's other
 * vocabularies.
 */
import credits from './vocabulary/credits.json';
import { isTrimmedSpace } from '../text';

const CREDIT_LABELS = credits.labels.map((label) => label.toLowerCase());
/** The labels by their first character (one, never a prototype's name): a line is tried against those it opens with. */
const LABELS_BY_FIRST: Record<string, string[]> = {};
for (const label of CREDIT_LABELS) {
  LABELS_BY_FIRST[label[0]!] ??= [];
  LABELS_BY_FIRST[label[0]!]!.push(label);
}
/** What a credit's label may be joined to by a slash or bar in a heading that names two sections. */
const SECTION_NAMES = new Set([...credits.sections, ...CREDIT_LABELS]);
/** A label's slash or bar, then the rest of the line ("credits / resources" → "resources"). */
const JOINED_NAME = /^\s*[/|]\s*(.+)$/u;

/** "Credits / Resources", "Photos | Videos": a label joined to a section's name names two sections, no maker. */
function joinsSectionName(rest: string): boolean {
  const joined = JOINED_NAME.exec(rest);
  return !!joined && SECTION_NAMES.has(joined[1]!);
}

/** Leading marks a line may open with ("— ", "(", "© "), besides white space. */
const LEADING_MARKS = new Set([...'-–—•·|([©'].map((mark) => mark.charCodeAt(0)));
/** Trailing marks a line may close with, besides white space. */
const TRAILING_MARKS = new Set([...')].:;,|'].map((mark) => mark.charCodeAt(0)));

/**
 * The line without the marks it opens and closes with, read by their codes: two patterns anchored
 * at the ends (`[…]+$` is tried at every mark inside the line) cost more than the rest of the rules.
 */
export function stripMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (LEADING_MARKS.has(text.charCodeAt(start)) || isTrimmedSpace(text.charCodeAt(start)))) start++;
  while (end > start && (TRAILING_MARKS.has(text.charCodeAt(end - 1)) || isTrimmedSpace(text.charCodeAt(end - 1))))
    end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** What follows a credit's label: a colon, slash or bar, a spaced dash, or "by" ("Picture-in-Picture" is no credit). */
const CREDIT_SEPARATOR = /^(?:\s*[:：/|]|\s+[–—-]\s|\s+(?:by|von|par|de|di|door|courtesy)\b)/u;
/** A picture's number between the label and its colon ("Bild2: ©Geert Pieters …", "Foto 3: dpa"): credits numbered. */
const CREDIT_NUMBER = /^\s?\d{1,2}(?=\s*[:：])/u;

/** What follows a credit's label and its separator ("photos by a, b" → "a, b"), or null when the line has none. */
export function creditRest(line: string): string | null {
  for (const label of LABELS_BY_FIRST[line[0]!] ?? []) {
    if (!line.startsWith(label)) continue;
    const rest = line.slice(label.length).replace(CREDIT_NUMBER, '');
    const separator = CREDIT_SEPARATOR.exec(rest);
    if (separator && !joinsSectionName(rest)) return rest.slice(separator[0].length);
  }
  return null;
}

/** A credit opens the line ("Copyright: CC BY-NC-ND 3.0", "Foto: dpa", "© Jane Doe"), whatever follows. */
export const opensWithCredit = (text: string): boolean =>
  text.trimStart().startsWith('©') || creditRest(stripMarks(text.toLowerCase())) !== null;
