/**
 * Milliseconds of the stages after the article's choice, each timed alone on inputs made once per
 * page (linkedom): cleaning (with the first attempt's flags), reading the content, the furniture
 * boxes, the key points and the reader blocks. Rounds alternate over all pages; the figure per
 * stage is the median round's total over the pages, in CPU time of this process (steadier than
 * wall-clock on a shared machine). For A/B work on one stage: compare runs made side by side.
 *
 *   npx tsx bench/text-stages.ts [corpus folder] [--every 3] [--rounds 7]
 *
 * Reads ../shared (a bench may; tests may not).
 */
import { analyzeDocument } from '../src/core/analyze';
import { readArticleBlocks } from '../src/core/blocks/read-blocks';
import { findArticle } from '../src/core/detect/article';
import { cleanArticle } from '../src/core/detect/clean';
import { readArticleContent } from '../src/core/detect/content';
import { findKeyPoints } from '../src/core/detect/key-points';
import { extractMetadata, scanPageSafely } from '../src/core/detect/metadata';
import { mayHoldOffers, withoutFurnitureBlocks } from '../src/core/detect/outline-furniture';
import { documentBaseUrl, pageBody } from '../src/core/dom';
import { outlineHeadings, buildOutline } from '../src/core/outline';
import { httpHost } from '../src/core/read/site';
import { corpusDocuments, profileArgs } from './profile-corpus';
import { median } from './stats';

const args = profileArgs(process.argv.slice(2));
const docs = corpusDocuments(args.root, args.option('--every', 3));
const rounds = args.option('--rounds', 7);
/** `--only NAME`: time one stage (for an instruction count of it under valgrind). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

type Stage = () => unknown;
const stages: Record<string, Stage[]> = { clean: [], content: [], furniture: [], keyPoints: [], blocks: [] };
for (const { url, doc } of docs) {
  const body = pageBody(doc);
  const { result } = analyzeDocument(doc, { url });
  if (!body || !result.found) continue;
  const scan = scanPageSafely(doc);
  const metadata = extractMetadata(doc, { pageUrl: url, scan });
  const selection = findArticle(body, {
    title: metadata.title,
    findByline: !metadata.byline,
    pageHeadings: scan.h1sAndH2s,
  });
  if (!selection) continue;
  const isLeftOut = (element: Element): boolean =>
    selection.walk.skipped.has(element) || selection.clean.removed.has(element);
  const siteHost = url ? httpHost(url) : undefined;
  const read = () => readArticleContent(selection.parts, isLeftOut, siteHost, selection.walk);
  const content = read();
  const outlined = withoutFurnitureBlocks(content, selection.parts, result.related, isLeftOut, mayHoldOffers(content));
  const title = result.title;
  const outline = buildOutline(outlined.items, title);
  const keyInput = { ...outlined, lang: metadata.lang, title, byline: metadata.byline, wordCount: result.wordCount };
  const flags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };
  stages.clean!.push(() => cleanArticle(selection.walk, selection.parts, flags, !selection.wholeBody));
  stages.content!.push(read);
  stages.furniture!.push(() =>
    withoutFurnitureBlocks(content, selection.parts, result.related, isLeftOut, mayHoldOffers(content)),
  );
  stages.keyPoints!.push(() => findKeyPoints(keyInput));
  const baseUrl = documentBaseUrl(doc, url);
  stages.blocks!.push(() =>
    readArticleBlocks(selection.parts, {
      baseUrl,
      isLeftOut,
      bodyParagraphs: content.paragraphs,
      headings: outlineHeadings(outline),
    }),
  );
}
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const totals: Record<string, number[]> = Object.fromEntries(Object.keys(stages).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, runs] of Object.entries(stages)) {
    if (only && name !== only) continue;
    const start = cpuMs();
    for (const run of runs) run();
    totals[name]!.push(cpuMs() - start);
  }
}
const pages = stages.clean!.length;
console.log(`${pages} pages, ${rounds} rounds; ms per page (median round)`);
let sum = 0;
for (const [name, times] of Object.entries(totals)) {
  if (!times.length) continue;
  const ms = median(times.slice(1)) / pages;
  if (name !== 'blocks') sum += ms;
  console.log(`  ${name.padEnd(10)} ${ms.toFixed(3)} ms`);
}
console.log(`  without blocks ${sum.toFixed(3)} ms`);
