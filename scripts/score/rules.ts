/**
 * The corpus scoring rules, the same as the corpus's own scorer (score-outline.mjs beside the
 * corpus; the rules are in docs/outline-format.md): title accuracy with a " - Site" suffix
 * forgiven, heading and bullet F1 over texts, the Zyte body rule (4-token shingles), trafilatura's
 * text segments, related-story recall and precision over normalised URLs. Used by the in-repo
 * corpus test (tests/corpus) and by `npm run score` (scripts/score/run.ts). No I/O here.
 */

export interface Expected {
  dataset?: string;
  url?: string | null;
  title?: string | null;
  lang?: string | null;
  dir?: string | null;
  headings?: { level: number; text: string }[] | null;
  bullets?: string[] | null;
  body?: string | null;
  segments?: { with: string[]; without: string[] } | null;
  related?: { expected: { url: string; title?: string }[]; allowed?: string[] } | null;
}

interface OutputSection {
  level: number;
  text: string;
  bullets?: (string | { text: string })[];
  children?: OutputSection[];
}

/** The part of an `outline` JSON object the rules read. */
export interface Output {
  found?: boolean;
  title?: string;
  outline?: OutputSection[];
  body?: string;
  related?: { url: string }[];
}

export type Metric =
  | 'found'
  | 'title'
  | 'headings'
  | 'bullets'
  | 'body'
  | 'segments'
  | 'related_r'
  | 'related_p'
  | 'headings_p'
  | 'headings_r'
  | 'bullets_p'
  | 'bullets_r'
  | 'body_p'
  | 'body_r'
  | 'segments_p'
  | 'segments_r';

export type Summary = Partial<Record<Metric, number | null>> & { pages: number };

/** Forgiven in query strings when URLs are compared (tracking parameters). */
const TRACKING_PARAMETER = /^(utm_|fbclid|gclid|ref$|cmpid)/i;
/** A site suffix on a title: " - Site", " | Site", … of at most 60 characters. */
const TITLE_SUFFIX = /\s+[-|–—:·•]\s+[^-|–—:·•]{1,60}$/;
/** Texts at least this long match when one starts with the other's first 60 characters. */
const LONG_TEXT = 40;
const LONG_TEXT_PREFIX = 60;
/** Tokens per shingle in the Zyte body rule. */
const SHINGLE = 4;

