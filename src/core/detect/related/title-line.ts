/**
 * The ends of a related story's headline: the whole line when the link holds only its end, and a headline the page cut
 * short ended on whole words.
 */
import { nodeType, nodeValue, parentElement, previousSibling, TEXT_NODE, textContent } from '../../read/dom';
import { TRAILING_ELLIPSIS } from '../../text';
import { FUNCTION_WORDS } from '../vocabulary/function-words';
import { collapseWhitespace, countWords } from './text';

/** Link text that goes on a sentence begun before the link: it starts with a lower-case letter. */
const CONTINUES_SENTENCE = /^\p{Ll}/u;
/** A link of at most this many words after a sentence ends it ("… the problem. <a>Our perceptions are</a>"). */
const MAX_SENTENCE_END_WORDS = 3;
/** A cut headline keeps this many words at least (as a headline has: title.ts MIN_TITLE_WORDS). */
const MIN_CUT_TITLE_WORDS = 2;

/** A line read as one headline when a link ends it: at most this many words (a longer line is a paragraph). */
const MAX_LINE_TITLE_WORDS = 25;
/** Punctuation that ends a sentence, written after a link that ends it. */
const SENTENCE_END = /[?!.…]+$/;
/** A sentence's end right before a link (the text node before it). */
const SENTENCE_BEFORE = /[.!?]\s*$/;
/** What follows a link that ends its line's headline before a new clause (";", ","): the clause is no part of it. */
const NEW_CLAUSE = /^\s*[;,]/;

/**
 * The line's headline when the link only ends it: the link's text goes on a sentence begun in the line's text before
 * it ("YouTubers must unionize, <a>no matter what Google says</a>", "Prepare for the <a>deepfake era of video</a>;
 * plus, …"), or is a few words after a sentence ("Paid political ads are not the problem. <a>Our perceptions
 * are</a>"): the line up to the link's end (its final punctuation kept), when the line is no longer than a headline.
 * Otherwise the link's own text.
 */
export function wholeLineOf(anchor: Element, text: string, cleanTitle: (raw: string) => string): string {
  const before = previousSibling(anchor);
  const continuing = CONTINUES_SENTENCE.test(text);
  if (
    !continuing &&
    !(
      countWords(text) <= MAX_SENTENCE_END_WORDS &&
      before &&
      nodeType(before) === TEXT_NODE &&
      SENTENCE_BEFORE.test(nodeValue(before))
    )
  )
    return text;
  const line = parentElement(anchor);
  if (!line) return text;
  const whole = cleanTitle(collapseWhitespace(textContent(line)));
  const linked = text.replace(SENTENCE_END, '');
  const at = whole.lastIndexOf(linked);
  if (at <= 0 || countWords(whole) > MAX_LINE_TITLE_WORDS) return text;
  const after = whole.slice(at + linked.length);
  if (!after.replace(SENTENCE_END, '')) return whole;
  return NEW_CLAUSE.test(after) ? whole.slice(0, at + linked.length) : text;
}

/** A word that ends no phrase before a page's ellipsis: a dash or a separator left alone. */
const DANGLING_MARK = /^[—–\-:,;|/]+$/;

/**
 * A headline the page cut short, without the words it was cut after that end no phrase (a dash, a function word:
 * "… as hot as it looks — and...", "… confirmed in wild a..."): "… as hot as it looks…". Two words are kept at least.
 */
export function withoutDanglingEnd(title: string): string {
  if (!TRAILING_ELLIPSIS.test(title)) return title;
  const words = title.replace(TRAILING_ELLIPSIS, '').split(' ');
  let kept = words.length;
  while (
    kept > MIN_CUT_TITLE_WORDS &&
    (DANGLING_MARK.test(words[kept - 1]!) || FUNCTION_WORDS.has(words[kept - 1]!.toLowerCase()))
  )
    kept--;
  return kept === words.length
    ? title
    : `${words
        .slice(0, kept)
        .join(' ')
        .replace(/[\s,;:]+$/, '')}…`;
}
