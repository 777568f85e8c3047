/**
 * Sentences that are whole and true but carry little of the story alone: a question (it raises
 * the point, the answer carries it), a short line ("The next two months were tough."), a sentence
 * that is mostly a quotation (colour, not the news) or a speaker's line ("Atim: …"), one that opens
 * with a footnote mark or with punctuation (its start was no text), one that ends with an ellipsis (a teaser cut
 * short), one that points elsewhere ("You can download it here."), one that announces the piece ("Today, we're going to
 * talk about …") or tells of writing it ("I figured I'd write up …"), a note about the post ("(EDIT: removed the link
 * …)", ./post-note.ts), and one that leans on the sentence before ("And that means …").
 * They are not taken while the article has better sentences (the 'loose' tier of ./filters.ts).
 */
import leaning from '../vocabulary/leaning-openers.json';
import pointing from '../vocabulary/pointing-openers.json';
import pointers from '../vocabulary/pointer-phrases.json';
import announcing from '../vocabulary/announcing-openers.json';
import { foldApostrophes } from '../../read/text';
import { HAS_LETTER, isAsciiLetter, primaryLanguage } from '../../text';
import { contractedWord, firstWord, leaningInside, namesItsNoun, openingWords, secondWord } from './leaning-inside';
import { isPostNote } from './post-note';
import { isWritingThePost } from './writing-post';

/** A sentence of fewer words than this says too little alone (a lead or a finding takes more). */
export const WEAK_MAX_WORDS = 8;
/** A sentence whose characters are this much inside quotation marks or more is a quotation with its speaker. */
export const QUOTED_MAX_SHARE = 0.6;
/** A question at its end (Latin, CJK, Arabic), an exclamation mark after it or not ("Really?!"). */
const QUESTION_END = /[?？؟][!！]?["'”’»)\]」』]*$/u;
/**
 * An ellipsis at the end, bracketed or not, closing marks after it: a teaser cut short ("… hat nur einen Wunsch: normal
 * sein![...]", bummfilm 0236; "… für Video, Podcasts, Int...") or a sentence that trails off ("… wenn man die Hecken
 * schneidet..."): it does not say its point whole. Asked of the sentence's last TAIL_CHARS characters only.
 */
const ENDS_WITH_ELLIPSIS = /(?:…|\.\.\.)[\])]?["'”’»)]*$/u;
/** The characters an ellipsis, a bracket and closing marks take at the most. */
const TAIL_CHARS = 8;
/** A footnote or reference mark at the start: "[2] …", "(3) …". */
const REFERENCE_MARK = /^[[(]\d{1,3}[\])]\s/u;
/**
 * Punctuation at the start: the rest of a sentence whose start was not text (a formula, a link left out), or an
 * ellipsis that goes on from the sentence before ("…sorry, I should explain …").
 */
const OPENS_WITH_PUNCTUATION = /^[,;:.…)\]]/u;
/**
 * A capitalised word, or two (a first name and a name: the second written in small letters after its capital), and a
 * colon at the start: a speaker's line in an interview ("Atim: …", "Karin Fischer: …"), a label ("Fazit: …"). Not a
 * dateline in capitals ("NEW DELHI: …") nor a title of three words ("Star Wars Jedi: Fallen Order is …").
 */
