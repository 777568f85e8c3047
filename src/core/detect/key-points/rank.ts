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

const STOPWORDS = new Set(stopwords.words);
/** Letters a word is cut to: "government" and "governments" are one term, as are "Regierung" and "Regierungen". */
const STEM_CHARS = 6;
const WORD = /[\p{L}\p{N}]+/gu;
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

export type TermVector = Map<string, number>;

/** Only ASCII characters: then words are [a-z0-9] runs once lower-cased, and none is of an unspaced script. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/** The terms of a sentence, with repeats. */
export function terms(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) {
    ASCII_WORD.lastIndex = 0;
    for (let match = ASCII_WORD.exec(lower); match; match = ASCII_WORD.exec(lower)) {
      const word = match[0];
      if (!STOPWORDS.has(word) && (word.length > 1 || (word >= '0' && word <= '9')))
        out.push(word.slice(0, STEM_CHARS));
    }
    return out;
  }
  for (const [word] of lower.matchAll(WORD)) {
    if (UNSPACED.test(word)) {
      if (word.length === 1) out.push(word);
      for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
    } else if (!STOPWORDS.has(word) && (word.length > 1 || /\d/.test(word))) {
      out.push(word.slice(0, STEM_CHARS));
    }
  }
  return out;
}

/** Unit-length tf·isf vectors of the sentences (isf: inverse sentence frequency within the article). */
export function termVectors(sentences: readonly string[]): TermVector[] {
  const counts = sentences.map((sentence) => {
    const tf = new Map<string, number>();
    for (const term of terms(sentence)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const frequency = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const n = sentences.length;
  return counts.map((tf) => {
    const vector: TermVector = new Map();
    let norm = 0;
    for (const [term, count] of tf) {
      const weight = count * Math.log((n + 1) / frequency.get(term)!);
      if (weight <= 0) continue;
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** The similarity graph: for each sentence, the others it shares terms with and the cosine of each pair. */
interface Graph {
  neighbours: number[][];
  weights: number[][];
}

/** Pairwise similarities through an index of the sentences each term is in (most pairs share no term). */
function similarityGraph(vectors: readonly TermVector[]): Graph {
  const n = vectors.length;
  const postings = new Map<string, { index: number; weight: number }[]>();
  vectors.forEach((vector, index) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (list) list.push({ index, weight });
      else postings.set(term, [{ index, weight }]);
    }
  });
  // A dense n × n table (n is at most a few hundred) with each row's neighbours in the order first
  // met, which is the order the sums below add them in.
  const table = new Float64Array(n * n);
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      const a = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const b = list[y]!;
        const product = a.weight * b.weight;
        const ab = a.index * n + b.index;
        const ba = b.index * n + a.index;
        if (table[ab] === 0) neighbours[a.index]!.push(b.index);
        if (table[ba] === 0) neighbours[b.index]!.push(a.index);
        table[ab]! += product;
        table[ba]! += product;
      }
    }
  }
  const weights = neighbours.map((row, index) => row.map((other) => table[index * n + other]!));
  return { neighbours, weights };
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
  const { neighbours, weights } = similarityGraph(vectors);
  const prior = positionPrior(n, walk);
  const damping = walk.damping;
  const rowSums = weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  let scores = Float64Array.from(prior);
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const share = scores[i]!;
      if (rowSums[i] === 0) {
        dangling += share;
        continue;
      }
      const scale = (damping * share) / rowSums[i]!;
      const row = neighbours[i]!;
      const rowWeights = weights[i]!;
      for (let k = 0; k < row.length; k++) next[row[k]!]! += scale * rowWeights[k]!;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) {
      next[i]! += (1 - damping + damping * dangling) * prior[i]!;
      moved = Math.max(moved, Math.abs(next[i]! - scores[i]!));
    }
    scores = next;
    if (moved < CONVERGENCE) break;
  }
  return scores;
}
