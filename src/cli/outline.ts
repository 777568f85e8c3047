/**
 * `npm run outline -- [--format markdown|json|jsonl] [--url URL] FILE_OR_URL`
 * `npm run outline -- --format jsonl --batch LIST.tsv`
 *
 * Outlines a local HTML file or an http(s) URL with the same core the extension runs.
 * With no argument it outlines the sample article shipped with the project.
 * The output contract is ../shared/docs/outline-format.md.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { outlineDocument, type OutlineResult } from '../core';
import { outlineToMarkdown } from '../shared/formats/markdown';
import { fetchHtml, isHttpSource, parseDocument, readHtmlFile } from './load';

type Format = 'markdown' | 'json' | 'jsonl';

const SAMPLE_ARTICLE = fileURLToPath(new URL('../../samples/sample-article.html', import.meta.url));

const USAGE = `Usage:
  npm run -s outline -- [--format markdown|json|jsonl] [--url URL] [FILE_OR_URL]
  npm run -s outline -- --format jsonl --batch LIST.tsv

  FILE_OR_URL     a local HTML file or an http(s) URL (default: the bundled sample article)
  --format        markdown (default), json (pretty) or jsonl (one line)
  --url URL       the page's URL, for resolving relative links of a local file
  --batch LIST    a TSV file of PATH<TAB>URL lines; prints one JSON object per line
  --body          with markdown: also print the article text
  --explain       with json / jsonl: each related story says why it was listed (a debug field)`;

interface Options {
  format: Format;
  url: string | null;
  batch: string | null;
  source: string | null;
  includeBody: boolean;
  explain: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { format: 'markdown', url: null, batch: null, source: null, includeBody: false, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--format') {
      const format = value();
      if (format !== 'markdown' && format !== 'json' && format !== 'jsonl') throw new UsageError(`unknown format "${format}"`);
      options.format = format;
    } else if (arg === '--url') options.url = value();
    else if (arg === '--batch') options.batch = value();
    else if (arg === '--body') options.includeBody = true;
    else if (arg === '--explain') options.explain = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (options.source) throw new UsageError('give one file or URL (or --batch LIST)');
    else options.source = arg;
  }
  if (options.url && !isHttpSource(options.url)) throw new UsageError('--url must be an http(s) URL');
  return options;
}

/** Outlines one page; never throws: a page that fails gives found:false and an error string. */
export async function outlineSource(source: string, url: string | null, explain = false): Promise<OutlineResult & { source: string; error?: string }> {
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
    return { source, ...outlineDocument(parseDocument(html), { url: pageUrl, explain }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { source, ...emptyResult(url), found: false, reason: message, error: message };
  }
}

function emptyResult(url: string | null): OutlineResult {
  return {
    url, found: false, title: '', byline: null, siteName: null, publishedTime: null, lang: null, dir: null,
    excerpt: null, wordCount: 0, readingMinutes: 0, outline: [], keyPoints: [], related: [], body: '',
  };
}

function print(result: OutlineResult & { source: string }, options: Options): void {
  if (options.format === 'jsonl') process.stdout.write(JSON.stringify(result) + '\n');
  else if (options.format === 'json') process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else process.stdout.write(outlineToMarkdown(result, { includeBody: options.includeBody }));
}

async function runBatch(listPath: string, options: Options): Promise<void> {
  const list = await readFile(listPath, 'utf8');
  const lines = list.split(/\r?\n/).filter((line) => line.trim());
  for (const line of lines) {
    const [path = '', url = ''] = line.split('\t');
    const result = await outlineSource(path.trim(), url.trim() || null, options.explain);
    process.stdout.write(JSON.stringify(result) + '\n');
    // Let the event loop turn between pages so finished documents can be collected.
    await new Promise((resolve) => setImmediate(resolve));
  }
  void options;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`outline: ${error.message}\n\n`);
      process.stderr.write(USAGE + '\n');
      return error.message ? 2 : 0;
    }
    throw error;
  }
  if (options.batch) {
    try {
      await runBatch(options.batch, options);
      return 0;
    } catch (error) {
      process.stderr.write(`outline: cannot read the batch list ${options.batch}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const result = await outlineSource(options.source ?? SAMPLE_ARTICLE, options.url, options.explain);
  if (result.error) {
    process.stderr.write(`outline: ${result.error}\n`);
    return 1;
  }
  print(result, options);
  if (!result.found) process.stderr.write(`outline: no article found${result.reason ? `: ${result.reason}` : ''}\n`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`outline: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