const SPEAKER_OR_LABEL = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}.'’-]*)?:\s/u;
/** Quoted spans: “…”, „…“, «…», "…". */
const QUOTED_SPAN = /“[^”]*”|„[^“”]*[“”]|«[^»]*»|"[^"]*"/gu;
/** What may follow a sentence's last word: spaces and closing marks, one stop, closing quotes ("here.”"). */
const AFTER_LAST_WORD = /^[\s"'”’»)]*[.!…]?["'”’»)]*$/u;
/** One character that may follow the last word. */
const AFTER_LAST_WORD_CHAR = /[\s"'”’»).!…]/;
/** One letter at a given index (sticky: tested where the scan stands). */
const LETTER_AT = /\p{L}/uy;
/**
 * A sentence that opens leaning on the one before says too little alone up to this many words ("And that
 * means a slaughter of some degree."); a longer one carries news of its own after its "But" ("But among
 * participants aged 18 to 25, the rates of cannabis use … didn't change."): on the corpus, demoting those
 * too lost leads and findings and dropped every set's ROUGE against the editors' descriptions (trafilatura
 * R1 0.409 → 0.398).
 */
export const LEANING_MAX_WORDS = 12;
const POINTER_ENDS = new Set(pointers.ends.flatMap((group) => group.words));
const LEANING_OPENERS = new Map(leaning.languages.map((group) => [group.lang, new Set(group.words)]));
/** The connectives of two words or more ("Sin embargo, …", "En revanche, …"): phrases the sentence opens with. */
const LEANING_PHRASES = new Map(
  leaning.languages.map((group) => [group.lang, group.words.filter((words) => words.includes(' '))]),
);
/** "The author" and its like (pointing-openers.json 'roles'): a phrase the sentence opens with. */
const ROLE_OPENERS = new Map(pointing.languages.map((group) => [group.lang, group.roles]));
const RELATIVE_OPENERS = new Map(leaning.languages.map((group) => [group.lang, new Set(group.relatives ?? [])]));
/**
 * Every language's relative openers, for a page of unknown language: each is a word of its own language only ("which",
 * "weshalb"), so that one opening a sentence is that language's relative pronoun.
 */
const ANY_RELATIVE_OPENERS: ReadonlySet<string> = new Set(
  [...RELATIVE_OPENERS.values()].flatMap((words) => [...words]),
);
const CLEFT_OPENERS = new Map(leaning.languages.map((group) => [group.lang, group.clefts]));
/** Every language's pseudo-cleft openings, for a page of unknown language: phrases of one language each. */
const ANY_CLEFT_OPENERS = leaning.languages.flatMap((group) => group.clefts ?? []);
/** The first words of the pseudo-cleft openings ("what", "was", "ce"): only after one of them is the opening read. */
const CLEFT_FIRSTS: ReadonlySet<string> = new Set(ANY_CLEFT_OPENERS.map((words) => words.split(' ')[0]!));
const COMPARATIVES = new Map(leaning.languages.map((group) => [group.lang, new Set(group.comparatives ?? [])]));
const THAN_WORDS = new Map(leaning.languages.map((group) => [group.lang, new Set(group.than ?? [])]));
const ANSWER_OPENERS = new Map(leaning.languages.map((group) => [group.lang, new Set(group.answers)]));
/** Every language's answer words, for a page of unknown language: with the comma after them, an answer in each. */
const ANY_ANSWER_OPENERS: ReadonlySet<string> = new Set([...ANSWER_OPENERS.values()].flatMap((words) => [...words]));
const POINTING_OPENERS = new Map(pointing.languages.map((group) => [group.lang, new Set(group.words)]));
const TIME_NOUNS = new Map(pointing.languages.map((group) => [group.lang, new Set(group.notBefore ?? [])]));
const INSIDE_POINTERS = new Map(pointing.languages.map((group) => [group.lang, new Set(group.inside)]));
const AFTER_COMMA_POINTERS = new Map(pointing.languages.map((group) => [group.lang, new Set(group.afterComma)]));
/**
 * Subordinating conjunctions and question words: opening a sentence with no comma, a clause without its main clause
 * ("Because …", "Welche Neuerungen FACC plant …"); some are two words, a question word before a pronoun ("wie du").
 */
const CLAUSE_OPENERS = new Map(leaning.languages.map((group) => [group.lang, new Set(group.clauses)]));
/** The first words of the two-word clause openers: only after one of them is the second word read. */
const CLAUSE_PAIR_FIRSTS: ReadonlySet<string> = new Set(
  leaning.languages.flatMap((group) =>
    group.clauses.filter((words) => words.includes(' ')).map((words) => words.split(' ')[0]!),
  ),
);
/** Words that point back only as a verb's subject ("That means …", "Das ist …"; not "That the …", "Das Buch …"). */
const BEFORE_VERB_POINTERS = new Map(
  pointing.languages.map((group) => [group.lang, new Set(group.beforeVerbs?.words ?? [])]),
);
const POINTER_VERBS = new Map(pointing.languages.map((group) => [group.lang, new Set(group.beforeVerbs?.verbs ?? [])]));
const BETWEEN_COMMAS = new Map(leaning.languages.map((group) => [group.lang, new Set(group.betweenCommas ?? [])]));
const POINTER_PHRASES = pointers.anywhere.flatMap((group) => group.words);
/** Every language's announcing openings (their apostrophe the straight one: a sentence is read with its own folded). */
const ANNOUNCING_OPENERS = announcing.languages.flatMap((group) => group.words);
/** Every language's phrases announcing what the piece shows next, anywhere in the sentence ("im folgenden Text"). */
const ANNOUNCING_FOLLOWS = announcing.languages.flatMap((group) => group.follows);
/** ... and those matched as written ("im Folgenden": the adverb, capitalised; "im folgenden Rennen": no). */
const ANNOUNCING_FOLLOWS_AS_WRITTEN = announcing.languages.flatMap((group) => group.followsAsWritten ?? []);
const SERIES_OPENERS = new Map(leaning.languages.map((group) => [group.lang, group.series]));
/** The characters read for a series' or a cleft's opening: more than its longest phrase ("on the other hand"). */
const SERIES_CHARS = 20;

/** The share of a sentence's characters inside quotation marks. */
export function quotedShare(sentence: string): number {
  let quoted = 0;
  for (const [span] of sentence.matchAll(QUOTED_SPAN)) quoted += span.length;
  return sentence.length ? quoted / sentence.length : 0;
}

/**
 * The sentence's last word when only spaces, closing marks and one stop follow it ("… here.” " →
 * "here"), else undefined. Read from the end: a pattern that looks for the last word over the
 * whole sentence tries every letter as the word's start (quadratic in the word lengths).
 */
export function lastWord(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && AFTER_LAST_WORD_CHAR.test(text[end - 1]!)) end--;
  if (end < text.length && !AFTER_LAST_WORD.test(text.slice(end))) return undefined;
  const start = lettersBefore(text, end);
  return start < end ? text.slice(start, end) : undefined;
}

/** Where the run of letters that ends at `end` starts (`end` when there is none). */
function lettersBefore(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (code < 0x80) {
      if (!isAsciiLetter(code)) break;
      start--;
      continue;
    }
    // A character outside the BMP is read from its first half.
    const at = isLowSurrogate(code) && start > 1 && isHighSurrogate(text.charCodeAt(start - 2)) ? start - 2 : start - 1;
    LETTER_AT.lastIndex = at;
    if (!LETTER_AT.test(text)) break;
    start = at;
  }
  return start;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * A sentence that points to a link or another page instead of saying something (`lower`: it lower-cased, its
 * apostrophes folded: read/text.ts foldApostrophes).
 */
export function isPointerSentence(sentence: string, lower = foldApostrophes(sentence.toLowerCase())): boolean {
  const last = lastWord(lower);
  if (last && POINTER_ENDS.has(last)) return true;
  return POINTER_PHRASES.some((phrase) => lower.includes(phrase));
}

/**
 * A sentence that opens announcing the piece instead of telling its story ("Today, we’re going to talk about …"), or
 * announces what it shows next ("…, wird im Folgenden anhand einiger Rechenbeispiele verdeutlicht."). `lower`: as
 * isPointerSentence's.
 */
export function isAnnouncingSentence(lower: string, sentence = lower): boolean {
  return (
    ANNOUNCING_OPENERS.some((opening) => lower.startsWith(opening)) ||
    ANNOUNCING_FOLLOWS.some((phrase) => lower.includes(phrase)) ||
    ANNOUNCING_FOLLOWS_AS_WRITTEN.some((phrase) => sentence.includes(phrase))
  );
}

/** A label names a list in a few words ("Portion Fix Containers: …"); a longer opening is a sentence's. */
const LIST_LABEL_MAX_WORDS = 4;
/** A list after its label: this many comma-separated items or more ... */
const LABELLED_LIST_MIN_ITEMS = 3;
/** ... each of at most this many words ("1 Green, 1 Red, 1 Yellow, 1 tsp."): things named, nothing said. */
const LIST_ITEM_MAX_WORDS = 3;

/** A short label, a colon and a list of short items: a recipe's or a table's line, no sentence of the story. */
function isLabelledList(sentence: string): boolean {
  const colon = sentence.indexOf(': ');
  if (colon < 0 || sentence.slice(0, colon).split(' ').length > LIST_LABEL_MAX_WORDS) return false;
  const items = sentence.slice(colon + 2).split(',');
  return (
    items.length >= LABELLED_LIST_MIN_ITEMS &&
    items.every((item) => item.trim().split(/\s+/).length <= LIST_ITEM_MAX_WORDS)
  );
}

/** True when the sentence should be a key point only if the article has nothing better. */
export function isWeakKeyPoint(sentence: string, words: number, lower?: string): boolean {
  if (words < WEAK_MAX_WORDS || QUESTION_END.test(sentence) || REFERENCE_MARK.test(sentence)) return true;
  // The colon asked first: the pattern's Unicode classes are compiled only for a sentence that has one.
  if (OPENS_WITH_PUNCTUATION.test(sentence) || ENDS_WITH_ELLIPSIS.test(sentence.slice(-TAIL_CHARS))) return true;
  if (sentence.includes(':') && (SPEAKER_OR_LABEL.test(sentence) || isLabelledList(sentence))) return true;
  if (quotedShare(sentence) >= QUOTED_MAX_SHARE) return true;
  const lowered = foldApostrophes(lower ?? sentence.toLowerCase());
  return (
    isPointerSentence(sentence, lowered) ||
    isAnnouncingSentence(lowered, sentence) ||
    isWritingThePost(lowered) ||
    isPostNote(sentence, lowered)
  );
}

/** The words that open a sentence leaning on the one before, in the page's language (none when it is unknown). */
export function leaningOpenersOf(lang: string | null): ReadonlySet<string> | undefined {
  return lang ? LEANING_OPENERS.get(primaryLanguage(lang)) : undefined;
}

/** The openers of a page's language: connectives that lean on the sentence before, pronouns that point back. */
export interface Openers {
  leaning: ReadonlySet<string> | undefined;
  pointing: ReadonlySet<string> | undefined;
  /** Connectives of two words or more ("Sin embargo, …"): as `leaning`. */
  phrases?: readonly string[] | undefined;
  /** "The author" and its like: a person named before, as a pronoun is ("Autor podkreśla …"). */
  roles?: readonly string[] | undefined;
  /** Relative pronouns opening a sentence that goes on from the one before ("Which is not to say …"): any length. */
  relatives?: ReadonlySet<string> | undefined;
  /** A pseudo-cleft's opening, "what" and a pronoun ("What this means is …"): it points back, any length. */
  clefts?: readonly string[] | undefined;
  /** Openings of a later member of a series ("Zum anderen …", "Secondly, …"): any length. */
  series?: readonly string[] | undefined;
  /** Words after a pointing opener that make it a time of its own ("This year …"). */
  times?: ReadonlySet<string> | undefined;
  /** Answer words and interjections that, a comma after them, open a reply to the sentence before ("Well, …"). */
  answers?: ReadonlySet<string> | undefined;
  /** Demonstratives that point back from inside the opening words ("In diesem Fall …", ./leaning-inside.ts). */
  inside?: ReadonlySet<string> | undefined;
  /** Subject pronouns that point back after the opening phrase's comma ("After that, they …"). */
  afterComma?: ReadonlySet<string> | undefined;
  /** Connectives set off by commas after the subject ("Israeli courts, however, …", ./leaning-inside.ts). */
  betweenCommas?: ReadonlySet<string> | undefined;
  /** Conjunctions, question words: opening a sentence with no comma, a clause alone ("Because …", "Weil …"). */
  clauses?: ReadonlySet<string> | undefined;
  /** Words that point back only when one of `verbs` follows them ("That means …", "Das ist …"). */
  beforeVerbs?: ReadonlySet<string> | undefined;
  verbs?: ReadonlySet<string> | undefined;
  /** Comparatives that, before a word of `than`, open a comparison whose first term is in the sentence before. */
  comparatives?: ReadonlySet<string> | undefined;
  than?: ReadonlySet<string> | undefined;
  /** The stems of the headline's words: a demonstrative before one stands on its own (./leaning-inside.ts). */
  headline?: ReadonlySet<string> | undefined;
}

/** The openers of the page's language (none when it is unknown or has no list). */
export function openersOf(lang: string | null): Openers {
  const primary = lang ? primaryLanguage(lang) : undefined;
  return {
    leaning: primary ? LEANING_OPENERS.get(primary) : undefined,
    phrases: primary ? LEANING_PHRASES.get(primary) : undefined,
    roles: primary ? ROLE_OPENERS.get(primary) : undefined,
    pointing: primary ? POINTING_OPENERS.get(primary) : undefined,
    relatives: primary ? RELATIVE_OPENERS.get(primary) : ANY_RELATIVE_OPENERS,
    clefts: primary ? CLEFT_OPENERS.get(primary) : ANY_CLEFT_OPENERS,
    series: primary ? SERIES_OPENERS.get(primary) : undefined,
    times: primary ? TIME_NOUNS.get(primary) : undefined,
    answers: primary ? ANSWER_OPENERS.get(primary) : ANY_ANSWER_OPENERS,
    inside: primary ? INSIDE_POINTERS.get(primary) : undefined,
    afterComma: primary ? AFTER_COMMA_POINTERS.get(primary) : undefined,
    betweenCommas: primary ? BETWEEN_COMMAS.get(primary) : undefined,
    clauses: primary ? CLAUSE_OPENERS.get(primary) : undefined,
    beforeVerbs: primary ? BEFORE_VERB_POINTERS.get(primary) : undefined,
    verbs: primary ? POINTER_VERBS.get(primary) : undefined,
    comparatives: primary ? COMPARATIVES.get(primary) : undefined,
    than: primary ? THAN_WORDS.get(primary) : undefined,
  };
}

/**
 * How a sentence leans on the one before by its first word: not; much ('leans': a short one that opens with a
 * connective, "And that means …", "Denn …", answers a sentence the reader does not see: loose at best); or it carries
 * news of its own but points back, with a connective ('connects': "But among participants aged 18 to 25, …") or a
 * pronoun ('points': "He had been facing the rape charge …", "Er sagte …"): weighed less in the choice (./index.ts).
 */
export type Leaning = 'none' | 'points' | 'connects' | 'leans';

/**
 * How a sentence of `words` words leans on the sentence before (Leaning), by the openers of the page's language. One
 * that opens with an answer and a comma ("Well, him and the artist, …", "Yes, I mean …") replies to the sentence
 * before, whatever its length: it points back; so does one with a demonstrative or a pronoun a few words in ("In diesem
 * Fall …", "After that, they …"; ./leaning-inside.ts).
 */
export function leaningOf(sentence: string, words: number, openers: Openers): Leaning {
  if (!openers.leaning && !openers.pointing && !openers.relatives?.size && !openers.answers?.size) return 'none';
  // The sentence's opening, lower case, apostrophes folded: read once for the phrase lists below.
  const opening = foldApostrophes(sentence.slice(0, SERIES_CHARS).toLowerCase());
  // A series' opening may be two words or an elided one ("D’autre part, …"): read before the first word.
  if (opensWith(opening, openers.series)) return 'leans';
  // "The author" stands for one named before, as a pronoun does ("Autor podkreśla …"; read before the first word:
  // "L'auteur").
  if (opensWith(opening, openers.roles, true)) return 'points';
  const word = firstWord(sentence);
  if (!word) {
    // A pronoun contracted with its verb points back as it does alone ("It's an urgent, worldwide worry …", "They’re
    // also …"); a word elided before a noun is no pronoun ("L'auteur", "D'autre part": read above). Not "That's …": on
    // the held-out pages it lost a key point the editors' description retells.
    const contracted = contractedWord(sentence);
    return contracted && openers.pointing?.has(contracted) ? 'points' : 'none';
  }
  const first = word.toLowerCase();
  if (openers.relatives?.has(first)) return 'leans';
  // A clause without its main clause ("Because space travel … are anything but easy."): the answer to the sentence
  // before, whatever its length; with a comma the main clause may follow ("Because of the storm, flights …").
  if (openers.clauses && opensClause(sentence, first, openers.clauses) && !sentence.includes(',')) return 'leans';
  // A pseudo-cleft on a pronoun ("What this means is that …", "Ce que cela veut dire, c'est …"): the pronoun stands for
  // what the sentence before said.
  if (CLEFT_FIRSTS.has(first) && opensWith(opening, openers.clefts, true)) return 'points';
  // A comparison without its first term ("Worse than installing CS 3 … ever did, …"): the end of the sentence before.
  if (openers.comparatives?.has(first) && openers.than?.has(secondWord(sentence)?.toLowerCase() ?? '')) return 'leans';
  if (sentence[word.length] === ',' && openers.answers?.has(first)) return 'points';
  const connects = (): Leaning => (words <= LEANING_MAX_WORDS ? 'leans' : 'connects');
  if (openers.leaning?.has(first) || opensWith(opening, openers.phrases, true)) return connects();
  // A word that is also a conjunction or an article points back as a verb's subject ("That means …", "Das ist …") or
  // object ("Lo hizo …"), first or after one word ("Auch das ist …", "Ora lo farà …").
  if (openers.beforeVerbs && beforeVerb(sentence, first, openers.beforeVerbs, openers.verbs)) return 'points';
  if (!openers.pointing?.has(first)) {
    // A demonstrative or a pronoun a few words in points back as one at the opening does; a connective set off after
    // the subject leans as one opening the sentence ("Israeli courts, however, …": "However, Israeli courts …").
    const inside = leaningInside(sentence, openers);
    return inside === 'connects' ? connects() : inside;
  }
  // A demonstrative of time stands on its own ("This year's survey …", "Diese Woche …"), and so does one of the
  // demonstratives `inside` lists before a noun of the headline ("Diese Erinnerungskultur …"; not a pronoun: "He
  // resigned …" under "Minister resigned").
  const second = openers.times?.size || openers.headline?.size ? secondWord(sentence)?.toLowerCase() : undefined;
  if (second && openers.times?.has(second)) return 'none';
  return second && openers.inside?.has(first) && namesItsNoun(second, openers) ? 'none' : 'points';
}

/** Whether the first or the second word is one of `words`, the word after it one of `verbs` (Openers.beforeVerbs). */
function beforeVerb(
  sentence: string,
  first: string,
  words: ReadonlySet<string>,
  verbs: ReadonlySet<string> | undefined,
): boolean {
  const [, second, third] = openingWords(sentence, 3);
  if (words.has(first)) return !!verbs?.has(second ?? '');
  return !!second && words.has(second.toLowerCase()) && !!verbs?.has(third ?? '');
}

/** Whether the sentence opens with one of `clauses` (Openers.clauses): its first word, or its first two ("wie du"). */
function opensClause(sentence: string, first: string, clauses: ReadonlySet<string>): boolean {
  if (clauses.has(first)) return true;
  return CLAUSE_PAIR_FIRSTS.has(first) && clauses.has(`${first} ${secondWord(sentence)?.toLowerCase()}`);
}

/** Whether `opening` (lower case, apostrophes folded) opens with one of `phrases`; `whole`: as whole words. */
function opensWith(opening: string, phrases: readonly string[] | undefined, whole?: boolean): boolean {
  return !!phrases?.some(
    (phrase) => opening.startsWith(phrase) && !(whole && HAS_LETTER.test(opening[phrase.length] ?? '')),
  );
}

/**
 * A short sentence (`words`) that opens with one of `openers` ("And that means …", "Denn …"): it
 * answers a sentence the reader does not see.
 */
export function leansOnSentenceBefore(
  sentence: string,
  words: number,
  openers: ReadonlySet<string> | undefined,
): boolean {
  return leaningOf(sentence, words, { leaning: openers, pointing: undefined }) === 'leans';
}
