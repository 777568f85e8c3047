/**
 * The `outline` command: outlines a local HTML file or an http(s) URL with the same core the
 * extension runs. Compiled once by `npm run build:cli` into dist-cli/outline.mjs, started by
 * bin/outline.mjs (`outline`, `npx outline`, `npm run outline --`). The output contract is
 * docs/outline-format.md.
 */
import { readFile } from 'node:fs/promises';
import type { OutlineResult } from '../core';
import { fetchHtml, isHttpSource, LoadError, readHtmlFile } from './load';
import { errorText } from '../shared/error-text';

/** The parser and the core (./page.ts), loaded on the first page only: --help and refusals start fast. */
type Page = typeof import('./page');
let pageModule: Promise<Page> | null = null;
const loadPage = (): Promise<Page> => {
  pageModule ??= import('./page');
  return pageModule;
};

type Format = 'markdown' | 'json' | 'jsonl';
const FORMATS: readonly Format[] = ['markdown', 'json', 'jsonl'];

export const USAGE = `Usage:
  outline [--format markdown|json|jsonl] [--url URL] [--body] [FILE_OR_URL]
  outline [--format jsonl|json|markdown] --batch LIST.tsv

  FILE_OR_URL     a local HTML file or an http(s) URL (default: the bundled sample article)
  --format        markdown (default), json (pretty) or jsonl (one line);
                  with --batch: jsonl (default, one object per line), json (one array)
                  or markdown (one section per page)
  --url URL       the page's URL, for resolving relative links of a local file
  --batch LIST    a TSV file of PATH<TAB>URL lines (URL may be empty)
  --body          with markdown: also print the article text
  --explain       each related story says why it was listed (a debug field, not in the contract)
  --help, -h      this text

Also started as \`npx outline …\` or \`npm run -s outline -- …\`. Output contract: docs/outline-format.md`;

interface Options {
  format: Format | null;
  url: string | null;
  batch: string | null;
  source: string | null;
  includeBody: boolean;
  explain: boolean;
  help: boolean;
}

export type CliResult = OutlineResult & { source: string; error?: string };

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    format: null,
    url: null,
    batch: null,
    source: null,
    includeBody: false,
    explain: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') {
      const format = value();
      if (!FORMATS.includes(format as Format)) {
        throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
      }
      options.format = format as Format;
    } else if (arg === '--url') options.url = value();
    else if (arg === '--batch') options.batch = value();
    else if (arg === '--body') options.includeBody = true;
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (options.source) throw new UsageError('give one file or URL (or --batch LIST)');
    else options.source = arg;
  }
  if (options.url && !isHttpSource(options.url)) throw new UsageError('--url must be an http(s) URL');
  if (options.batch && options.source) throw new UsageError('give either --batch LIST or one file or URL, not both');
  if (options.batch && options.url) throw new UsageError('with --batch, give each page its URL in the list');
  const format = options.format ?? (options.batch ? 'jsonl' : 'markdown');
  if (options.includeBody && format !== 'markdown') {
    throw new UsageError('--body goes with --format markdown (json and jsonl always hold the body)');
  }
  return options;
}

/**
 * One page may take this long to analyse; then it gets found:false with an error saying so, and a
 * batch goes on with the next page. Real pages take well under a second; a pathological one
 * (tens of thousands of nested elements) must not hold up a whole batch.
 */
export const PAGE_TIME_LIMIT_MS = 20_000;

/** Outlines one page; never throws: a page that fails gives found:false and an error string. */
export async function outlineSource(source: string, url: string | null, explain = false): Promise<CliResult> {
  try {
    let html: string;
    let pageUrl = url;
    if (isHttpSource(source)) {
      const fetched = await fetchHtml(source);
      html = fetched.html;
      pageUrl = url ?? fetched.finalUrl;
    } else {
      html = await readHtmlFile(source);
    }
    const { outlineHtml } = await loadPage();
    const result = outlineHtml(html, { url: pageUrl, explain, timeLimitMs: PAGE_TIME_LIMIT_MS });
    if (!result.found && result.reason?.includes('took longer than')) {
      return { source, ...result, error: `${source}: ${result.reason}` };
    }
    return { source, ...result };
  } catch (error) {
    const message = errorText(error);
    const oneLine = error instanceof LoadError ? message : `${source}: ${message}`.split('\n')[0]!;
    return { source, ...emptyResult(url), reason: oneLine, error: oneLine };
  }
}

function emptyResult(url: string | null): OutlineResult {
  return {
    url,
    found: false,
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    wordCount: 0,
    readingMinutes: 0,
    outline: [],
    keyPoints: [],
    related: [],
    body: '',
  };
}

type Write = (text: string) => void;

async function render(result: CliResult, format: Format, includeBody: boolean): Promise<string> {
  if (format === 'jsonl') return `${JSON.stringify(result)}\n`;
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  const { outlineToMarkdown } = await loadPage();
  return outlineToMarkdown(result, { includeBody });
}

/** PATH<TAB>URL lines; blank lines are skipped. */
function parseList(text: string): { path: string; url: string | null }[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const [path = '', url = ''] = line.split('\t');
      return { path: path.trim(), url: url.trim() || null };
    });
}

async function runBatch(
  listPath: string,
  format: Format,
  includeBody: boolean,
  out: Write,
  err: Write,
  explain = false,
) {
  const pages = parseList(await readFile(listPath, 'utf8'));
  if (format === 'json') out('[');
  for (const [index, page] of pages.entries()) {
    const result = await outlineSource(page.path, page.url, explain);
    if (result.error) err(`outline: ${result.error}\n`);
    if (format === 'jsonl') out(`${JSON.stringify(result)}\n`);
    else if (format === 'json') out(`${index ? ',' : ''}\n${JSON.stringify(result)}`);
    else out(`${index ? '\n' : ''}<!-- source: ${page.path} -->\n${await render(result, 'markdown', includeBody)}`);
    // Let the event loop turn between pages so finished documents can be collected.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (format === 'json') out('\n]\n');
}

export interface Io {
  /** The page outlined when no file or URL is given. */
  sample: string;
  out?: Write;
  err?: Write;
}

/** Runs the command; resolves to the exit code (0 done, 1 the page failed, 2 bad usage). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const out = io.out ?? ((text: string) => void process.stdout.write(text));
  const err = io.err ?? ((text: string) => void process.stderr.write(text));
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`outline: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  if (options.batch) {
    try {
      await runBatch(options.batch, options.format ?? 'jsonl', options.includeBody, out, err, options.explain);
      return 0;
    } catch (error) {
      err(`outline: cannot read the batch list ${options.batch}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const result = await outlineSource(options.source ?? io.sample, options.url, options.explain);
  if (result.error) {
    err(`outline: ${result.error}\n`);
    return 1;
  }
  out(await render(result, options.format ?? 'markdown', options.includeBody));
  if (!result.found) err(`outline: no article found${result.reason ? `: ${result.reason}` : ''}\n`);
  return 0;
}
