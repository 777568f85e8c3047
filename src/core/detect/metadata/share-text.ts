/**
 * A declared title that is the site's text for a shared link, not the page's headline: it shares no word of its own
 * with the headline that the <title> and an h1 both state, only words of the <title>'s other part (the site's name).
 * "Möchtest Du The Insiders mit mir zusammen beitreten?" as og:title and twitter:title over a <title> "The Insiders -
 * Schnell aufgefrischtes Haar … - Info (de-de)" and an h1 "Wellaflex – Schnell aufgefrischtes Haar …" (trafilatura
 * 0725): the h1 is the headline. A declared title that shares no word with the <title> either is kept: nothing shows
 * that it is the site's.
 */
import { FUNCTION_WORDS } from '../vocabulary/function-words';
import { collapseWhitespace } from '../../read/text';

/**
 * An h1 states the <title>'s headline when at least this share of its words is in the <title> and of the <title>'s
 * words in it: most of both (a blog's name as its h1 is a small part of "Post title | Blog").
 */
const SAME_HEADLINE_SHARE = 0.5;

/** The words of a text that carry its meaning: lower case, no function word ("the", "mit", "du"). */
const contentWords = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FUNCTION_WORDS.has(word));

/** The share of `words` that `other` holds. */
const shareIn = (words: string[], other: ReadonlySet<string>): number =>
  words.length ? words.filter((word) => other.has(word)).length / words.length : 0;

export function shareTextAsTitle(title: string, documentTitle: string, h1s: readonly string[]): string {
  const own = contentWords(title);
  const titleWords = contentWords(documentTitle);
  const inDocumentTitle = new Set(titleWords);
  // Some of its words in the <title> (its site's name), most not (the <title>'s headline would be).
  const shared = shareIn(own, inDocumentTitle);
  if (!shared || shared >= SAME_HEADLINE_SHARE) return title;
  const headline = h1s.find((h1) => {
    const words = contentWords(h1);
    return (
      shareIn(words, inDocumentTitle) >= SAME_HEADLINE_SHARE &&
      shareIn(titleWords, new Set(words)) >= SAME_HEADLINE_SHARE
    );
  });
  return headline && !shareIn(own, new Set(contentWords(headline))) ? collapseWhitespace(headline) : title;
}
