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
import { FUNCTION_WORDS } from '../vocabulary/function-words';
import { readSentenceWords, type SentenceWords } from './sentence-words';

/** Letters a word is cut to: "government" and "governments" are one term, as are "Regierung" and "Regierungen". */
const STEM_CHARS = 6;

/** A word's term outside scripts written without spaces: its first STEM_CHARS letters (the crude stem above). */
export const stemOf = (word: string): string => word.slice(0, STEM_CHARS);
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
 * The position prior: a sentence's restart weight is 1 / (1 + index / LEAD_SCALE) (Zipf-like: 1,
 * 1/2, 1/3…).
 */
const LEAD_SCALE = 1;
/**
 * The share of the restart that goes to the sentences that hold the headline's terms, by their weights of them (a
 * topic-biased walk, as in biased LexRank): a feature's opening anecdote shares few of them, the sentence that says
 * what the story is about shares more ("Cells That 'Taste' Danger …": "Researchers around the world are tracing the
 * ancient evolutionary roots that olfactory and taste receptors … share with the immune system", zyte bdb56ac8).
 * Chosen on the key-point report's design pages among 0.15–0.4 (ROUGE against the editors' descriptions holds there,
 * 0.439/0.193 → 0.439/0.194, and rises on the held-out ones, 0.468/0.217 → 0.475/0.221); 0.4 dropped the held-out
 * pages to 0.459/0.210 (points drift from the lead).
 */
const HEADLINE_SHARE = 0.15;
/**
 * The walk stops when no score moves by more than this (scores sum to 1; the choice is by their
 * order): on the 551 corpus pages 1e-4 chooses what 1e-6 does and 1e-3 changes two; ten times below
 * the loosest that changed nothing, each tenfold saving about three of its steps ...
 */
