/**
 * Hand-wrapped text: a page that ends every line of a paragraph with a `<br>` (readability's replace-brs, induux 0262,
 * smava 0334) breaks its sentences mid-way. A line that the next one plainly goes on from is one line with
 * it, in the body (content.ts) and in the reader (../blocks/units.ts), so that its sentences can be read whole.
 * Verses, addresses and lists of short lines stay apart: their lines are short, open in capitals or are links.
 */
import type { ParagraphSource } from './content-kinds';

/**
 * A wrapped line of prose fills a measure (60–80 characters, readability's replace-brs opens a paragraph with one of
 * 50); a list's entry, an address's line or a verse is mostly shorter ("Weinbau Rust", "Kategorie: Minis").
 */
export const WRAPPED_LINE_MIN_CHARS = 50;
/** The line leaves its sentence open: it ends in a letter, a digit or a comma (a hyphen may cut a word: left). */
const OPEN_END = /[\p{L}\p{N},]$/u;
/**
 * The next line goes on in small letters with a word (an opening quote or bracket before it): "einfach klasse.",
 * "the referrer of …"; not a link ("http://…", "www.…", "feiler-artinger.at"), whose word ends in a stop or a colon.
 */
const GOES_ON = /^["'„“‘«(]?\p{Ll}[\p{L}\p{M}'’-]*(?:[\s,;!?)]|\.(?:\s|$)|$)/u;

/** Whether `next`, the line after a single `<br>` in one block, goes on from `line` (both collapsed). */
export function continuesLine(line: string, next: string): boolean {
  return line.length >= WRAPPED_LINE_MIN_CHARS && OPEN_END.test(line) && GOES_ON.test(next);
}

/**
 * Keeps `text` as a paragraph of the body: joined to the last one when it may (a single `<br>` stands between, told by
 * the caller) and goes on from it, both of one block and of one kind, no code or heading ('other'). Whether it joined.
 */
export function keepLine(
  paragraphs: string[],
  sources: ParagraphSource[],
  text: string,
  source: ParagraphSource,
  mayJoin: boolean,
): boolean {
  const last = paragraphs.length - 1;
  const previous = sources[last];
  if (
    mayJoin &&
    previous?.element === source.element &&
    previous.kind === source.kind &&
    source.kind !== 'other' &&
    continuesLine(paragraphs[last]!, text)
  ) {
    paragraphs[last] += ` ${text}`;
    return true;
  }
  paragraphs.push(text);
  sources.push(source);
  return false;
}
