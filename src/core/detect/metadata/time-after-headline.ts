/**
 * The date of the <time datetime> elements after the headline (./dates.ts reads it on a page no rule before dated).
 */
import { comesAfter } from '../../dom';
import { attr, parentElement } from '../../read/dom';
import { hasShortText } from './dom-text';

/** A byline area (the byline element, or its parent) holds a name, a date, a few links: at most this much text. */
export const BYLINE_AREA_MAX_CHARS = 300;

/**
 * The only <time datetime> after the first headline (an h1), on a page that dates nothing else: its article's date
 * ("<h1>…</h1>" over a picture, the title again and "<time datetime=2022-01-28>" in a column beside the text:
 * trafilatura 0645). One before the headline (a masthead's today) is not looked at; two or more (a list of
 * teasers, comments) give none, unless all declare the same moment: the article's date shown twice, under the
 * headline and again in a box of facts beside the text (a forum's article page, anglerboard.de, trafilatura 0633);
 * one in a long block gives none either. `times`: the page's dating times in document order (./page-scan.ts), so
 * those after the headline are the last ones, read from the end until one declares another moment.
 */
export function fromOnlyTimeAfterHeadline(h1s: readonly Element[], times: readonly Element[]): string | null {
  const [headline, last] = [h1s[0], times.at(-1)];
  if (!headline || !last || !comesAfter(last, headline)) return null;
  const moment = attr(last, 'datetime');
  let first = last;
  for (let i = times.length - 2; i >= 0 && comesAfter(times[i]!, headline); i--) {
    if (attr(times[i]!, 'datetime') !== moment) return null;
    first = times[i]!;
  }
  // On a line as short as a byline area's ("Erschienen am <time …>"), not in a comment's text.
  const line = parentElement(first);
  return line && hasShortText(line, BYLINE_AREA_MAX_CHARS) ? moment : null;
}
