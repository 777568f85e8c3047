/**
 * The compact corpus kept in the repository (tests/fixtures/corpus/<set>/<slug>/: source.html.gz
 * and expected.json; scripts/update-corpus-fixtures.mjs copies it from the full corpus). Tests read
 * real pages from here, never from outside the repository.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusPage, findPages, pageBytes } from '../../scripts/score/pages';

export type { CorpusPage };

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtureCorpus = join(repoRoot, 'tests/fixtures/corpus');
/** The seed page: the news page every feature must work on (also samples/sample-article.html). */
export const SEED = 'seed/kyrgyzstan-visit';

let pages: CorpusPage[] | null = null;

/** Every page of the compact corpus, or those of one set, in sorted order. */
export function fixturePages(set?: string): CorpusPage[] {
  pages ??= findPages(fixtureCorpus);
  return set ? pages.filter((page) => page.set === set) : pages;
}

function page(name: string): CorpusPage {
  const found = fixturePages().find((p) => p.name === name);
  if (!found) throw new Error(`no page ${name} in ${fixtureCorpus}`);
  return found;
}

/** A page's HTML, read as UTF-8 (every corpus page is UTF-8 whatever it declares), without a BOM. */
export function fixtureHtml(name: string): string {
  return pageBytes(page(name))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** A page's expected.json. */
export function fixtureExpected<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(page(name).dir, 'expected.json'), 'utf8')) as T;
}
