/**
 * The `outline` command as a user runs it: the bundled sample, a file, a URL on a local server,
 * a batch list in each format (the scorer's contract is jsonl), bad input and local encodings.
 * Most cases call the command's main() in this process; a few start the real command
 * (bin/outline.mjs → dist-cli/outline.mjs) to check exit codes, stdout and stderr end to end.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/outline';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sample = join(repoRoot, 'samples/sample-article.html');
const bin = join(repoRoot, 'bin/outline.mjs');
const SAMPLE_TITLE = 'Putin in Kyrgystan for first trip abroad since ICC arrest warrant';
const SAMPLE_CANONICAL =
  'https://news.example.org/world/putin-in-kyrgystan-for-first-trip-abroad-since-icc-arrest-warrant/';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() in this process, its output captured. */
async function outline(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { sample, out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The real command in a child process. */
function command(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: repoRoot, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'outline-cli-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let server: Server;
let origin = '';

beforeAll(async () => {
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

describe('outline command, end to end', () => {
  // The command compiles itself first when src/ changed since the last build: do that here.
  beforeAll(() => command(['--help']), 60_000);

  it('with no argument prints the bundled sample article as Markdown, exit 0', async () => {
    const { code, stdout, stderr } = await command([]);
    expect(code).toBe(0);
    expect(stdout.startsWith(`# ${SAMPLE_TITLE}\n`)).toBe(true);
    expect(stdout).toContain('\n## Challenges to Moscow’s Regional Influence\n');
    expect(stdout).toContain('## Related stories');
    expect(stderr).toBe('');
  });

  it('prints --help on stdout with exit 0', async () => {
    const { code, stdout, stderr } = await command(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:\n {2}outline /);
    expect(stdout).toContain('--batch LIST');
    expect(stderr).toBe('');
  });

  it('refuses bad input with one line naming the path, exit 1, nothing on stdout', async () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.html'), /: no such file$/],
      [dir, /: is a directory, not an HTML file$/],
      ['/bin/ls', /: not an HTML file \(binary content\)$/],
      [file('empty.html', ''), /: empty file$/],
    ];
    // One process per case, started together (each is a full start of the command).
    const runs = await Promise.all(cases.map(([path]) => command([path])));
    for (const [index, [path, message]] of cases.entries()) {
      const { code, stdout, stderr } = runs[index]!;
      expect(code, path).toBe(1);
      expect(stdout, path).toBe('');
      const lines = stderr.trimEnd().split('\n');
      expect(lines, path).toHaveLength(1);
      expect(lines[0], path).toMatch(new RegExp(`^outline: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(lines[0], path).toMatch(message);
    }
  });

  it('exits 2 with the usage on stderr for a bad option', async () => {
    const { code, stdout, stderr } = await command(['--format', 'yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^outline: unknown format "yaml" \(use markdown, json, jsonl\)\nUsage:/);
  });

  it('stops quietly when its reader closes the pipe early (`outline … | head -c 1`)', async () => {
    // More output than a pipe buffers (64 KiB), so that writes go on after the reader has gone.
    const list = file('many.tsv', `${sample}\t\n`.repeat(20));
    const { stdout, stderr } = await new Promise<Run>((done) => {
      const pipeline = `"${process.execPath}" "${bin}" --batch "${list}" | head -c 1`;
      execFile('sh', ['-c', pipeline], (error, out, err) => done({ code: error ? 1 : 0, stdout: out, stderr: err }));
    });
    expect(stdout).toBe('{');
    expect(stderr).toBe('');
  });
});

describe('outline command', () => {
  it('prints one file as JSON with the contract fields', async () => {
    const { code, stdout } = await outline(['--format', 'json', sample]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    const fields = ['source', 'url', 'found', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir'];
    fields.push('excerpt', 'wordCount', 'readingMinutes', 'outline', 'keyPoints', 'related', 'body');
    for (const field of fields) expect(result).toHaveProperty(field);
    expect(result.found).toBe(true);
    expect(result.title).toBe(SAMPLE_TITLE);
  });

  it('with --explain gives each related story a why, and only then', async () => {
    const plain = JSON.parse((await outline(['--format', 'json', sample])).stdout) as { related: { why?: string }[] };
    const explained = JSON.parse((await outline(['--format', 'json', '--explain', sample])).stdout) as {
      related: { why?: string }[];
    };
    expect(plain.related.some((story) => 'why' in story)).toBe(false);
    expect(explained.related.length).toBe(plain.related.length);
    expect(explained.related.every((story) => typeof story.why === 'string' && story.why.length > 0)).toBe(true);
  });

  it('outlines an http URL, resolving links against it', async () => {
    const { code, stdout } = await outline(['--format', 'json', `${origin}/article.html`]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { url: string; title: string; related: { url: string }[] };
    expect(result.url).toBe(`${origin}/article.html`);
    expect(result.title).toBe(SAMPLE_TITLE);
    expect(result.related.length).toBeGreaterThan(0);
    for (const story of result.related) expect(story.url.startsWith(`${origin}/`)).toBe(true);
  });

  it('says clearly when a URL fails or is not a page', async () => {
    const missing = await outline([`${origin}/missing.html`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`outline: could not fetch ${origin}/missing.html: HTTP 404 Not Found\n`);
    const json = await outline([`${origin}/data.json`]);
    expect(json.code).toBe(1);
    expect(json.stderr).toBe(`outline: ${origin}/data.json is not an HTML page (content-type: application/json)\n`);
  });

  it('refuses a file of control characters without NUL bytes as binary, but not one stray control byte', async () => {
    const noisy = file('noisy.html', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 ? 0x41 : 0x01))));
    expect((await outline([noisy])).stderr).toBe(`outline: ${noisy}: not an HTML file (binary content)\n`);
    const stray = file(
      'stray.html',
      `<html><body><article><h1>Stray</h1><p>One \u0001 control byte.</p></article></body></html>`,
    );
    expect((await outline([stray])).code).toBe(0);
  });

  it('decodes a valid UTF-8 file as UTF-8 whatever it declares', async () => {
    const html =
      '<html><head><meta charset="iso-8859-1"><title>Ærø — “Ünïcödé” 東京</title></head><body></body></html>';
    const { stdout } = await outline(['--format', 'json', file('utf8.html', html)]);
    expect((JSON.parse(stdout) as { title: string }).title).toBe('Ærø — “Ünïcödé” 東京');
  });

  it('decodes a page saved as windows-1252 by its declared charset (meta charset and http-equiv)', async () => {
    const latin = (text: string) =>
      Buffer.from(text.replace(/“/g, '\x93').replace(/”/g, '\x94').replace(/–/g, '\x96'), 'latin1');
    const body = '<body><p>Le caf\xe9 cr\xe8me “na\xeff” – voil\xe0.</p></body></html>';
    const withMeta = file('cp1252.html', latin(`<html><head><meta charset="windows-1252"></head>${body}`));
    const withEquiv = file(
      'equiv.html',
      latin(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>${body}`),
    );
    for (const path of [withMeta, withEquiv]) {
      const { stdout } = await outline(['--format', 'json', path]);
      expect((JSON.parse(stdout) as { body: string }).body, path).toBe('Le café crème “naïf” – voilà.');
    }
  });

  it('decodes a page in another declared charset (Shift_JIS)', async () => {
    // 日本 in Shift_JIS is 93 FA 96 7B.
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta charset="shift_jis"></head><body><p>'),
      Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
      Buffer.from('</p></body></html>'),
    ]);
    const { stdout } = await outline(['--format', 'json', file('sjis.html', bytes)]);
    expect((JSON.parse(stdout) as { body: string }).body).toBe('日本');
  });

  it('rejects option mixes it cannot honour, with the reason', async () => {
    const both = await outline(['--batch', 'list.tsv', sample]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^outline: give either --batch LIST or one file or URL, not both\n/);
    for (const args of [
      ['--batch', 'list.tsv', '--body'],
      ['--format', 'json', '--body', sample],
    ]) {
      const body = await outline(args);
      expect(body.code).toBe(2);
      expect(body.stderr).toMatch(/^outline: --body goes with --format markdown/);
    }
    const url = await outline(['--url', 'ftp://example.org/', sample]);
    expect(url.stderr).toMatch(/^outline: --url must be an http\(s\) URL\n/);
  });
});

describe('outline --batch', () => {
  const list = (() => {
    mkdirSync(dir, { recursive: true });
    return file('pages.tsv', `${sample}\thttps://example.org/a/\n${join(dir, 'missing.html')}\t\n\n${sample}\t\n`);
  })();

  it('jsonl (the default): exactly one JSON line per listed page, failures included', async () => {
    for (const args of [
      ['--batch', list],
      ['--format', 'jsonl', '--batch', list],
    ]) {
      const { code, stdout, stderr } = await outline(args);
      expect(code).toBe(0);
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(3);
      const results = lines.map((line) => JSON.parse(line) as { found: boolean; url: string | null; error?: string });
      expect(results[0]).toMatchObject({ found: true, url: 'https://example.org/a/' });
      expect(results[1]).toMatchObject({ found: false, error: `${join(dir, 'missing.html')}: no such file` });
      // Without a URL in the list, the page's canonical URL is used.
      expect(results[2]!.url).toBe(SAMPLE_CANONICAL);
      expect(stderr).toBe(`outline: ${join(dir, 'missing.html')}: no such file\n`);
    }
  });

  it('json: one JSON array of the same objects', async () => {
    const { code, stdout } = await outline(['--format', 'json', '--batch', list]);
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { found: boolean; title: string }[];
    expect(results.map((r) => r.found)).toEqual([true, false, true]);
    expect(results[0]!.title).toBe(SAMPLE_TITLE);
  });

  it('markdown: one section per page, each marked with its source', async () => {
    const { code, stdout } = await outline(['--format', 'markdown', '--batch', list]);
    expect(code).toBe(0);
    const sections = stdout.split(/^<!-- source: (.*) -->\n/m).slice(1);
    expect(sections.filter((_, i) => i % 2 === 0)).toEqual([sample, join(dir, 'missing.html'), sample]);
    expect(sections[1]!.startsWith(`# ${SAMPLE_TITLE}\n`)).toBe(true);
    expect(sections[3]).toContain('> No article found: ');
  });

  it('exits 2 when the list itself cannot be read, printing nothing on stdout', async () => {
    const { code, stdout, stderr } = await outline(['--batch', '/nonexistent/list.tsv']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^outline: cannot read the batch list \/nonexistent\/list.tsv: /);
    expect(stdout).toBe('');
  });
});
