/**
 * Key points: the few sentences that carry the story, verbatim, in article order, each mapped to
 * its paragraph's element. Sentences of the body's prose (./sentences.ts) that may stand alone
 * (./filters.ts) are ranked by centrality with the lead's weight (./rank.ts); the best ones are
 * taken, none like one taken already.
 */
import type { ParagraphSource } from '../content';
import { countWords } from '../../text';
import type { KeyPoint } from '../../types';
import { MAX_SENTENCE_CHARS, normaliseSentence, type SentenceContext, sentenceTier, type Tier } from './filters';
import { centrality, cosine, REDUNDANT_SIMILARITY, termVectors, type WalkSettings } from './rank';
import { makeSentenceSplitter } from './sentences';

/**
 * Sentences ranked at most. The similarity graph grows with the square of the sentences; 300
 * (45,000 pairs, a few milliseconds) covers the whole of nearly every article, and on the longest
 * ones (a book chapter, a Wikipedia page) the lead-weighted ranking takes its points from the
 * first 300 sentences anyway.
 */
export const MAX_RANKED_SENTENCES = 150;
/**
 * Characters of a paragraph split into sentences: a paragraph can be megabytes long (a page of
 * one unbroken text); this holds a hundred sentences, more than its share of key points.
 */
const MAX_PARAGRAPH_CHARS = 20_000;
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
}

export interface KeyPointsFound {
  keyPoints: KeyPoint[];
  /** The paragraph element of each key point, by its id ("k0", "k1", ...). */
  elementsById: Map<string, Element>;
}

export interface Candidate {
  text: string;
  tier: Exclude<Tier, 'excluded'>;
  element: Element | null;
  /** The text as words only (normaliseSentence), for comparisons. */
  key?: string;
}

/** How many key points an article of this length gets. */
export function keyPointCount(wordCount: number): number {
  return BASE_COUNT + (wordCount >= FOURTH_POINT_WORDS ? 1 : 0) + (wordCount >= FIFTH_POINT_WORDS ? 1 : 0);
}

/** The candidate sentences in article order, each once, at most MAX_RANKED_SENTENCES. */
export function keyPointCandidates(input: KeyPointInput): Candidate[] {
  const splitter = makeSentenceSplitter(input.lang);
  const seen = new Set<string>();
  const found: Candidate[] = [];
  const titleKey = normaliseSentence(input.title);
  const bylineKey = input.byline ? normaliseSentence(input.byline) : null;
  for (let p = 0; p < input.paragraphs.length && found.length < MAX_RANKED_SENTENCES; p++) {
    const source = input.sources[p];
    if (!source || source.kind === 'other') continue;
    const paragraph = input.paragraphs[p]!;
    const sentences = splitter.split(
      paragraph.length > MAX_PARAGRAPH_CHARS ? paragraph.slice(0, MAX_PARAGRAPH_CHARS) : paragraph,
    );
    // A paragraph read in part ends with a piece of a sentence.
    if (paragraph.length > MAX_PARAGRAPH_CHARS) sentences.pop();
    for (const text of sentences) {
      if (text.length > MAX_SENTENCE_CHARS) continue;
      const key = normaliseSentence(text);
      const { title, byline } = input;
      const context: SentenceContext = { title, byline, kind: source.kind, titleKey, bylineKey };
      const tier = sentenceTier(text, countWords(text), context, key);
      if (tier === 'excluded' || seen.has(key)) continue;
      seen.add(key);
      found.push({ text, tier, element: source.element, key });
      if (found.length >= MAX_RANKED_SENTENCES) break;
    }
  }
  return found;
}

/** The indices (in article order) of the `count` best candidates, strict ones first, none like another. */
export function chooseSentences(found: readonly Candidate[], count: number, walk?: WalkSettings): number[] {
  const vectors = termVectors(found.map((candidate) => candidate.text));
  const scores = centrality(vectors, walk);
  const byScore = found.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  for (const tier of ['strict', 'loose'] as const) {
    for (const index of byScore) {
      if (chosen.length >= count) break;
      if (found[index]!.tier !== tier) continue;
      const alike = (other: number): boolean =>
        cosine(vectors[index]!, vectors[other]!) > REDUNDANT_SIMILARITY ||
        isContained(keyOf(found[index]!), keyOf(found[other]!));
      if (!chosen.some(alike)) chosen.push(index);
    }
  }
  return chosen.sort((a, b) => a - b);
}

export function findKeyPoints(input: KeyPointInput): KeyPointsFound {
  const found = keyPointCandidates(input);
  const keyPoints: KeyPoint[] = [];
  const elementsById = new Map<string, Element>();
  for (const index of chooseSentences(found, keyPointCount(input.wordCount))) {
    const id = `k${keyPoints.length}`;
    keyPoints.push({ text: found[index]!.text, id });
    const element = found[index]!.element;
    if (element) elementsById.set(id, element);
  }
  return { keyPoints, elementsById };
}

function keyOf(candidate: Candidate): string {
  candidate.key ??= normaliseSentence(candidate.text);
  return candidate.key;
}

/** One sentence inside the other (a repeated lead, a pull quote), compared as words: the same point. */
function isContained(x: string, y: string): boolean {
  return x.includes(y) || y.includes(x);
}
