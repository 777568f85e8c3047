/** Corpus pages on disk: `<root>/<set>/<slug>/` with source.html (or source.html.gz) and expected.json. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Expected } from './rules';

export interface CorpusPage {
  /** "<set>/<slug>" */
  name: string;
  set: string;
  dir: string;
  /** source.html, or source.html.gz in the compact corpus kept in the repository. */
  source: string;
  expected: Expected;
}

/** Every page folder under `root`, in sorted path order. */
export function findPages(root: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const walk = (dir: string): void => {
    const source = ['source.html', 'source.html.gz'].map((name) => join(dir, name)).find((path) => existsSync(path));
    const expectedPath = join(dir, 'expected.json');
    if (source && existsSync(expectedPath)) {
      const name = relative(root, dir).split('\\').join('/');
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
      pages.push({ name, set: name.split('/')[0] ?? name, dir, source, expected });
      return;
    }
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
    }
  };
  walk(root);
  return pages;
}

/** A page's bytes, unzipped when stored compressed. */
export function pageBytes(page: Pick<CorpusPage, 'source'>): Buffer {
  const bytes = readFileSync(page.source);
  return page.source.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}