export const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export function normUrl(url: string): string | null {
  try {
    const x = new URL(url);
    x.hash = '';
    for (const key of [...x.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) x.searchParams.delete(key);
    x.hostname = x.hostname.toLowerCase().replace(/^www\./, '');
    return x
      .toString()
      .replace(/^https?:/, '')
      .replace(/\/$/, '');
  } catch {
    return null;
  }
}

const stripSuffix = (title: unknown): string => norm(title).replace(TITLE_SUFFIX, '');

export const sameTitle = (got: unknown, want: unknown): boolean =>
  norm(got) === norm(want) || stripSuffix(got) === norm(want) || norm(got) === stripSuffix(want);

function flatten(outline: readonly OutputSection[] | undefined, headings: string[], bullets: string[]): void {
  for (const node of outline ?? []) {
    if (node.text && node.level >= 1) headings.push(node.text);
    for (const bullet of node.bullets ?? []) bullets.push(typeof bullet === 'string' ? bullet : bullet.text);
    flatten(node.children, headings, bullets);
  }
}

/** Greedy multiset matching: each predicted text takes the first unused gold text it equals. */
function matchCount(pred: string[], gold: string[], same: (a: string, b: string) => boolean): number {
  const used = new Array<boolean>(gold.length).fill(false);
  let tp = 0;
  for (const p of pred) {
    const j = gold.findIndex((g, k) => !used[k] && same(p, g));
    if (j >= 0) {
      used[j] = true;
      tp++;
    }
  }
  return tp;
}

const sameText = (a: string, b: string): boolean =>
  a === b ||
  (a.length >= LONG_TEXT &&
    b.length >= LONG_TEXT &&
    (a.startsWith(b.slice(0, LONG_TEXT_PREFIX)) || b.startsWith(a.slice(0, LONG_TEXT_PREFIX))));

const WORD = /[\p{L}\p{N}_]+/gu;

function shingles(text: unknown): Map<string, number> {
  const tokens = String(text ?? '').match(WORD) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - (SHINGLE - 1));
  for (let i = 0; i < last && tokens.length; i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface BodyScore {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f: number;
}

/** The Zyte body rule for one page: tp, fp, fn over 4-token shingles, scaled to sum 1; P, R, F1. */
export function bodyScore(pred: string, gold: string): BodyScore {
  const truth = shingles(gold);
  const predicted = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...predicted.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = predicted.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const p = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const r = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const f1 = (tp: number, predicted: number, gold: number) => {
  const p = predicted ? tp / predicted : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const harmonic = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const mean = (values: number[]): number | null =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
const ws = (s: unknown): string =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** Trafilatura's segment rule for one page: segments kept (tp), missed (fn), boilerplate kept (fp). */
export function segmentCounts(
  body: unknown,
  segments: { with: string[]; without: string[] },
): { tp: number; fn: number; fp: number } {
  const text = ws(body);
  const tp = segments.with.filter((w) => text.includes(ws(w))).length;
  const fp = segments.without.filter((w) => text.includes(ws(w))).length;
  return { tp, fn: segments.with.length - tp, fp };
}

/** One page's figures, for reports (the same rows as the corpus scorer prints). */
export type PageRow = Record<string, string | number | boolean>;

/** Scores outputs against their expected.json, as the corpus scorer does over one run. */
export function score(pages: readonly { expected: Expected; output: Output }[]): { summary: Summary; rows: PageRow[] } {
  let found = 0;
  const title = [0, 0];
  const h = [0, 0, 0];
  const b = [0, 0, 0];
  const rel = [0, 0, 0, 0];
  const seg = [0, 0, 0];
  const body: BodyScore[] = [];
  const rows: PageRow[] = [];
  for (const { expected: exp, output: out } of pages) {
    const row: PageRow = {};
    if (out.found !== false) found++;
    if (exp.title) {
      const ok = sameTitle(out.title, exp.title);
      title[0]! += ok ? 1 : 0;
      title[1]!++;
      row.title = ok;
    }
    const heads: string[] = [];
    const bullets: string[] = [];
    flatten(out.outline, heads, bullets);
    const titleN = norm(exp.title ?? out.title);
    if (Array.isArray(exp.headings)) {
      const gold = exp.headings.map((x) => norm(x.text)).filter((t) => t && t !== titleN);
      const pred = heads.map(norm).filter((t) => t && t !== titleN);
      const tp = matchCount(pred, gold, (x, y) => x === y);
      h[0]! += tp;
      h[1]! += pred.length;
      h[2]! += gold.length;
      row.headings = `${tp}/${pred.length}/${gold.length}`;
    }
    if (Array.isArray(exp.bullets)) {
      const gold = exp.bullets.map(norm).filter(Boolean);
      const pred = bullets.map(norm).filter(Boolean);
      const tp = matchCount(pred, gold, sameText);
      b[0]! += tp;
      b[1]! += pred.length;
      b[2]! += gold.length;
      row.bullets = `${tp}/${pred.length}/${gold.length}`;
    }
    if (exp.body && exp.dataset === 'zyte') {
      const s = bodyScore(out.body ?? '', exp.body);
      body.push(s);
      row.body = Number(s.f.toFixed(3));
    }
    if (exp.segments) {
      const { tp, fn, fp } = segmentCounts(out.body, exp.segments);
      seg[0]! += tp;
      seg[1]! += fn;
      seg[2]! += fp;
      row.segments = `${tp}/${exp.segments.with.length} in, ${fp}/${exp.segments.without.length} boilerplate in`;
    }
    if (exp.related && Array.isArray(exp.related.expected)) {
      const gold = exp.related.expected.map((r) => normUrl(r.url)).filter((u): u is string => Boolean(u));
      const ok = new Set<string | null>([...gold, ...(exp.related.allowed ?? []).map(normUrl)]);
      const pred = [...new Set((out.related ?? []).map((r) => normUrl(r.url)).filter(Boolean))];
      const hit = gold.filter((g) => pred.includes(g)).length;
      const fine = pred.filter((p) => ok.has(p)).length;
      rel[0]! += hit;
      rel[1]! += gold.length;
      rel[2]! += fine;
      rel[3]! += pred.length;
      row.related = `${hit}/${gold.length} found, ${fine}/${pred.length} ok`;
    }
    rows.push(row);
  }
  const H = f1(h[0]!, h[1]!, h[2]!);
  const B = f1(b[0]!, b[1]!, b[2]!);
  const hasH = Boolean(h[1] || h[2]);
  const hasB = Boolean(b[1] || b[2]);
  const bodyP = mean(body.filter((x) => x.tp + x.fp > 0).map((x) => x.p));
  const bodyR = mean(body.filter((x) => x.tp + x.fn > 0).map((x) => x.r));
  const segP = seg[0]! + seg[2]! ? seg[0]! / (seg[0]! + seg[2]!) : null;
  const segR = seg[0]! + seg[1]! ? seg[0]! / (seg[0]! + seg[1]!) : null;
  const summary: Summary = {
    pages: pages.length,
    found: pages.length ? found / pages.length : null,
    title: title[1] ? title[0]! / title[1]! : null,
    headings_p: hasH ? H.p : null,
    headings_r: hasH ? H.r : null,
    headings: hasH ? H.f : null,
    bullets_p: hasB ? B.p : null,
    bullets_r: hasB ? B.r : null,
    bullets: hasB ? B.f : null,
    body_p: bodyP,
    body_r: bodyR,
    body: bodyP != null && bodyR != null ? harmonic(bodyP, bodyR) : null,
    segments_p: segP,
    segments_r: segR,
    segments: segP != null && segR != null ? harmonic(segP, segR) : null,
    related_r: rel[1] ? rel[0]! / rel[1]! : null,
    related_p: rel[3] ? rel[2]! / rel[3]! : rel[1] ? 0 : null,
  };
  return { summary, rows };
}

/** The floors a summary falls below, as "metric=value<floor" (an absent figure is below any floor). */
export function belowFloors(summary: Summary, floors: Partial<Record<Metric, number>>): string[] {
  const short: string[] = [];
  for (const [metric, floor] of Object.entries(floors) as [Metric, number][]) {
    const value = summary[metric];
    if (value == null || value < floor) short.push(`${metric}=${value == null ? '-' : value.toFixed(3)}<${floor}`);
  }
  return short;
}

/** A summary as one line of key=value pairs (3 decimals), like the corpus scorer's. */
export function formatSummary(summary: Summary): string {
  return Object.entries(summary)
    .filter(([, value]) => value != null)
    .map(([key, value]) => `${key}=${Number.isInteger(value) ? value : (value as number).toFixed(3)}`)
    .join('  ');
}
