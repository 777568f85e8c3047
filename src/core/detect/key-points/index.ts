/**
 * Key points: the few sentences that carry the story, verbatim, in article order, each mapped to
 * its paragraph's element. Sentences of the body's prose (./sentences.ts) that may stand alone
 * (./filters.ts) are ranked by centrality with the lead's weight (./rank.ts); the best ones are
 * taken, none like one taken already.
 */
import type { ContentItem, ParagraphSource } from '../content';
import { runToEnd, type Steps } from '../../steps';
import { countWords } from '../../text';
import type { KeyPoint } from '../../types';
import {
  includedTier,
  isFurnitureSentence,
  isPlainlyExcluded,
  MAX_SENTENCE_CHARS,
  MIN_WORDS_LOOSE,
  type SentenceContext,
  startsLower,
  WORDS_WEIGHED,
  type Tier,
} from './filters';
import {
  centrality,
  cosine,
  headlineRelevance,
  REDUNDANT_SIMILARITY,
  restates,
  stemOf,
  TermIndex,
  termVectorsOf,
} from './rank';
import { normaliseSentence, readSentenceWords, type SentenceWords } from './sentence-words';
import { isPictureCaptionLine } from './caption-line';
import { isContentsEntry } from './contents-entry';
import { withoutDateline } from './dateline';
import { withoutGluedHeadline } from './glued-headline';
import { makeSentenceSplitter, openQuotes, type SentenceSplitter } from './sentences';
import { markedLanguage } from './page-language';
import { type Leaning, leaningOf, type Openers, openersOf } from './weak';

/**
 * Sentences ranked at most: the first this many candidates of the article. The lead-weighted
 * ranking takes its points from the opening (on the 551 corpus pages the last point chosen among
 * all candidates was the 4th at the median, the 22nd at the 95th percentile); beyond it, later
 * sentences only add context to the similarities. On the key-point report (ROUGE against the
 * editors' descriptions) 50 holds every set (readability 0.504/0.199, zyte 0.573/0.295,
 * trafilatura 0.409/0.180; with 150, and the furniture tests asked before the ranking: 0.500/0.194,
 * 0.572/0.296, 0.410/0.180); 40 drops trafilatura to 0.402/0.173. Over the corpus it reads a
 * quarter fewer paragraph characters than 150.
 */
export const MAX_RANKED_SENTENCES = 50;
/**
 * Characters of a paragraph split into sentences: a paragraph can be megabytes long (a page of
 * one unbroken text); this holds a hundred sentences, more than its share of key points.
 */
const MAX_PARAGRAPH_CHARS = 20_000;
/**
 * Work between two pauses of the stepped reading, counted in characters of paragraphs: about a
 * millisecond in Node. Only a page whose sentences are nearly all left out (or met already) reads
 * far: the reading stops at MAX_RANKED_SENTENCES candidates.
 */
const WORK_PER_PAUSE = 20_000;
/** What a paragraph costs besides its characters (its sentence split, its lookups), counted as characters. */
const PARAGRAPH_WORK = 50;
/**
 * The share of its centrality a sentence that opens with a pronoun pointing back keeps ("He had been facing …",
 * ./weak.ts) until the sentence before it is taken: chosen on the key-point report (ROUGE against the editors'
 * descriptions), where 0.25–0.5 hold every set (0.35: readability 0.510/0.203, zyte 0.575/0.295, trafilatura
 * 0.404/0.176; before 0.508/0.203, 0.572/0.294, 0.406/0.177) ...
 */
const POINTING_BACK_WEIGHT = 0.35;
/**
 * ... and one that opens with a connective ("But among participants …"): a longer one often carries the news after
 * its "But"; 0.5 dropped trafilatura to 0.397/0.167 (the zoo's "Denn für die Nashorn-Pagode …" is the
 * description's sentence), 0.65 to 0.402/0.174, 0.8 holds it.
 */
const CONNECTIVE_WEIGHT = 0.8;
/**
 * Key points from one paragraph at the most while other paragraphs have strict ones: a long story's fourth and fifth
 * points come from further on (a review whose four points were its first paragraph's, trafilatura 0166). Chosen on
 * the key-point report (ROUGE against the editors' descriptions, which mostly retell the lead): 3 holds every set
 * (readability 0.504/0.202, zyte 0.575/0.295, trafilatura 0.402/0.174 → 0.401/0.173); 2 drops trafilatura to
 * 0.391/0.169.
 */
