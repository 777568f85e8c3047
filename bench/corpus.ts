/** Finding and reading corpus pages for the benchmark (the scorer's page finder: scripts/score/pages.ts). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPages as findScoredPages, pageBytes } from '../scripts/score/pages';

export interface CorpusPage {
  /** "<dataset>/<slug>", relative to the corpus root. */
  name: string;
  /** The dataset folder the page is in ("seed", "readability", "zyte", …). */
  dataset: string;
  sourcePath: string;
  /** The page URL from expected.json, when the page has one (relative links resolve against it). */
  url: string | null;
}

/** Every page folder under `root` (source.html or source.html.gz beside expected.json), in sorted path order. */
export function findPages(root: string): CorpusPage[] {
  return findScoredPages(root).map((page) => ({
    name: page.name,
    dataset: page.set,
    sourcePath: page.source,
    url: typeof page.expected.url === 'string' ? page.expected.url : null,
  }));
}

/**
 * A page's HTML. Always decoded as UTF-8 whatever the page declares (the corpus is UTF-8 by
 * construction, see ../shared/docs/stack-notes.md), with a leading byte-order mark dropped.
 */
export function readPageHtml(page: CorpusPage): string {
  return pageBytes({ source: page.sourcePath })
    .toString('utf8')
    .replace(/^\uFEFF/, '');
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

/**
 * The corpus folder a script reads: `--corpus DIR` on its command line, else ../shared/corpus beside the
 * repository (where it lives on development machines and in CI). The option and its value are taken out of
 * `argv`, so that a script's positional arguments stay as they were.
 */
export function corpusFromArgs(argv: string[]): string {
  const at = argv.indexOf('--corpus');
  if (at >= 0) {
    const [, folder] = argv.splice(at, 2);
    if (!folder) throw new Error('--corpus needs a folder');
    return resolve(folder);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
}
