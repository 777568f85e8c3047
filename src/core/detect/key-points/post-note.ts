/**
 * A note about the post, not its story: a sentence wholly in brackets ("(EDIT: removed the link to …)", an aside
 * the author set apart), or one that opens with a note's label and a colon ("Update (5 Dec): …", "Editor's note: …",
 * "Anm. d. Red.: …"; vocabulary/post-notes.json). A key point only when the article has nothing better (./weak.ts).
 */
import notes from '../vocabulary/post-notes.json';

/** Every language's note labels (their apostrophe the straight one: ./weak.ts reads a sentence with its own folded). */
const NOTE_LABELS = notes.languages.flatMap((group) => group.words);
/**
 * What may stand between a label and its colon: spaces, and a short date or time in brackets or not ("Update 12/5:",
 * "UPDATE (Dec. 5, 2019, 3 p.m.):"); a longer run is the sentence going on ("Update 5.3 des Passwortmanagers …").
 */
const LABEL_TAIL = /^(?:\s*\([^()]{0,30}\)|[\s\d./,-]{0,12})\s*:/u;
/** A note's label and what stands between it and its colon take at most this many characters. */
const NOTE_LABEL_MAX_CHARS = 60;
const CLOSING: Record<string, string> = { '(': ')', '[': ']' };
/** A stop after the closing bracket, or none. */
const STOP = /^[.!?…]?$/u;

/** A sentence wholly in one pair of brackets (a stop after it or not): "(Note: this article is …)". */
function isWhollyBracketed(sentence: string): boolean {
  const open = sentence[0]!;
  const close = CLOSING[open];
  if (!close) return false;
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i] === open) depth++;
    else if (sentence[i] === close && --depth === 0) return STOP.test(sentence.slice(i + 1).trim());
  }
  return false;
}

/** Whether the sentence (`lower`: it lower-cased, apostrophes folded) is a note about the post: see above. */
export function isPostNote(sentence: string, lower: string): boolean {
  if (isWhollyBracketed(sentence)) return true;
  // Asked only of a sentence with a colon near its start: a label is short.
  const colon = lower.indexOf(':');
  if (colon < 0 || colon > NOTE_LABEL_MAX_CHARS) return false;
  const text = lower[0] === '(' || lower[0] === '[' ? lower.slice(1) : lower;
  return NOTE_LABELS.some((label) => text.startsWith(label) && LABEL_TAIL.test(text.slice(label.length)));
}
