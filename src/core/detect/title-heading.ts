/**
 * The heading that repeats the article's title (the headline as the page prints it), which the page walk leaves
 * out of the text. Readability's measure: most of the heading's words are the title's. A section heading made of
 * the title's words passes that too ("Reforzaron los policías en La Sierra" under "La Policía dice que todo
 * 'tranqui' en La Sierra, reforzaron los uniformados en el sector") when the headline itself sits in a header box
 * the walk leaves out: such an h2 repeats the title only when it also states most of the title's words, or when
 * no h1 or h2 of the page states more of them. An h1 is the page's headline level: one of the title's words repeats
 * it ("TOP 5 Must Haves 2018" in the text under "TOP 5 Fashion Must Haves 2018 [Werbung]"); so does an h1 that
 * prints the whole title after a kicker in the same heading, however long the kicker ("<h1><span>Das Halbfinale der
 * Champions Hockey League am Dienstag</span> <span>Zweimal Kuusela im Powerplay …</span></h1>", trafilatura 0676).
 */
import { textContent } from '../read/dom';
import { collapseWhitespace } from '../read/text';
import { textSimilarity } from '../text';

/** A heading this similar to the title (shared words, either way) repeats the title. */
const TITLE_HEADING_SIMILARITY = 0.75;

/** A kicker is shorter than its headline: an h1 ending with the title is at most this many times its length. */
const KICKER_HEADLINE_MAX_RATIO = 2;

/** Whether an h1's text is a kicker followed by the whole title, as one heading. */
function endsWithTitle(title: string, text: string): boolean {
  const [headline, heading] = [collapseWhitespace(title).toLowerCase(), collapseWhitespace(text).toLowerCase()];
  return (
    headline.length > 0 &&
    heading.length <= headline.length * KICKER_HEADLINE_MAX_RATIO &&
    heading.endsWith(` ${headline}`)
  );
}

/** How much of the title a heading of its words states (0–1), or -1 when the heading is not of its words. */
function titleShare(title: string, text: string): number {
  return textSimilarity(title, text) > TITLE_HEADING_SIMILARITY ? textSimilarity(text, title) : -1;
}

/**
 * Two headings of the title's words this similar (shared words, either way) are a pair of parallel headings ("Die
 * Top 5 der …" and "Die Flop 5 der …"); a headline and its site's or author's name from the title's end share none.
 */
const PARALLEL_HEADING_MIN_SIMILARITY = 0.5;

/**
 * Whether another heading of the page (`texts`) is of the title's words too, says much the same, and states some
 * the heading lacks, as the heading states some it lacks: the two name the parts the title joins ("Die Top 5 der
 * deutschen Veterinärämter" and "Die Flop 5 …" under "Die Top 5 und die Flop 5 der deutschen Veterinärämter
 * 2021"), each a section's heading.
 */
function splitsTitle(title: string, text: string, texts: readonly string[]): boolean {
  return texts.some((other) => {
    const [toward, back] = [textSimilarity(other, text), textSimilarity(text, other)];
    const parallel = Math.min(toward, back) >= PARALLEL_HEADING_MIN_SIMILARITY;
    return parallel && toward < 1 && back < 1 && titleShare(title, other) >= 0;
  });
}

/**
 * A heading's repeat of the title: none, all of its words, or a part (a breadcrumb's h1 "Vanlife in Schweden -
 * Skandinavien im Wohnmobil" short of the headline's last word, before the story's h2 that states all of it). The
 * page walk leaves out the first heading that repeats the title, and after a part the first that states all of it.
 */
export type TitleRepeat = false | 'whole' | 'part';

/**
 * Whether an h1's or h2's text repeats the title, and whole or in part; `pageHeadings` (the page's h1s and h2s) read
 * only when needed.
 */
export function titleHeadingTest(
  title: string,
  pageHeadings: readonly Element[],
): (text: string, h1: boolean) => TitleRepeat {
  let most: number | null = null;
  let partFound = false;
  let texts: string[] | undefined;
  return (text, h1) => {
    const share = titleShare(title, text);
    // A kicker and the whole title in one h1 state all of it. After a part, only a heading of all the title's words
    // repeats it. A part that another heading of the title's words completes is a section's (splitsTitle).
    if (share < 0) return h1 && endsWithTitle(title, text) ? 'whole' : false;
    if (partFound && share < 1) return false;
    if (!h1 && share <= TITLE_HEADING_SIMILARITY) {
      if (most === null) {
        most = 0;
        for (const heading of pageHeadings) most = Math.max(most, titleShare(title, textContent(heading)));
      }
      if (share < most) return false;
    }
    if (share < 1) {
      texts ??= pageHeadings.map((heading) => textContent(heading));
      if (splitsTitle(title, text, texts)) return false;
    }
    partFound = true;
    return share === 1 ? 'whole' : 'part';
  };
}
