/**
 * Corpus quality gate on the compact corpus kept in the repository (tests/fixtures/corpus):
 * the `outline` command's batch mode runs once over every page (in this process, as the corpus
 * scorer runs the command once), the scoring rules of the corpus scorer (scripts/score/rules.ts)
 * give each set's figures, held to the floors below; the seed page is checked exactly.
 * The full corpus, with its own floors, is scored by `npm run score`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, main } from '../../src/cli/outline';
import { pageBytes } from '../../scripts/score/pages';
import { belowFloors, type Metric, type Output, type Summary, score } from '../../scripts/score/rules';
import { type CorpusPage, fixturePages, repoRoot, SEED } from '../support/corpus';

/**
 * Minimum figures on the compact corpus: just under what the code reaches on it (measured
 * 2026-12-03: seed exact; readability found 1, title 1, headings 0.962, bullets 0.992; zyte found 1,
 * body 0.990; trafilatura found 1, segments 0.923; related over the labelled pages r 0.933, p 1;
 * after the related-stories scoring model landed: r 0.989, p 0.968 — its precision loss is
 * lemonde-1's topic links, now seen after the article). 2026-12-04 (eleventh session): readability headings
 * 0.953 -> 0.949, floor 0.95 -> 0.945: an author box's heading that only names the byline's author is no
 * section of the outline (pv magazine's only heading was its author's name), and Readability's reference
 * keeps one such heading (citylab-1's "Sarah Archer").
 * Floors per set: a regression on one kind of page shows even when others improve.
 */
const FLOORS: Record<string, { sets: string[]; floors: Partial<Record<Metric, number>> }> = {
  seed: { sets: ['seed'], floors: { found: 1, title: 1, headings: 1, bullets: 1, related_r: 1, related_p: 1 } },
  readability: { sets: ['readability'], floors: { found: 1, title: 1, headings: 0.945, bullets: 0.985 } },
  zyte: { sets: ['zyte'], floors: { found: 1, body: 0.98 } },
  trafilatura: { sets: ['trafilatura'], floors: { found: 1, segments: 0.9 } },
  related: { sets: ['seed', 'readability', 'zyte', 'trafilatura'], floors: { related_r: 0.98, related_p: 0.96 } },
};

/**
 * Headings on the seed page hold, in order, this many bullets (its source: seven sections with
 * 2, 2, 1, 2, 2, 2 and 1 list items); expected.json lists the bullets flat, this splits them.
 */
const SEED_BULLETS_PER_HEADING = [2, 2, 1, 2, 2, 2, 1] as const;
/** One batch over the ~50 compact pages: a few seconds; a loaded CI box needs more. */
const BATCH_TIMEOUT_MS = 120_000;

const pages = fixturePages();
const results = new Map<string, CliResult>();
const scratch = mkdtempSync(join(tmpdir(), 'outline-compact-corpus-'));

beforeAll(async () => {
  // The command reads files: the pages, unzipped, under their own names.
  const list = pages.map((page, i) => {
    const path = join(scratch, `${i}-${page.name.replace(/\//g, '_')}.html`);
    writeFileSync(path, pageBytes(page));
    return `${path}\t${page.expected.url ?? ''}\n`;
  });
  writeFileSync(join(scratch, 'pages.tsv'), list.join(''));
  let stdout = '';
  let stderr = '';
  const code = await main(['--format', 'jsonl', '--batch', join(scratch, 'pages.tsv')], {
    sample: join(repoRoot, 'samples/sample-article.html'),
    out: (text) => (stdout += text),
    err: (text) => (stderr += text),
  });
  expect(code, stderr).toBe(0);
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(pages.length);
  lines.forEach((line, i) => results.set(pages[i]!.name, JSON.parse(line) as CliResult));
}, BATCH_TIMEOUT_MS);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function summaryOf(sets: string[]): Summary {
  const chosen = pages.filter((page: CorpusPage) => sets.includes(page.set));
  return score(chosen.map((page) => ({ expected: page.expected, output: results.get(page.name) as Output }))).summary;
}

describe('the compact corpus', () => {
  it('holds every kind of page the floors protect', () => {
    const count = (set: string) => fixturePages(set).length;
    expect(count('seed')).toBe(1);
    expect(count('readability')).toBeGreaterThanOrEqual(10);
    expect(count('zyte')).toBeGreaterThanOrEqual(5);
    expect(count('trafilatura')).toBeGreaterThanOrEqual(5);
    const readability = fixturePages('readability').map((page) => page.expected);
    expect(readability.some((e) => e.dir === 'rtl' || /^(ar|he|fa)/.test(String(e.lang ?? '')))).toBe(true);
    expect(readability.some((e) => (e.bullets?.length ?? 0) >= 20)).toBe(true);
    expect(fixturePages('trafilatura').filter((page) => page.expected.related).length).toBeGreaterThanOrEqual(3);
  });
});

for (const [group, { sets, floors }] of Object.entries(FLOORS)) {
  describe(`compact corpus scores: ${group}`, () => {
    it(`meets ${Object.entries(floors)
      .map(([k, v]) => `${k} ≥ ${v}`)
      .join(', ')}`, () => {
      const summary = summaryOf(sets);
      expect(belowFloors(summary, floors), JSON.stringify(summary)).toEqual([]);
    });
  });
}

interface SeedExpected {
  title: string;
  headings: { level: number; text: string }[];
  bullets: string[];
  related: { expected: { url: string; title: string }[]; allowed: string[] };
}

type Section = CliResult['outline'][number];
const flatten = (outline: readonly Section[]): Section[] => outline.flatMap((s) => [s, ...flatten(s.children)]);

describe('the seed page through the command, exactly', () => {
  const expected = () => pages.find((page) => page.name === SEED)!.expected as unknown as SeedExpected;
  const result = () => results.get(SEED)!;

  it('finds the article and its headline', () => {
    expect(result().found).toBe(true);
    expect(result().title).toBe(expected().title);
  });

  it('gives the seven headings, texts and levels, in order', () => {
    const headings = flatten(result().outline)
      .filter((s) => s.level > 0)
      .map((s) => ({ level: s.level, text: s.text }));
    expect(headings).toEqual(expected().headings);
  });

  it('puts the twelve bullets, in order, under the right headings', () => {
    const { headings, bullets } = expected();
    expect(SEED_BULLETS_PER_HEADING.reduce((a, b) => a + b, 0)).toBe(bullets.length);
    let next = 0;
    const expectedSections = headings.map((h, i) => {
      const count = SEED_BULLETS_PER_HEADING[i]!;
      next += count;
      return { text: h.text, bullets: bullets.slice(next - count, next) };
    });
    const sections = flatten(result().outline)
      .filter((s) => s.level > 0 || s.bullets.length > 0)
      .map((s) => ({ text: s.text, bullets: s.bullets }));
    expect(sections).toEqual(expectedSections);
  });

  it('lists the four expected related stories, and nothing that is not expected or allowed', () => {
    const urls = result().related.map((r) => r.url);
    const { related } = expected();
    for (const r of related.expected) expect(urls).toContain(r.url);
    const acceptable = new Set([...related.expected.map((r) => r.url), ...related.allowed]);
    expect(urls.filter((u) => !acceptable.has(u))).toEqual([]);
  });
});