const MAX_POINTS_PER_PARAGRAPH = 3;
/** Key points of an article: three (a skim), ... */
const BASE_COUNT = 3;
/** ... one more from this many words ... */
const FOURTH_POINT_WORDS = 1200;
/** ... and one more again from this many (at most five). */
const FIFTH_POINT_WORDS = 2500;

export interface KeyPointInput {
  /** The body's paragraphs (whitespace collapsed) and where each comes from (./content.ts). */
  paragraphs: readonly string[];
  sources: readonly ParagraphSource[];
  lang: string | null;
  title: string;
  byline: string | null;
  wordCount: number;
  /** The article's items (./content.ts): an interview's questions among them are the interviewer's words. */
  items?: readonly ContentItem[];
}

export interface KeyPointsFound {
  keyPoints: KeyPoint[];
  /** The paragraph element of each key point, by its id ("k0", "k1", ...). */
  elementsById: Map<string, Element>;
}

export interface Candidate {
  text: string;
  element: Element | null;
  /** What its paragraph is (./content.ts). */
  kind: ParagraphSource['kind'];
  /** Its words as countWords counts them, up to WORDS_WEIGHED. */
  wordCount: number;
  /** The text's words (./sentence-words.ts), for comparisons and terms. */
  words: SentenceWords;
  /** Strict or loose (./filters.ts): told when the choice first asks (most candidates are never asked). */
  tier?: Tier;
  /**
   * Whether it leans on the sentence before (./weak.ts): a short one ("And that means …") is loose at best, one
   * that points back ("He had been facing …", "But among …") weighs less in the choice (chooseSentences).
   */
  leaning: Leaning;
  /** The candidate before it is the sentence right before it in its paragraph: what it points back to. */
  follows: boolean;
}

/** How many key points an article of this length gets. */
export function keyPointCount(wordCount: number): number {
  return BASE_COUNT + (wordCount >= FOURTH_POINT_WORDS ? 1 : 0) + (wordCount >= FIFTH_POINT_WORDS ? 1 : 0);
}

/**
 * The candidate sentences in article order, each once, at most MAX_RANKED_SENTENCES: the ones the
 * cheap tests of ./filters.ts leave (the furniture tests are asked only of those the choice weighs).
 */
export function keyPointCandidates(input: KeyPointInput): Candidate[] {
  return runToEnd(keyPointCandidateSteps(input));
}

/** keyPointCandidates, pausing after about WORK_PER_PAUSE of work (../../steps.ts). */
function* keyPointCandidateSteps(input: KeyPointInput, terms = new TermIndex()): Steps<Candidate[]> {
  const reader = new CandidateReader(input, terms);
  let untilPause = WORK_PER_PAUSE;
  for (let p = 0; p < input.paragraphs.length && !reader.full; p++) {
    untilPause -= PARAGRAPH_WORK + Math.min(input.paragraphs[p]!.length, MAX_PARAGRAPH_CHARS);
    if (untilPause <= 0) {
      untilPause = WORK_PER_PAUSE;
      yield;
    }
    const [paragraph, source] = [input.paragraphs[p]!, input.sources[p]];
    reader.read(paragraph, source, goesOnNextLine(paragraph, source, input.paragraphs[p + 1], input.sources[p + 1]));
  }
  return reader.found;
}

