/**
 * The `outline` command as a user runs it: the bundled sample, a file, a URL on a local server,
 * a batch list (the scorer's contract) and bad input.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sample = join(repoRoot, 'samples/sample-article.html');
const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const cli = join(repoRoot, 'src/cli/outline.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(tsx, [cli, ...args], { cwd: repoRoot, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

let server: Server;
let origin = '';

beforeAll(async () => {
  const { readFileSync } = await import('node:fs');
  const html = readFileSync(sample);
  server = createServer((request, response) => {
    if (request.url === '/article.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else if (request.url === '/data.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

describe('outline command', () => {
  it('with no argument prints the bundled sample article as Markdown', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout.startsWith('# Putin in Kyrgystan for first trip abroad since ICC arrest warrant\n')).toBe(true);
    expect(stdout).toContain('\n## Challenges to Moscow’s Regional Influence\n');
    expect(stdout).toContain('## Related stories');
  });

  it('prints one file as JSON with the contract fields', async () => {
    const { code, stdout } = await run(['--format', 'json', sample]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    for (const field of ['source', 'url', 'found', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'wordCount', 'readingMinutes', 'outline', 'related', 'body']) {
      expect(result).toHaveProperty(field);
    }
    expect(result.found).toBe(true);
  });

  it('with --explain gives each related story a why, and only then', async () => {
    const plain = JSON.parse((await run(['--format', 'json', sample])).stdout) as { related: { why?: string }[] };
    const explained = JSON.parse((await run(['--format', 'json', '--explain', sample])).stdout) as { related: { why?: string }[] };
    expect(plain.related.some((story) => 'why' in story)).toBe(false);
    expect(explained.related.length).toBe(plain.related.length);
    expect(explained.related.every((story) => typeof story.why === 'string' && story.why.length > 0)).toBe(true);
  });

  it('outlines an http URL, resolving links against it', async () => {
    const { code, stdout } = await run(['--format', 'json', `${origin}/article.html`]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { url: string; title: string; related: { url: string }[] };
    expect(result.url).toBe(`${origin}/article.html`);
    expect(result.title).toBe('Putin in Kyrgystan for first trip abroad since ICC arrest warrant');
    expect(result.related.length).toBeGreaterThan(0);
    for (const story of result.related) expect(story.url.startsWith(`${origin}/`)).toBe(true);
  });

  it('says clearly when a URL fails or is not a page', async () => {
    const missing = await run([`${origin}/missing.html`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/HTTP 404/);
    const json = await run([`${origin}/data.json`]);
    expect(json.code).toBe(1);
    expect(json.stderr).toMatch(/not an HTML page/);
  });

  it('in batch mode prints exactly one JSON line per listed page, failures included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outline-cli-'));
    const list = join(dir, 'pages.tsv');
    writeFileSync(list, `${sample}\thttps://example.org/a/\n${join(dir, 'missing.html')}\t\n${sample}\t\n`);
    const { code, stdout } = await run(['--format', 'jsonl', '--batch', list]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const results = lines.map((line) => JSON.parse(line) as { found: boolean; url: string | null; error?: string; source: string });
    expect(results[0]).toMatchObject({ found: true, url: 'https://example.org/a/' });
    expect(results[1]!.found).toBe(false);
    expect(results[1]!.error).toMatch(/ENOENT|no such file/);
    // Without a URL in the list, the page's canonical URL is used.
    expect(results[2]!.url).toBe('https://news.example.org/world/putin-in-kyrgystan-for-first-trip-abroad-since-icc-arrest-warrant/');
  });

  it('exits 2 with the usage on a bad option or an unreadable batch list', async () => {
    const bad = await run(['--format', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format/);
    expect(bad.stderr).toMatch(/Usage:/);
    const list = await run(['--batch', '/nonexistent/list.tsv']);
    expect(list.code).toBe(2);
    expect(list.stderr).toMatch(/cannot read the batch list/);
    expect(list.stdout).toBe('');
  });
});
