/**
 * Sentence centrality (LexRank, Erkan & Radev 2004): sentences are nodes, the cosine similarity
 * of their term vectors weighs the edges, and a sentence that many others resemble carries the
 * story. The random walk restarts at the article's opening more often than at its end (a
 * position prior, as in position-biased PageRank): in news the lead says most of the story.
 *
 * Terms are language-neutral: words lower-cased and cut to their first letters (a crude stem that
 * works across European languages), character pairs in scripts written without spaces (Chinese,
 * Japanese, Thai...), a small list of function words left out, and each term weighed by how few of
 * the article's own sentences hold it (inverse sentence frequency), so that the frequent words of
 * any language weigh little.
 */
import stopwords from '../vocabulary/stopwords.json';
import { readSentenceWords, type SentenceWords } from './sentence-words';

const STOPWORDS = new Set(stopwords.words);
/** Letters a word is cut to: "government" and "governments" are one term, as are "Regierung" and "Regierungen". */
const STEM_CHARS = 6;
/** Scripts written without spaces between words: their terms are pairs of characters. */
const UNSPACED_SCRIPTS = [
  'Han', // Chinese, Japanese kanji
  'Hiragana',
  'Katakana',
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
];
const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS.map((script) => `\\p{Script=${script}}`).join('')}]`, 'u');

/**
 * The share of the walk that follows similarity; the rest restarts by the position prior. With
 * the prior below, half and half: chosen on the zyte set's editor-written descriptions among
 * 0.3–0.85 (more similarity drifts to long asides, less is lead-3), checked on trafilatura's.
 */
const DAMPING = 0.5;
/**
 * The position prior: a sentence's restart weight is 1 / (1 + index / LEAD_SCALE)^LEAD_EXPONENT
 * (Zipf-like: 1, 1/2, 1/3…).
 */
const LEAD_SCALE = 1;
const LEAD_EXPONENT = 1;
/** The walk stops when no score moves by more than this (scores sum to 1; the choice is by their order) ... */
const CONVERGENCE = 1e-6;
/** ... or after this many steps (with half the walk restarting, it converges in about 20). */
const MAX_STEPS = 50;
/** Two sentences more similar than this (cosine) say the same thing: the second is not taken. */
export const REDUNDANT_SIMILARITY = 0.5;

/**
 * A sentence's unit-length tf·isf vector: its terms as numbers (ids into the article's terms, so
 * that no term string is hashed twice) in the order first met in the sentence, and their weights.
 */
export interface TermVector {
  ids: number[];
  weights: number[];
}

/**
 * The article's terms, numbered in the order first met, and the terms of each word: a word that
 * recurs (most do) is lower-cased, filtered and cut once per article, not at every occurrence.
 */
export class TermIndex {
  private readonly idOfTerm = new Map<string, number>();
  /** Per word: its term's id, -1 when it has none (a function word), or several (a run of an unspaced script). */
  private readonly termsOfWord = new Map<string, number | number[]>();

  /** How many distinct terms were met. */
  get size(): number {
    return this.idOfTerm.size;
  }

  /** The term ids of a sentence's words, with repeats, in order. */
  termIds({ words, ascii }: SentenceWords): number[] {
    const out: number[] = [];
    for (const word of words) {
      let ids = this.termsOfWord.get(word);
      if (ids === undefined) {
        ids = this.readWord(word, ascii);
        this.termsOfWord.set(word, ids);
      }
      if (typeof ids !== 'number') out.push(...ids);
      else if (ids >= 0) out.push(ids);
    }
    return out;
  }

  /** A word's terms: pairs of characters in unspaced scripts, else the word cut to STEM_CHARS unless it says little. */
  private readWord(word: string, asciiSentence: boolean): number | number[] {
    if (!asciiSentence && UNSPACED.test(word)) {
      if (word.length === 1) return [this.idOf(word)];
      const ids: number[] = [];
      for (let i = 0; i + 1 < word.length; i++) ids.push(this.idOf(word.slice(i, i + 2)));
      return ids;
    }
    if (STOPWORDS.has(word) || (word.length === 1 && !(word >= '0' && word <= '9'))) return -1;
    return this.idOf(word.slice(0, STEM_CHARS));
  }

  private idOf(term: string): number {
    let id = this.idOfTerm.get(term);
    if (id === undefined) {
      id = this.idOfTerm.size;
      this.idOfTerm.set(term, id);
    }
    return id;
  }
}

/** Unit-length tf·isf vectors of the sentences (isf: inverse sentence frequency within the article). */
export function termVectors(sentences: readonly string[]): TermVector[] {
  const index = new TermIndex();
  const idLists = sentences.map((sentence) => index.termIds(readSentenceWords(sentence)));
  return termVectorsOf(idLists, index.size);
}

/** termVectors of sentences given by their term ids (TermIndex), `termCount` terms in all. */
export function termVectorsOf(idLists: readonly (readonly number[])[], termCount: number): TermVector[] {
  // Per term: how many sentences hold it, the last sentence met with it and its place in that one.
  const frequency = new Int32Array(termCount);
  const lastSentence = new Int32Array(termCount).fill(-1);
  const slot = new Int32Array(termCount);
  const counted = idLists.map((list, sentence) => {
    const ids: number[] = [];
    const counts: number[] = [];
    for (const id of list) {
      if (lastSentence[id] === sentence) {
        counts[slot[id]!]!++;
        continue;
      }
      lastSentence[id] = sentence;
      slot[id] = ids.length;
      ids.push(id);
      counts.push(1);
      frequency[id]!++;
    }
    return { ids, counts };
  });
  const n = idLists.length;
  return counted.map(({ ids, counts }) => {
    const vector: TermVector = { ids: [], weights: [] };
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const weight = counts[k]! * Math.log((n + 1) / frequency[ids[k]!]!);
      if (weight <= 0) continue;
      vector.ids.push(ids[k]!);
      vector.weights.push(weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < vector.weights.length; k++) vector.weights[k]! /= norm;
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  let sum = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const at = large.ids.indexOf(small.ids[k]!);
    if (at >= 0) sum += small.weights[k]! * large.weights[at]!;
  }
  return sum;
}

/**
 * The similarity graph, row by row: sentence i shares terms with the sentences
 * `targets[starts[i]] … targets[starts[i + 1] - 1]`, with the cosines in `weights`; `rowSums[i]` adds
 * up its row.
 */
interface Graph {
  starts: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  rowSums: Float64Array;
}

/**
 * Pairwise similarities through an index of the sentences each term is in (most pairs share no
 * term), one row at a time: row a adds up, term by term in the order of the term ids, the products
 * of its weight and each other holder's, and lists those holders in the order first met. (Summed in
 * that order, every similarity and row sum is the same number, to the last bit, as when all pairs
 * are added into one n × n table; one row of scratch space is enough.)
 */
function similarityGraph(vectors: readonly TermVector[]): Graph {
  const n = vectors.length;
  const holders = termHolders(vectors);
  const starts = new Int32Array(n + 1);
  const rowSums = new Float64Array(n);
  const row = new Float64Array(n);
  const targets: number[] = [];
  const weights: number[] = [];
  const neighbours: number[] = [];
  for (let a = 0; a < n; a++) {
    const { ids, weights: own } = byTermId(vectors[a]!);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const weight = own[k]!;
      for (let h = holders.starts[id]!; h < holders.starts[id + 1]!; h++) {
        const b = holders.sentences[h]!;
        if (b === a) continue;
        if (row[b] === 0) neighbours.push(b);
        row[b]! += weight * holders.weights[h]!;
      }
    }
    let sum = 0;
    for (const b of neighbours) {
      targets.push(b);
      weights.push(row[b]!);
      sum += row[b]!;
      row[b] = 0;
    }
    rowSums[a] = sum;
    starts[a + 1] = targets.length;
    neighbours.length = 0;
  }
  return { starts, targets: Int32Array.from(targets), weights: Float64Array.from(weights), rowSums };
}

/** Per term id: the sentences that hold it, in order, and its weight in each (flat, by term). */
function termHolders(vectors: readonly TermVector[]): {
  starts: Int32Array;
  sentences: Int32Array;
  weights: Float64Array;
} {
  let terms = 0;
  let entries = 0;
  for (const vector of vectors) {
    for (const id of vector.ids) if (id >= terms) terms = id + 1;
    entries += vector.ids.length;
  }
  const starts = new Int32Array(terms + 1);
  for (const vector of vectors) for (const id of vector.ids) starts[id + 1]!++;
  for (let id = 0; id < terms; id++) starts[id + 1]! += starts[id]!;
  const next = starts.slice(0, terms);
  const sentences = new Int32Array(entries);
  const weights = new Float64Array(entries);
  vectors.forEach((vector, index) => {
    for (let k = 0; k < vector.ids.length; k++) {
      const at = next[vector.ids[k]!]!++;
      sentences[at] = index;
      weights[at] = vector.weights[k]!;
    }
  });
  return { starts, sentences, weights };
}

/** A vector's terms and weights in the order of the term ids. */
function byTermId(vector: TermVector): TermVector {
  const order = vector.ids.map((_, k) => k).sort((x, y) => vector.ids[x]! - vector.ids[y]!);
  return { ids: order.map((k) => vector.ids[k]!), weights: order.map((k) => vector.weights[k]!) };
}

/** The walk's settings (the defaults above; other values for tuning and tests). */
export interface WalkSettings {
  damping: number;
  leadScale: number;
  leadExponent: number;
}

const DEFAULT_WALK: WalkSettings = { damping: DAMPING, leadScale: LEAD_SCALE, leadExponent: LEAD_EXPONENT };

/** The position prior: restart weights (summing to 1) that fall with the sentence's place in the article. */
function positionPrior(n: number, walk: WalkSettings): Float64Array {
  const prior = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += prior[i] = 1 / (1 + i / walk.leadScale) ** walk.leadExponent;
  for (let i = 0; i < n; i++) prior[i]! /= total;
  return prior;
}

/** Centrality scores of the sentences (summing to 1), in their order. */
export function centrality(vectors: readonly TermVector[], walk: WalkSettings = DEFAULT_WALK): Float64Array {
  const n = vectors.length;
  const { starts, targets, weights, rowSums } = similarityGraph(vectors);
  const prior = positionPrior(n, walk);
  const damping = walk.damping;
  let scores = Float64Array.from(prior);
  let next = new Float64Array(n);
  for (let step = 0; step < MAX_STEPS; step++) {
    next.fill(0);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const share = scores[i]!;
      if (rowSums[i] === 0) {
        dangling += share;
        continue;
      }
      const scale = (damping * share) / rowSums[i]!;
      for (let edge = starts[i]!; edge < starts[i + 1]!; edge++) next[targets[edge]!]! += scale * weights[edge]!;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) {
      next[i]! += (1 - damping + damping * dangling) * prior[i]!;
      moved = Math.max(moved, Math.abs(next[i]! - scores[i]!));
    }
    const previous = scores;
    scores = next;
    next = previous;
    if (moved < CONVERGENCE) break;
  }
  return scores;
}