/** A quotation mark that opens a quotation, opening a paragraph. */
const OPENING_QUOTE = /^["“„«「『]/;

/** A line's last character that leaves its sentence open: a letter, a digit, a comma. */
const OPEN_END = /[\p{L}\p{N},]$/u;

/**
 * Whether the line goes on in the next: both lines of one block, this one ends inside a sentence ("… mit direktem
 * 40A-Anschluss in einem") and the next opens in small letters ("einzigen Modul bis …"; induux 0262).
 */
function goesOnNextLine(
  line: string,
  source: ParagraphSource | undefined,
  next: string | undefined,
  nextSource: ParagraphSource | undefined,
): boolean {
  // The pattern last: asked of the few lines the next line of one block goes on from in small letters.
  return (
    !!next && !!source?.element && nextSource?.element === source.element && startsLower(next) && OPEN_END.test(line)
  );
}

/** The candidates of the paragraphs read so far (kept out of the generator: its loop runs slower). */
class CandidateReader {
  readonly found: Candidate[] = [];
  readonly #seen = new Set<string>();
  readonly #splitter: SentenceSplitter;
  readonly #title: string | null;
  readonly #titleKey: string | null;
  readonly #bylineKey: string | null;
  readonly #terms: TermIndex;
  readonly #openers: Openers;
  /** An interview's questions, their words' keys: the interviewer's words are no key point, the answers' are. */
  readonly #questions: ReadonlySet<string>;

  constructor(input: KeyPointInput, terms: TermIndex) {
    this.#terms = terms;
    this.#questions = new Set(
      (input.items ?? []).flatMap((item) =>
        item.kind === 'heading' && item.question ? [normaliseSentence(item.text)] : [],
      ),
    );
    // The headline's words, for a demonstrative before one of them (./leaning-inside.ts namesItsNoun).
    const headline = input.title ? new Set(readSentenceWords(input.title).words.map(stemOf)) : undefined;
    // A page that declares no language is read in the one its first paragraphs are written in (./page-language.ts).
    this.#openers = { ...openersOf(input.lang || markedLanguage(input.paragraphs)), headline };
    this.#splitter = makeSentenceSplitter(input.lang, input.title || null);
    this.#title = input.title || null;
    this.#titleKey = input.title ? normaliseSentence(input.title) : null;
    this.#bylineKey = input.byline ? normaliseSentence(input.byline) : null;
  }

  get full(): boolean {
    return this.found.length >= MAX_RANKED_SENTENCES;
  }

  /** `goesOn`: the paragraph's last sentence goes on in the next line (a piece, as the next line's start is). */
  read(paragraph: string, source: ParagraphSource | undefined, goesOn = false): void {
    if (!source || source.kind === 'other') return;
    const context: SentenceContext = { kind: source.kind, titleKey: this.#titleKey, bylineKey: this.#bylineKey };
    const cut = paragraph.length > MAX_PARAGRAPH_CHARS;
    // A dateline opens a paragraph (./dateline.ts), or the headline glued before its first sentence
    // (./glued-headline.ts).
    const opening = withoutDateline(cut ? paragraph.slice(0, MAX_PARAGRAPH_CHARS) : paragraph);
    const sentences = this.#splitter.split(withoutGluedHeadline(opening, this.#title));
    // A paragraph read in part ends with a piece of a sentence.
    if (cut) sentences.pop();
    // An interview's question (its topic's background and the question) is still context for the similarities.
    const asked = this.#questions.size > 0 && this.#questions.has(normaliseSentence(paragraph));
    // The index of the paragraph's last sentence taken as a candidate.
    let last = -2;
    // A quotation the paragraph opens with is still open: a speaker's words of several sentences that do not close in
    // the paragraph (the next paragraph goes on with them: "“As Eloise deteriorated, … As the drug kicked in, they …").
    // Only one its first sentence opens with: a straight mark inside a sentence may be an inch's (5.25").
    let quoting = false;
    for (const [index, text] of sentences.entries()) {
      const quoted = quoting;
      if (index === 0) quoting = OPENING_QUOTE.test(text) && openQuotes(text) > 0;
      else if (quoting && openQuotes(text) > 0) quoting = false;
      if (text.length > MAX_SENTENCE_CHARS) continue;
      const wordCount = countWords(text, WORDS_WEIGHED);
      // Too few words: left out (./filters.ts), told before the words are read.
      if (wordCount < MIN_WORDS_LOOSE) continue;
      const words = readSentenceWords(text, this.#terms);
      // A sentence met already is not taken again, whatever else it is; the furniture tests wait for
      // the choice (tierOf): an excluded sentence is still context for the similarities.
      if (this.#seen.has(words.key) || isPlainlyExcluded(text, wordCount, context, words)) continue;
      this.#seen.add(words.key);
      // A sentence inside a quotation the sentence before opened is a speaker's words, the speaker named in a sentence
      // the reader does not see: it leans on it, as a whole quotation without its speaker is loose (./filters.ts).
      const leaning = quoted ? 'leans' : leaningOf(text, wordCount, this.#openers);
      const follows = last === index - 1;
      last = index;
      this.found.push({ text, element: source.element, kind: source.kind, wordCount, words, leaning, follows });
      // A line a hard line break cut (a <br> in a block: a press release's wrapped lines) ends with a piece of a
      // sentence, and so does one that ends with a comma: no key point (the key point is verbatim in the body, where
      // the lines stand apart), still context for the similarities.
      if (asked || (goesOn && index === sentences.length - 1) || text.trimEnd().endsWith(','))
        this.found.at(-1)!.tier = 'excluded';
      if (this.full) return;
    }
  }
}

/** A candidate's tier, told once. */
function tierOf(candidate: Candidate): Tier {
  const { text, words } = candidate;
  // A picture's caption line (./caption-line.ts) is loose, as a <figcaption>'s sentences are (a 'secondary' paragraph).
  candidate.tier ??=
    isFurnitureSentence(text, words.lower) || (candidate.kind === 'item' && isContentsEntry(candidate.element))
      ? 'excluded'
      : candidate.leaning === 'leans' || isPictureCaptionLine(candidate.element)
        ? 'loose'
        : includedTier(text, candidate.wordCount, candidate.kind, words.lower);
  return candidate.tier;
}

/**
 * The indices (in article order) of the `count` best candidates, strict ones first (at most MAX_POINTS_PER_PARAGRAPH
 * of one paragraph while another paragraph's strict ones are left), none like another. A sentence
 * that points back (./weak.ts) weighs POINTING_BACK_WEIGHT of its score, its full score once the sentence right
 * before it is taken (the key points are read in article order: what it points to is the point above it).
 */
export function chooseSentences(
  found: readonly Candidate[],
  count: number,
  terms: TermIndex,
  title?: string,
): number[] {
  // The candidates' term ids were told as their words were read (CandidateReader), with `terms`.
  const vectors = termVectorsOf(
    found.map((candidate) => candidate.words.termIds!),
    terms.size,
  );
  const headline = title ? new Set(terms.termIds(readSentenceWords(title))) : undefined;
  const scores = centrality(vectors, undefined, headline && headlineRelevance(vectors, headline));
  const chosen: number[] = [];
  // Asked of each candidate at most once: taken, or like one taken already, or of another tier.
  const asked = new Uint8Array(found.length);
  const weighed = (index: number): number => {
    const { leaning, follows } = found[index]!;
    if (leaning === 'none' || leaning === 'leans' || (follows && chosen.includes(index - 1))) return scores[index]!;
    return scores[index]! * (leaning === 'points' ? POINTING_BACK_WEIGHT : CONNECTIVE_WEIGHT);
  };
  const crowded = (index: number): boolean => {
    const element = found[index]!.element;
    return !!element && chosen.filter((other) => found[other]!.element === element).length >= MAX_POINTS_PER_PARAGRAPH;
  };
  for (const [tier, spread] of [
    ['strict', true],
    ['strict', false],
    ['loose', false],
  ] as const) {
    asked.fill(0);
    while (chosen.length < count) {
      let best = -1;
      for (let index = 0; index < found.length; index++)
        if (!asked[index] && (best < 0 || weighed(index) > weighed(best))) best = index;
      if (best < 0) break;
      asked[best] = 1;
      if (tierOf(found[best]!) !== tier || (spread && crowded(best))) continue;
      const alike = (other: number): boolean =>
        cosine(vectors[best]!, vectors[other]!) > REDUNDANT_SIMILARITY ||
        restates(vectors[best]!, vectors[other]!) ||
        isContained(found[best]!.words.key, found[other]!.words.key);
      if (!chosen.some(alike)) chosen.push(best);
    }
  }
  return chosen.sort((a, b) => a - b);
}

export function findKeyPoints(input: KeyPointInput): KeyPointsFound {
  return runToEnd(findKeyPointsSteps(input));
}

/**
 * findKeyPoints in steps: it pauses while it reads the paragraphs (the ranking that follows is
 * bounded by MAX_RANKED_SENTENCES). Run to its end without pausing, the same result.
 */
export function* findKeyPointsSteps(input: KeyPointInput): Steps<KeyPointsFound> {
  const terms = new TermIndex();
  const found = yield* keyPointCandidateSteps(input, terms);
  const keyPoints: KeyPoint[] = [];
  const elementsById = new Map<string, Element>();
  for (const index of chooseSentences(found, keyPointCount(input.wordCount), terms, input.title)) {
    const id = `k${keyPoints.length}`;
    keyPoints.push({ text: found[index]!.text, id });
    const element = found[index]!.element;
    if (element) elementsById.set(id, element);
  }
  return { keyPoints, elementsById };
}

/** One sentence inside the other (a repeated lead, a pull quote), compared as words: the same point. */
function isContained(x: string, y: string): boolean {
  return x.includes(y) || y.includes(x);
}
