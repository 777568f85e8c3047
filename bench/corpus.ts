/** Finding and reading corpus pages for the benchmark. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusPage {
  /** "<dataset>/<slug>", relative to the corpus root. */
  name: string;
  /** The dataset folder the page is in ("seed", "readability", "zyte", …). */
  dataset: string;
  sourcePath: string;
  /** The page URL from expected.json, when the page has one (relative links resolve against it). */
  url: string | null;
}

/** Every folder under `root` that holds a source.html, in sorted path order. */
export function findPages(root: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const walk = (dir: string): void => {
    // source.html, or source.html.gz in the compact corpus kept in the repository (tests/fixtures/corpus).
    const source = [join(dir, 'source.html'), join(dir, 'source.html.gz')].find((path) => existsSync(path));
    if (source) {
      const name = relative(root, dir).split('\\').join('/');
      pages.push({ name, dataset: name.split('/')[0] ?? name, sourcePath: source, url: readUrl(dir) });
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

function readUrl(dir: string): string | null {
  const expectedPath = join(dir, 'expected.json');
  if (!existsSync(expectedPath)) return null;
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { url?: unknown };
  return typeof expected.url === 'string' ? expected.url : null;
}

/**
 * A page's HTML. Always decoded as UTF-8 whatever the page declares (the corpus is UTF-8 by
 * construction, see ../shared/docs/stack-notes.md), with a leading byte-order mark dropped.
 */
export function readPageHtml(page: CorpusPage): string {
  const bytes = readFileSync(page.sourcePath);
  return (page.sourcePath.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * `count` pages spread evenly over the list (first page always included), so that a quick
 * `--pages N` run still samples every dataset rather than only the first one alphabetically.
 */
export function spreadSample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}
