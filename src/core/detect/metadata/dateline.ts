/**
 * A dateline under the headline, no label and no class saying so: a short line that is a date and a person's name
 * joined by a dash, a bar or a bullet ("25.10.2022 - Reiner Nagel", "Swantje Schemmerling | 06.11.23"). It gives
 * the date and the byline both. Read by the byline line's walk from the headline (./byline-line.ts), on an element
 * whose text is short.
 */
import { textContent } from '../../read/dom';
import { collapseWhitespace, holdsName } from '../../read/text';
import { isPlainName } from '../byline-label';
import { cleanByline } from './byline-clean';
import { dateLine, MAX_DATE_LINE_CHARS, toIsoDate } from './dates';
import { isAmbiguous } from './opening-date';

/** A date line and a name of four words, a separator between: longer text is no dateline. */
const DATELINE_MAX_CHARS = MAX_DATE_LINE_CHARS + 40;
/**
 * The joint: a bar or a bullet, or a dash with a space on a side (a hyphen inside a word joins a name, "Hans-Peter",
 * or a date, "2022-10-25").
 */
const JOINT = /\s*[|•·]\s*|\s+[-–—]\s*|\s*[-–—]\s+/u;

export interface Dateline {
  byline: string;
  /** ISO, as toIsoDate writes it. */
  date: string;
}

/**
 * The date and the name of a line that is a date and a person's name alone, in either order; null for any other
 * line. A name that is the site's (`siteName`: "Handball Schweiz • 02.02.2022") is no person's.
 */
export function datelineOf(line: Element, siteName: string | null | undefined): Dateline | null {
  const text = collapseWhitespace(textContent(line));
  if (text.length > DATELINE_MAX_CHARS) return null;
  const parts = text.split(JOINT);
  if (parts.length !== 2) return null;
  for (const [when, who] of [parts, [parts[1], parts[0]]] as [string, string][]) {
    const date = !isAmbiguous(when) && dateLine(when);
    if (!date || !isPlainName(who) || (siteName && holdsName(who, siteName))) continue;
    const byline = cleanByline(who);
    if (byline) return { byline, date: toIsoDate(date) };
  }
  return null;
}
