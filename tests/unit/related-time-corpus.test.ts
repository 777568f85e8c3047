/**
 * bench/related-time.ts reads the corpus `--corpus DIR` names, as every other bench does (bench/corpus.ts
 * corpusFromArgs): here the compact corpus kept in the repository, whose pages are the ones it lists.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findPages } from '../../bench/corpus';

const repoRoot = path.resolve(__dirname, '../..');
const corpus = path.join(repoRoot, 'tests/fixtures/corpus');
const out = mkdtempSync(path.join(tmpdir(), 'related-time-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** A pass over the compact corpus takes a few seconds; a shared machine under load, several times that. */
const RUN_TIMEOUT_MS = 120_000;

test(
  'bench/related-time.ts --corpus DIR times the related stage on the pages of DIR',
  () => {
    const written = path.join(out, 'listed.json');
    const printed = execFileSync(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      ['bench/related-time.ts', '--corpus', corpus, '--every', '2', '--write', written],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    const listed = Object.keys(JSON.parse(readFileSync(written, 'utf8')) as Record<string, unknown>);
    const every2nd = findPages(corpus).filter((_page, i) => i % 2 === 0);
    expect(listed.length).toBeGreaterThan(0);
    // Pages the article finder finds nothing in are skipped: each listed one is a page of DIR, every 2nd.
    for (const name of listed) expect(every2nd.map((page) => page.name)).toContain(name);
    expect(printed).toMatch(new RegExp(`^pages ${listed.length} × 1 `, 'm'));
  },
  RUN_TIMEOUT_MS,
);
