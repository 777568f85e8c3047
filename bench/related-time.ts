/**
 * The related stage alone: for every corpus page, the context analyzeDocument gives findRelatedStories
 * (article roots, links, URLs, the article's page walk) is prepared once, then findRelatedStories runs on it.
 * Prints its reading steps (read/budget.ts: deterministic, steady under load) and the time of a pass over the
 * corpus (fastest and median of --reps passes); with
 * --write / --compare FILE, the listed stories with their `why` (a stricter check than the outline
 * snapshot for speed work on this stage: the scores of listed stories must not move either).
 *
 *   npx tsx bench/related-time.ts [--corpus DIR] [--reps N] [--every K] [--write FILE | --compare FILE]
 *
 * Reads --corpus DIR, by default ../shared/corpus (a bench may; tests may not).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { attr, documentBaseUrl, headElements, pageBody, resolveUrl, tagOf } from '../src/core/dom';
import { findArticle } from '../src/core/detect/article';
import { extractMetadata, scanPageSafely } from '../src/core/detect/metadata';
import { findRelatedStories, type RelatedContext } from '../src/core/detect/related';
import { lastStepCount, withStepBudget } from '../src/core/read/budget';
import { corpusFromArgs, findPages, readPageHtml } from './corpus';

const args = process.argv.slice(2);
const corpus = corpusFromArgs(args);
const value = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const reps = Number(value('--reps') ?? 1);
const every = Number(value('--every') ?? 1);
if (!existsSync(corpus)) {
  console.log(`no corpus at ${corpus} (give --corpus DIR): nothing to measure`);
  process.exit(0);
}

/** The page URL as analyze.ts finds it: the given one, else canonical or og:url. */
function pageUrlOf(doc: Document, given: string | null): string | null {
  if (given) return given;
  for (const element of headElements(doc)) {
    const candidate =
      tagOf(element) === 'link' && /(^|\s)canonical(\s|$)/i.test(attr(element, 'rel') ?? '')
        ? attr(element, 'href')
        : tagOf(element) === 'meta' && attr(element, 'property') === 'og:url'
          ? attr(element, 'content')
          : null;
    const url = candidate ? resolveUrl(candidate, null) : null;
    if (url && /^https?:$/.test(url.protocol)) return url.href;
  }
  return null;
}

const cases: { name: string; doc: Document; context: RelatedContext }[] = [];
for (const page of findPages(corpus).filter((_page, i) => i % every === 0)) {
  const doc = parseHTML(readPageHtml(page)).document;
  const body = pageBody(doc);
  if (!body) continue;
  const pageUrl = pageUrlOf(doc, page.url);
  const scan = scanPageSafely(doc);
  const metadata = extractMetadata(doc, { pageUrl, scan });
  const selection = findArticle(body, {
    title: metadata.title,
    findByline: !metadata.byline,
    pageHeadings: scan.h1sAndH2s,
  });
  if (!selection) continue;
  const context = {
    baseUrl: documentBaseUrl(doc, pageUrl),
    pageUrl,
    articleRoots: selection.roots,
    links: scan.links,
    // The article walk, as analyze.ts passes it (the stage reads what the walk read instead of the DOM).
    walk: selection.walk,
    explain: true,
  };
  cases.push({ name: page.name, doc, context });
}

let steps = 0;
const listed: Record<string, unknown> = {};
const passes: number[] = [];
for (let rep = 0; rep < reps; rep++) {
  const start = performance.now();
  for (const { name, doc, context } of cases) {
    listed[name] = withStepBudget(() => findRelatedStories(doc, context));
    steps += lastStepCount();
  }
  passes.push(performance.now() - start);
}
passes.sort((a, b) => a - b);
console.log(
  `pages ${cases.length} × ${reps}  related steps ${(steps / (reps || 1)).toLocaleString('en')}  ` +
    `a pass: fastest ${passes[0]?.toFixed(0)} ms, median ${passes[Math.floor(reps / 2)]?.toFixed(0)} ms`,
);
const write = value('--write');
const compare = value('--compare');
if (write) writeFileSync(write, JSON.stringify(listed, null, 1));
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8')) as Record<string, unknown>;
  const differing = Object.keys(listed).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(listed[name]));
  for (const name of differing.slice(0, 10)) console.log(`  differs: ${name}`);
  console.log(`${differing.length} of ${Object.keys(listed).length} pages differ (listed stories with their why)`);
  if (differing.length) process.exitCode = 1;
}
