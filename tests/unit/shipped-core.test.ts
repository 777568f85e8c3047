/**
 * The core as the extension ships it gives the outlines the CLI and the scorer give. The extension's build
 * leaves out what only `--explain` shows (scripts/vite/strip-explanations.ts: the related stage's `note` /
 * `why` texts, the data files' comments); a rule that decided by such a text (a label told by its note) gave
 * other related stories in the browser than in the corpus figures (6 of 551 corpus pages, found with
 * bench/browser/parity.ts; zyte e1cd54e5, a fixture here, among them). Here the core is built with that plugin, as
 * the extension builds it, and run beside the source on the repository's fixture pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findPages, readPageHtml } from '../../bench/corpus';
import { stripExplanations } from '../../scripts/vite/strip-explanations';
import { analyzeDocument } from '../../src/core/analyze';

const repoRoot = path.resolve(import.meta.dirname, '../..');
type Analyze = typeof analyzeDocument;
let shippedAnalyze: Analyze;
let buildDir: string;

beforeAll(async () => {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root: repoRoot,
    define: { __E2E__: 'false' },
    plugins: [stripExplanations()],
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: path.join(repoRoot, 'src/core/analyze.ts'), formats: ['es'], fileName: 'core' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('the core was not built');
  buildDir = mkdtempSync(path.join(tmpdir(), 'shipped-core-'));
  const file = path.join(buildDir, 'core.mjs');
  writeFileSync(file, chunk.code);
  shippedAnalyze = ((await import(pathToFileURL(file).href)) as { analyzeDocument: Analyze }).analyzeDocument;
}, 120_000);

afterAll(() => {
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

/** Both cores' results on one page, each on a document of its own. */
function bothResults(html: string, url: string | null) {
  return {
    source: analyzeDocument(parseHTML(html).document, { url }).result,
    shipped: shippedAnalyze(parseHTML(html).document, { url }).result,
  };
}

describe('the core as the extension ships it', () => {
  test('gives the results of the source on every fixture page', () => {
    const pages = findPages(path.join(repoRoot, 'tests/fixtures/corpus'));
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const { source, shipped } = bothResults(readPageHtml(page), page.url);
      expect(shipped, page.name).toEqual(source);
    }
  });
});
