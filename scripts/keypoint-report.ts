/**
 * Key-point and outline report over corpus folders (the measurements of issue #10):
 *
 *   npx tsx scripts/keypoint-report.ts [--json] CORPUS_DIR...     (default: ../shared/corpus/{seed,readability,zyte,trafilatura})
 *
 * Per set:
 * (a) share of found articles whose popup shows at least three items (headings + key points + bullets);
 * (b) key points contained in the body, unique, and at least three for bodies of 150 words or more;
 * (c) ROUGE-1 / ROUGE-2 recall against the page's editor-written description (og:description, else
 *     meta description) where it is not a copy of the article's opening, for the key points, the key
 *     points cut to three, lead-3 (the first three sentences of the body, and of the key-point
 *     candidates) and three random candidate sentences (seeded);
 * (d) bullets that are the text of a figcaption or of an element whose class names a caption.
 * Pages are parsed with linkedom, as the `outline` command does. Reads the corpus: a script, not a test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from '../src/cli/page';
import { analyzeDocument } from '../src/core/analyze';
import { findArticle } from '../src/core/detect/article';
import { httpHost } from '../src/core/detect/body-links';
import { readArticleContent } from '../src/core/detect/content';
import { pageBody } from '../src/core/dom';
import { findKeyPoints, keyPointCandidates, type KeyPointInput } from '../src/core/detect/key-points';
import { makeSentenceSplitter } from '../src/core/detect/key-points/sentences';
import { collapseWhitespace, countWords } from '../src/core/text';
import type { OutlineResult, OutlineSection } from '../src/core/types';

/** A popup that shows fewer than this many items is a thin outline. */
const MIN_POPUP_ITEMS = 3;
/** The contract's length from which at least three key points are due. */
const FULL_BODY_WORDS = 150;
/** A description shorter than this (words) is a label, not a summary. */
const MIN_DESCRIPTION_WORDS = 8;
/** A description this close to the first sentence (ROUGE-1 recall of the lead sentence) is a copy of it. */
const LEAD_COPY_OVERLAP = 0.8;
const SEED = 20260115;

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const roots = args.filter((arg) => !arg.startsWith('--'));
const corpusRoot = resolve(import.meta.dirname, '../../shared/corpus');
const sets = roots.length
  ? roots.map((root) => resolve(root))
  : ['seed', 'readability', 'zyte', 'trafilatura'].map((name) => join(corpusRoot, name));

function pagesUnder(dir: string): string[] {
  if (existsSync(join(dir, 'source.html'))) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? pagesUnder(join(dir, name)) : []));
}

const tokens = (text: string): string[] => {
  const out: string[] = [];
  for (const [word] of text
    .toLowerCase()
    .normalize('NFKC')
    .matchAll(/[\p{L}\p{N}]+/gu)) {
    // Scripts without spaces: each character is a token.
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(word)) out.push(...word);
    else out.push(word);
  }
  return out;
};

