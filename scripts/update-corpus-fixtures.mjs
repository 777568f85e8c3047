#!/usr/bin/env node
/**
 * Copies the compact corpus kept in the repository (tests/fixtures/corpus/<set>/<slug>/:
 * source.html.gz + expected.json) from the full corpus beside the repository (../shared/corpus).
 * The pages are chosen by kind, to cover what the score floors protect, not by how well they score:
 * the seed page; Readability pages with lists, tables, headings, right-to-left and non-Latin
 * text, related stories labelled; every 15th Zyte page and the Zyte pages whose related stories
 * are labelled with at least four; every 70th trafilatura page and seven with related stories
 * labelled, in several languages.
 *   node scripts/update-corpus-fixtures.mjs [CORPUS_DIR]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus'));
const target = join(root, 'tests/fixtures/corpus');

/** Every `step`-th page of a set, in sorted order, starting at `first` (a spread, not a choice). */
const spread = (set, step, first) =>
  readdirSync(join(corpus, set))
    .filter((slug) => existsSync(join(corpus, set, slug, 'expected.json')))
    .sort()
    .filter((_, i) => i % step === first);

/** Pages of a set with at least `min` related stories labelled as expected. */
const withRelated = (set, min) =>
  readdirSync(join(corpus, set))
    .sort()
    .filter((slug) => {
      const file = join(corpus, set, slug, 'expected.json');
      return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')).related?.expected.length ?? 0) >= min;
    });

const READABILITY = [
  '002', // long lists
  'aktualne', // Czech, related stories
  'base-url-base-element-relative', // a <base> element
  'citylab-1', // related stories
  'daringfireball-1', // a small blog post with lists
  'ehow-1', // how-to steps as lists
  'engadget', // related stories
  'firefox-nightly-blog', // many headings and lists
  'gmw', // Chinese
  'heise', // German, related stories
  'hidden-nodes', // hidden content
  'hukumusume', // Japanese
  'keep-tabular-data', // tables
  'lemonde-1', // French, related stories
  'links-in-tables', // links in tables
  'mozilla-2', // headings, lists
  'nytimes-1', // related stories, a big news page
  'nytimes-5', // Spanish, headings and lists
  'pixnet', // Traditional Chinese
  'rtl-1', // right-to-left
  'rtl-2', // right-to-left
  'seattletimes-1', // related stories
  'table-style-attributes', // tables with lists
  'v8-blog', // headings, code, lists
  'wikipedia-2', // a very long page, hundreds of list items
  'wikipedia-4', // long nested lists
];
const TRAFILATURA_RELATED = [
  '0054-changelog.blog',
  '0194-taz.de',
  '0399-linkedin.com',
  '0584-freiheit.org',
  '0847-elpais.com.uy',
  '0936-twincities.com',
  '0951-telegraph.co.uk',
];

const pages = {
  seed: ['kyrgyzstan-visit'],
  readability: READABILITY,
  zyte: [...new Set([...spread('zyte', 15, 0), ...withRelated('zyte', 4)])].sort(),
  trafilatura: [...new Set([...spread('trafilatura', 70, 4), ...TRAFILATURA_RELATED])].sort(),
};

rmSync(target, { recursive: true, force: true });
let bytes = 0;
for (const [set, slugs] of Object.entries(pages)) {
  for (const slug of slugs) {
    const from = join(corpus, set, slug);
    const to = join(target, set, slug);
    mkdirSync(to, { recursive: true });
    const gz = gzipSync(readFileSync(join(from, 'source.html')), { level: 9 });
    writeFileSync(join(to, 'source.html.gz'), gz);
    copyFileSync(join(from, 'expected.json'), join(to, 'expected.json'));
    bytes += gz.byteLength + readFileSync(join(to, 'expected.json')).byteLength;
  }
  console.log(`${set}: ${slugs.length} pages`);
}
console.log(`${(bytes / 1024 / 1024).toFixed(2)} MB in ${target}`);
