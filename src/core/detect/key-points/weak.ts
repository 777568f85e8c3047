/**
 * Sentences that are whole and true but carry little of the story alone: a question (it raises
 * the point, the answer carries it), a short line ("The next two months were tough."), a sentence
 * that is mostly a quotation (colour, not the news) or a speaker's line ("Atim: …"), one that opens
 * with a footnote mark or with punctuation (its start was no text), and one that points elsewhere
 * ("You can download it here."). They are not taken while the article has
 * better sentences (the 'loose' tier of ./filters.ts).
 */
import pointers from '../vocabulary/pointer-phrases.json';

/** A sentence of fewer words than this says too little alone (a lead or a finding takes more). */
export const WEAK_MAX_WORDS = 8;
/** A sentence whose characters are this much inside quotation marks or more is a quotation with its speaker. */
export const QUOTED_MAX_SHARE = 0.6;
/** A question at its end (Latin, CJK, Arabic). */
const QUESTION_END = /[?？؟]["'”’»)\]」』]*$/u;
/** A footnote or reference mark at the start: "[2] …", "(3) …". */
const REFERENCE_MARK = /^[[(]\d{1,3}[\])]\s/u;
/** Punctuation at the start: the rest of a sentence whose start was not text (a formula, a link left out). */
const OPENS_WITH_PUNCTUATION = /^[,;:.)\]]/u;
/** One word and a colon at the start: a speaker's line in an interview ("Atim: …"), a label ("Fazit: …"). */
const SPEAKER_OR_LABEL = /^\p{Lu}[\p{L}.'’-]*:\s/u;
/** Quoted spans: “…”, „…“, «…», "…". */
const QUOTED_SPAN = /“[^”]*”|„[^“”]*[“”]|«[^»]*»|"[^"]*"/gu;
const POINTER_ENDS = new Set(pointers.ends.flatMap((group) => group.words));
const POINTER_PHRASES = pointers.anywhere.flatMap((group) => group.words);
const LAST_WORD = /([\p{L}]+)[\s"'”’»)]*[.!…]?["'”’»)]*$/u;

/** The share of a sentence's characters inside quotation marks. */
export function quotedShare(sentence: string): number {
  let quoted = 0;
  for (const [span] of sentence.matchAll(QUOTED_SPAN)) quoted += span.length;
  return sentence.length ? quoted / sentence.length : 0;
}

/** A sentence that points to a link or another page instead of saying something. */
export function isPointerSentence(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  const last = lower.match(LAST_WORD)?.[1];
  if (last && POINTER_ENDS.has(last)) return true;
  return POINTER_PHRASES.some((phrase) => lower.includes(phrase));
}

/** True when the sentence should be a key point only if the article has nothing better. */
export function isWeakKeyPoint(sentence: string, words: number): boolean {
  if (words < WEAK_MAX_WORDS || QUESTION_END.test(sentence) || REFERENCE_MARK.test(sentence)) return true;
  if (OPENS_WITH_PUNCTUATION.test(sentence) || SPEAKER_OR_LABEL.test(sentence)) return true;
  return quotedShare(sentence) >= QUOTED_MAX_SHARE || isPointerSentence(sentence);
}
