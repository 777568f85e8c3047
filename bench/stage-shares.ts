/**
 * The analysis's time by stage: one sampled CPU profile (profile-corpus.ts) of analyzeDocument,
 * each sample given to the outermost stage function on its stack (page walk, article finding,
 * cleaning (parts of article finding), body/content, furniture, metadata, key points, related stories, outline, reader blocks),
 * printed as shares of the whole analysis. Over the corpus, or over one generated page
 * (bench/generate-pages.ts) with `--generated SHAPE:SIZE` (e.g. live-blog:100000).
 *
 *   npx tsx bench/stage-shares.ts [corpus folder] [--every K] [--reps N] [--content] [--generated SHAPE:SIZE]
 *     [--debug STAGE]
 *
 * `--debug STAGE` lists the commonest innermost frames of that stage's samples. On the 100,000-element live
 * blog V8 inlines the page walk's functions into findArticleSteps: its samples show as "article finding
 * (other)" there (check with --debug).
 * Sampling, not timing: shares hold under load. Reads ../shared (a bench may; tests may not).
 */
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { generatePage, type PageShape } from './generate-pages';
import { corpusDocuments, profileAnalyses, profileArgs } from './profile-corpus';

const WARM_UP_PAGES = 30;
/** The generated pages' address (their links are on its site), as bench/scaling.ts. */
const PAGE_URL = 'https://news.example.com/2026/12/generated-article';

/** Stage by function name; a sample goes to the outermost of these on its stack. */
const STAGES: Record<string, string> = {
  scanPageSafelySteps: 'metadata: page scan',
  extractMetadata: 'metadata: markup, byline, dates',
  openingDate: 'metadata: opening date',
  openingDateline: 'metadata: opening date',
  labelledHeadDate: 'metadata: opening date',
  findArticleSteps: 'article finding (other)',
  readArticleContentSteps: 'body/content',
  withoutSiteSection: 'body/content',
  countWords: 'word counts',
  findRelatedStoriesSteps: 'related stories',
  withoutSiteSuffixes: 'related stories',
  mayHoldOffers: 'furniture',
  withoutFurnitureBlocks: 'furniture',
  dekHeading: 'outline/headings/bullets',
  buildOutline: 'outline/headings/bullets',
  isNameOnlyHeading: 'outline/headings/bullets',
  findKeyPointsSteps: 'key points',
  textLanguage: 'key points',
  readArticleBlocks: 'reader blocks (content:true)',
  bounded: 'bounds',
};

/** Within a stage, parts by function name (the outermost on the stack below the stage's frame). */
const PARTS: Record<string, Record<string, string>> = {
  'article finding (other)': {
    walkPageSteps: 'page walk',
    scoreCandidatesSteps: 'article finding (scores)',
    pickParts: 'article finding (scores)',
    cleanArticleSteps: 'cleaning',
  },
  'metadata: markup, byline, dates': {
    extractByline: 'metadata: byline',
    bylineLineAfter: 'metadata: byline',
    referencedByline: 'metadata: byline',
    extractPublishedTime: 'metadata: dates',
    extractTitle: 'metadata: title',
  },
};

const argv = process.argv.slice(2);
const args = profileArgs(argv);
const content = args.has('--content');
const generated = argv.includes('--generated') ? argv[argv.indexOf('--generated') + 1]! : null;
let docs: { url: string | null; doc: Document }[];
if (generated) {
  const [shape, size] = generated.split(':');
  const html = generatePage(shape as PageShape, Number(size));
  docs = [{ url: PAGE_URL, doc: parseHTML(html).document }];
  for (let i = 0; i < 2; i++) analyzeDocument(docs[0]!.doc, { url: PAGE_URL, content });
} else {
  docs = corpusDocuments(args.root, args.option('--every', 1));
  for (const { url, doc } of docs.slice(0, WARM_UP_PAGES)) analyzeDocument(doc, { url, content });
}
const started = performance.now();
const reps = args.option('--reps', 2);
const stacks = await profileAnalyses(docs, reps, (frame) => frame.functionName || '(anonymous)', { content });
const wall = performance.now() - started;
const shares = new Map<string, number>();
let total = 0;
const debugStage = argv.includes('--debug') ? argv[argv.indexOf('--debug') + 1] : null;
const debug = new Map<string, number>();
for (const stack of stacks) {
  if (!stack.includes('analyzeDocument')) continue;
  total++;
  let stage = 'other';
  for (let i = stack.length - 1; i >= 0; i--) {
    const found = STAGES[stack[i]!];
    if (found) {
      stage = found;
      const parts = PARTS[found];
      for (let j = i - 1; parts && j >= 0; j--) {
        const part = parts[stack[j]!];
        if (part) {
          stage = part;
          break;
        }
      }
      break;
    }
  }
  shares.set(stage, (shares.get(stage) ?? 0) + 1);
  if (stage === debugStage)
    debug.set(stack.slice(0, 6).join(' < '), (debug.get(stack.slice(0, 6).join(' < ')) ?? 0) + 1);
}
for (const [k, n] of [...debug].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(n, k);
console.log(
  `${generated ?? `${docs.length} corpus pages`} × ${reps}${content ? ' (content)' : ''}: ${total} samples, ` +
    `${(wall / (docs.length * reps)).toFixed(1)} ms a page (profiled)`,
);
for (const [stage, n] of [...shares].sort((a, b) => b[1] - a[1]))
  console.log(`  ${((100 * n) / (total || 1)).toFixed(1).padStart(5)}%  ${stage}`);