function ngrams(words: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N recall: the share of the reference's n-grams (with repeats, clipped) found in the summary. */
function rougeRecall(summary: string, reference: string, n: number): number {
  const ref = ngrams(tokens(reference), n);
  const sum = ngrams(tokens(summary), n);
  let total = 0;
  let hit = 0;
  for (const [gram, count] of ref) {
    total += count;
    hit += Math.min(count, sum.get(gram) ?? 0);
  }
  return total ? hit / total : 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function flatten(sections: OutlineSection[], counts = { headings: 0, bullets: 0, bulletTexts: [] as string[] }) {
  for (const section of sections) {
    if (section.level >= 1 && section.text) counts.headings++;
    counts.bullets += section.bullets.length;
    counts.bulletTexts.push(...section.bullets);
    flatten(section.children, counts);
  }
  return counts;
}

function description(doc: Document): string | null {
  const metas = [...doc.querySelectorAll('meta[content]')];
  const og = metas.find((meta) => meta.getAttribute('property') === 'og:description');
  const named = metas.find((meta) => (meta.getAttribute('name') ?? '').toLowerCase() === 'description');
  const text = collapseWhitespace((og ?? named)?.getAttribute('content') ?? '');
  return text || null;
}

/** The texts of figcaptions and of elements whose class names a caption. */
function captionTexts(doc: Document): Set<string> {
  const texts = new Set<string>();
  for (const element of doc.querySelectorAll('figcaption, [class*="caption" i]')) {
    const text = collapseWhitespace(element.textContent ?? '').toLowerCase();
    if (text) texts.add(text);
  }
  return texts;
}

/** The key points' input as the analysis builds it (its steps up to the article's content, repeated). */
function candidatePool(doc: Document, result: OutlineResult): KeyPointInput {
  const selection = findArticle(pageBody(doc)!, { title: result.title, findByline: !result.byline })!;
  const isLeftOut = (element: Element): boolean =>
    selection.walk.skipped.has(element) || selection.clean.removed.has(element);
  const content = readArticleContent(selection.parts, isLeftOut, result.url ? httpHost(result.url) : undefined);
  return { ...content, lang: result.lang, title: result.title, byline: result.byline, wordCount: result.wordCount };
}

interface SetReport {
  set: string;
  pages: number;
  found: number;
  popupAtLeast3: number;
  popupShare: number;
  keyPoints: number;
  contained: number;
  unique: number;
  fullBodies: number;
  fullBodiesWith3: number;
  rougePages: number;
  rouge: Record<string, { r1: number; r2: number }>;
  captionBullets: number;
  bullets: number;
  thinPages: string[];
  shortOfThree: string[];
  captionExamples: string[];
}

function reportSet(dir: string): SetReport {
  const name = dir.split('/').pop()!;
  const report: SetReport = {
    set: name,
    pages: 0,
    found: 0,
    popupAtLeast3: 0,
    popupShare: 0,
    keyPoints: 0,
    contained: 0,
    unique: 0,
    fullBodies: 0,
    fullBodiesWith3: 0,
    rougePages: 0,
    rouge: {},
    captionBullets: 0,
    bullets: 0,
    thinPages: [],
    shortOfThree: [],
    captionExamples: [],
  };
  const sums: Record<string, { r1: number; r2: number }> = {};
  const add = (key: string, summary: string, reference: string) => {
    sums[key] ??= { r1: 0, r2: 0 };
    sums[key].r1 += rougeRecall(summary, reference, 1);
    sums[key].r2 += rougeRecall(summary, reference, 2);
  };
  pagesUnder(dir).forEach((page, pageIndex) => {
    report.pages++;
    const expectedPath = join(page, 'expected.json');
    const url = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')).url ?? null) : null;
    const html = readFileSync(join(page, 'source.html'), 'utf8').replace(/^\uFEFF/, '');
    const doc = parseDocument(html);
    const result: OutlineResult = analyzeDocument(doc, { url }).result;
    if (!result.found) return;
    report.found++;
    const counts = flatten(result.outline);
    const items = counts.headings + counts.bullets + result.keyPoints.length;
    if (items >= MIN_POPUP_ITEMS) report.popupAtLeast3++;
    else report.thinPages.push(`${page.split('/').pop()} (${result.wordCount} words, ${items} items)`);
    report.keyPoints += result.keyPoints.length;
    report.contained += result.keyPoints.filter((point) => result.body.includes(point.text)).length;
    report.unique += new Set(result.keyPoints.map((point) => point.text)).size;
    if (result.wordCount >= FULL_BODY_WORDS) {
      report.fullBodies++;
      if (result.keyPoints.length >= 3) report.fullBodiesWith3++;
      else report.shortOfThree.push(`${page.split('/').pop()} (${result.wordCount} words, ${result.keyPoints.length})`);
    }
    const captions = captionTexts(doc);
    report.bullets += counts.bulletTexts.length;
    const captionBullets = counts.bulletTexts.filter((bullet) => captions.has(bullet.toLowerCase()));
    report.captionBullets += captionBullets.length;
    for (const bullet of captionBullets)
      report.captionExamples.push(`${page.split('/').pop()!.slice(0, 16)}: ${bullet.slice(0, 80)}`);

    // (c) ROUGE against the description, when it is a summary of its own.
    const reference = description(doc);
    if (!reference || countWords(reference) < MIN_DESCRIPTION_WORDS) return;
    const splitter = makeSentenceSplitter(result.lang);
    const bodySentences = result.body.split('\n\n').flatMap((paragraph) => splitter.split(paragraph));
    const first = bodySentences[0] ?? '';
    const refKey = tokens(reference.replace(/(\.\.\.|…)$/, '')).join(' ');
    const bodyKey = tokens(result.body.slice(0, reference.length * 2)).join(' ');
    if (bodyKey.includes(refKey) || rougeRecall(reference, first, 1) >= LEAD_COPY_OVERLAP) return;
    report.rougePages++;
    add('keyPoints', result.keyPoints.map((point) => point.text).join(' '), reference);
    const pool = candidatePool(doc, result);
    const top3 = findKeyPoints({ ...pool, wordCount: 0 }).keyPoints.map((point) => point.text);
    add('keyPoints top-3', top3.join(' '), reference);
    add('lead-3 (body)', bodySentences.slice(0, 3).join(' '), reference);
    const candidates = keyPointCandidates(pool).map((candidate) => candidate.text);
    add('lead-3 (candidates)', candidates.slice(0, 3).join(' '), reference);
    const random = mulberry32(SEED + pageIndex);
    const shuffled = [...candidates];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    add('random-3 (seeded)', shuffled.slice(0, 3).join(' '), reference);
  });
  report.popupShare = report.found ? report.popupAtLeast3 / report.found : 0;
  for (const [key, sum] of Object.entries(sums))
    report.rouge[key] = { r1: sum.r1 / report.rougePages, r2: sum.r2 / report.rougePages };
  return report;
}

const reports = sets.map(reportSet);
if (asJson) {
  console.log(JSON.stringify(reports));
} else {
  const pct = (x: number) => x.toFixed(3);
  for (const r of reports) {
    console.log(`\n== ${r.set}: ${r.pages} pages, ${r.found} found`);
    console.log(`(a) popup shows >= ${MIN_POPUP_ITEMS} items: ${r.popupAtLeast3}/${r.found} = ${pct(r.popupShare)}`);
    if (r.thinPages.length)
      console.log(`    fewer: ${r.thinPages.slice(0, 12).join('; ')}${r.thinPages.length > 12 ? ' …' : ''}`);
    console.log(
      `(b) key points ${r.keyPoints}: contained in body ${r.contained}, unique ${r.unique}; bodies >= ${FULL_BODY_WORDS} words with >= 3: ${r.fullBodiesWith3}/${r.fullBodies}`,
    );
    if (r.shortOfThree.length)
      console.log(
        `    fewer than 3: ${r.shortOfThree.slice(0, 12).join('; ')}${r.shortOfThree.length > 12 ? ' …' : ''}`,
      );
    console.log(`(c) ROUGE recall vs description (${r.rougePages} pages with a description that is not the lead):`);
    for (const [key, value] of Object.entries(r.rouge))
      console.log(`    ${key.padEnd(22)} R1 ${pct(value.r1)}  R2 ${pct(value.r2)}`);
    console.log(`(d) bullets that are a caption's text: ${r.captionBullets}/${r.bullets}`);
    for (const example of r.captionExamples.slice(0, 8)) console.log(`    ${example}`);
  }
}
