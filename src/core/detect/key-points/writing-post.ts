/**
 * A first-person sentence about writing the post ("I've written a couple of posts … so I figured I'm long overdue for
 * one", readability blogger): the author's preamble, none of the story (announcing-openers.json 'writing').
 */
import announcing from '../vocabulary/announcing-openers.json';

/** Each language's words of the author writing the post, its subjects a set (announcing-openers.json 'writing'). */
const WRITING = announcing.languages.flatMap((group) =>
  group.writing
    ? [{ ...group.writing, subjects: new Set(group.writing.subjects), verbs: new Set(group.writing.verbs) }]
    : [],
);
/**
 * The opening words in which a sentence about writing the post names the writing and the piece: "I've written a
 * couple of posts" (5 words), "Ich wollte diesen Text schon seit Anfang des Jahres schreiben" (10); further on, a
 * sentence of the story that happens to name both.
 */
const WRITING_WORDS = 12;
/** What is stripped around a word: punctuation ("posts," → "posts"); an apostrophe inside stays ("i've"). */
const AROUND_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A first-person sentence about writing the post ("I've written a couple of posts …", "I've been meaning to write
 * about …", "Ich wollte diesen Text schon lange schreiben"): the author's preamble, none of the story. `lower`: lower
 * case, its apostrophes folded (read/text.ts foldApostrophes).
 */
export function isWritingThePost(lower: string): boolean {
  // The first word asked first: most sentences are not in the first person.
  const space = lower.indexOf(' ');
  const first = lower.slice(0, space < 0 ? undefined : space).replace(AROUND_WORD, '');
  const writing = WRITING.find((group) => group.subjects.has(first));
  if (!writing) return false;
  const words = lower.split(/\s+/, WRITING_WORDS).map((word) => word.replace(AROUND_WORD, ''));
  const opening = `${words.join(' ')} `;
  if (writing.intents.some((intent) => opening.includes(intent))) return true;
  return words.some((word) => writing.verbs.has(word)) && words.some((word) => writing.pieces.includes(word));
}
