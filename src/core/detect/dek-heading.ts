/**
 * A standfirst set as a heading: the article's first heading, before any of its prose, a whole sentence
 * ("Simon Wittenberg travels to the Eternal City in Italy with Royal Salute for a taste of fast-paced polo
 * and exquisite whisky.") right over the first section's own heading. It heads nothing: the summary under the
 * headline, no section. Left out of the outline (analyze.ts), not of the body.
 */
import { countWords } from '../text';
import type { ArticleContent, ContentItem } from './content';

/** A section's name is a few words; a summary this many or more. */
const DEK_MIN_WORDS = 10;
/** ... and ends as a statement does (a question or an exclamation may name a section: "What went wrong?"). */
const STATEMENT_END = /[.…]["'”’»)]*$/u;

/** The first heading when it is a standfirst set as a heading, else null. */
export function dekHeading(content: ArticleContent): ContentItem | null {
  const [first, next] = content.items;
  if (first?.kind !== 'heading' || first.pseudo || next?.kind !== 'heading' || next.level > first.level) return null;
  if (!STATEMENT_END.test(first.text) || countWords(first.text) < DEK_MIN_WORDS) return null;
  // No prose or list item before the next heading: the first heads nothing.
  for (const source of content.sources) {
    if (source.element === next.element) return first;
    if (source.kind === 'prose' || source.kind === 'item') return null;
  }
  return null;
}