const CONVERGENCE = 1e-5;
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
  readonly #idOfTerm = new Map<string, number>();
  /** Per word: its term's id, -1 when it has none (a function word), or several (a run of an unspaced script). */
  readonly #termsOfWord = new Map<string, number | number[]>();

  /** How many distinct terms were met. */
  get size(): number {
    return this.#idOfTerm.size;
  }

  /** The term ids of a sentence's words, with repeats, in order. */
  termIds({ words, ascii }: SentenceWords): number[] {
    const out: number[] = [];
    for (const word of words) this.addWord(word, ascii, out);
    return out;
  }

  /** Adds a word's term ids to `out` (`ascii`: false when the word may hold a character outside ASCII). */
  addWord(word: string, ascii: boolean, out: number[]): void {
    let ids = this.#termsOfWord.get(word);
    if (ids === undefined) {
      ids = this.#readWord(word, ascii);
      this.#termsOfWord.set(word, ids);
    }
    if (typeof ids !== 'number') out.push(...ids);
    else if (ids >= 0) out.push(ids);
  }

  /** A word's terms: pairs of characters in unspaced scripts, else the word cut to STEM_CHARS unless it says little. */
  #readWord(word: string, asciiSentence: boolean): number | number[] {
    if (!asciiSentence && UNSPACED.test(word)) {
      if (word.length === 1) return [this.#idOf(word)];
      const ids: number[] = [];
      for (let i = 0; i + 1 < word.length; i++) ids.push(this.#idOf(word.slice(i, i + 2)));
      return ids;
    }
    if (FUNCTION_WORDS.has(word) || (word.length === 1 && !(word >= '0' && word <= '9'))) return -1;
    return this.#idOf(stemOf(word));
  }

  #idOf(term: string): number {
    let id = this.#idOfTerm.get(term);
    if (id === undefined) {
      id = this.#idOfTerm.size;
      this.#idOfTerm.set(term, id);
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

/**
 * A sentence whose terms another sentence holds, this many of them, says that sentence's point again with words added
 * ("BirdLife Schweiz hat den Steinkauz zum Vogel des Jahres 2021 gekürt." and "BirdLife Schweiz hat den Steinkauz nun
 * zum Vogel des Jahres 2021 gekürt, auch um aufzuzeigen, …", trafilatura 0561): their cosine stays low, the longer
 * one's added terms weigh it down.
 */
const RESTATED_TERM_SHARE = 0.8;

/** Whether the sentence of fewer terms restates the other (RESTATED_TERM_SHARE of its terms are the other's). */
export function restates(a: TermVector, b: TermVector): boolean {
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  let shared = 0;
  for (const id of small.ids) if (large.ids.includes(id)) shared++;
  return small.ids.length > 0 && shared >= small.ids.length * RESTATED_TERM_SHARE;
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
 * The sentences' shared terms as one flat table (compressed rows): sentence i holds the terms
 * `ids[starts[i]] … ids[starts[i + 1] - 1]` with its weights of them in `weights`; `terms` is one
 * more than the largest id. Only terms that two sentences or more hold: a term of one sentence
 * links it to no other (it adds exactly 0 to every sum of the walk), and about half the terms of an
 * article are such.
 */
interface TermTable {
  starts: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  terms: number;
}

function sharedTermTable(vectors: readonly TermVector[]): TermTable {
  let terms = 0;
  for (const vector of vectors) for (const id of vector.ids) if (id >= terms) terms = id + 1;
  const holders = new Int32Array(terms);
  for (const vector of vectors) for (const id of vector.ids) holders[id]!++;
  const starts = new Int32Array(vectors.length + 1);
  vectors.forEach((vector, i) => {
    let shared = 0;
    for (const id of vector.ids) if (holders[id]! > 1) shared++;
    starts[i + 1] = starts[i]! + shared;
  });
  const ids = new Int32Array(starts[vectors.length]!);
  const weights = new Float64Array(ids.length);
  vectors.forEach((vector, i) => {
    let at = starts[i]!;
    for (let k = 0; k < vector.ids.length; k++) {
      if (holders[vector.ids[k]!]! < 2) continue;
      ids[at] = vector.ids[k]!;
      weights[at++] = vector.weights[k]!;
    }
  });
  return { starts, ids, weights, terms };
}

/**
 * The similarity of each sentence to all the others together (its row sum in the graph of cosines):
 * Σ over its terms of its weight times the other sentences' weights of that term. 0 for a sentence
 * that shares no term (the walk restarts from it).
 */
function similaritySums({ starts, ids, weights, terms }: TermTable): Float64Array {
  const n = starts.length - 1;
  // Per term: its weights added over the sentences.
  const column = new Float64Array(terms);
  for (let k = 0; k < ids.length; k++) column[ids[k]!]! += weights[k]!;
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = starts[i]!; k < starts[i + 1]!; k++) sum += weights[k]! * (column[ids[k]!]! - weights[k]!);
    sums[i] = sum;
  }
  return sums;
}

/** The walk's settings (the defaults above; other values for tuning and tests). */
export interface WalkSettings {
  damping: number;
  leadScale: number;
}

const DEFAULT_WALK: WalkSettings = { damping: DAMPING, leadScale: LEAD_SCALE };

/**
 * The restart weights (summing to 1): the position prior, falling with the sentence's place in the article, and
 * HEADLINE_SHARE of them by `relevance` (headlineRelevance) when given.
 */
function positionPrior(n: number, walk: WalkSettings, relevance?: Float64Array): Float64Array {
  const prior = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += prior[i] = 1 / (1 + i / walk.leadScale);
  // Without a headline, or one whose terms no sentence holds, the position alone.
  let relevant = 0;
  for (let i = 0; relevance && i < n; i++) relevant += relevance[i]!;
  const share = relevant > 0 ? HEADLINE_SHARE : 0;
  for (let i = 0; i < n; i++)
    prior[i] = ((1 - share) * prior[i]!) / total + (share && (share * relevance![i]!) / relevant);
  return prior;
}

/** Per sentence, its weights of the headline's terms (ids) added: 0 for a sentence that shares none. */
export function headlineRelevance(vectors: readonly TermVector[], headline: ReadonlySet<number>): Float64Array {
  const relevance = new Float64Array(vectors.length);
  vectors.forEach((vector, i) => {
    for (let k = 0; k < vector.ids.length; k++) if (headline.has(vector.ids[k]!)) relevance[i]! += vector.weights[k]!;
  });
  return relevance;
}

/**
 * Centrality scores of the sentences (summing to 1), in their order. The graph of cosines is never
 * built: its weights are products of the unit vectors (W = V·Vᵀ without the diagonal), so a step of
 * the walk, W·u for the scores u each sentence hands on, is Vᵀ·u (per term: what its holders hand
 * on) and then V of that, less each sentence's own share: twice the sentences' terms instead of
 * the pairs that share a term (most pairs of a long article share one). `relevance`: per sentence, how much it holds
 * of the headline (headlineRelevance), for the restart.
 */
export function centrality(
  vectors: readonly TermVector[],
  walk: WalkSettings = DEFAULT_WALK,
  relevance?: Float64Array,
): Float64Array {
  const n = vectors.length;
  const table = sharedTermTable(vectors);
  const { starts, ids, weights } = table;
  const rowSums = similaritySums(table);
  const prior = positionPrior(n, walk, relevance);
  const damping = walk.damping;
  let scores = Float64Array.from(prior);
  let next = new Float64Array(n);
  // Per sentence, the share of its score it hands on per unit of similarity; per term, what its holders hand on.
  const handed = new Float64Array(n);
  const byTerm = new Float64Array(table.terms);
  for (let step = 0; step < MAX_STEPS; step++) {
    byTerm.fill(0);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (rowSums[i] === 0) {
        dangling += scores[i]!;
        handed[i] = 0;
        continue;
      }
      const share = (damping * scores[i]!) / rowSums[i]!;
      handed[i] = share;
      for (let k = starts[i]!; k < starts[i + 1]!; k++) byTerm[ids[k]!]! += share * weights[k]!;
    }
    const restart = 1 - damping + damping * dangling;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let received = 0;
      if (rowSums[i] !== 0) {
        const own = handed[i]!;
        for (let k = starts[i]!; k < starts[i + 1]!; k++)
          received += weights[k]! * (byTerm[ids[k]!]! - own * weights[k]!);
      }
      next[i] = received + restart * prior[i]!;
      moved = Math.max(moved, Math.abs(next[i]! - scores[i]!));
    }
    const previous = scores;
    scores = next;
    next = previous;
    if (moved < CONVERGENCE) break;
  }
  return scores;
}
