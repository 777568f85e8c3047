/**
 * Which source modules the bytes of an injected script come from (issue #12's size budget): builds
 * the entry as the extension build does (scripts/vite/injected-scripts.ts), with a source map, and
 * attributes the minified bytes to source files; prints the largest files, then per folder, then
 * each folder's code gzipped on its own (these do not add up: gzip shares context across a file).
 * The attribution is of Vite's own minification (oxc, which keeps a source map); the shipped file
 * is minified otherwise (`minifyInjected`): its size is printed first.
 *   npx tsx scripts/size-attribution.ts [src/content/content-script.ts] [--top N]
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { buildInjectedCode, type InjectedBuild, injectedBuildConfig } from './vite/injected-scripts.ts';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 40;
const entry = args.find((arg, i) => !arg.startsWith('--') && i !== topAt + 1) ?? 'src/content/content-script.ts';
const outDir = path.join(tmpdir(), `outline-reader-size-attribution-${process.pid}`);
const root = path.resolve(import.meta.dirname, '..');

const options: InjectedBuild = {
  root,
  mode: 'production',
  define: { __E2E__: 'false' },
  target: 'es2022',
  minify: true,
};
const shipped = await buildInjectedCode(entry, options);
const attributed = injectedBuildConfig(entry, { ...options, outDir });
await build({ ...attributed, build: { ...attributed.build, minify: true } });
const code = readFileSync(path.join(outDir, 'x.js'), 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(path.join(outDir, 'x.js.map'), 'utf8')));
const lines = code.split('\n');
const segments: { line: number; column: number; source: string }[] = [];
map.eachMapping((m) =>
  segments.push({ line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(no source: data, CSS)' }),
);
segments.sort((a, b) => a.line - b.line || a.column - b.column);

const short = (source: string) => source.replace(/.*node_modules\//, 'node_modules/').replace(/.*\/src\//, 'src/');
const folder = (file: string) =>
  file
    .split('/')
    .slice(0, file.startsWith('src/core/detect') ? 4 : 3)
    .join('/');
const bytes = new Map<string, number>();
const text = new Map<string, string>();
segments.forEach((segment, i) => {
  const next = segments[i + 1];
  const lineText = lines[segment.line - 1] ?? '';
  const end = next && next.line === segment.line ? next.column : lineText.length;
  const file = short(segment.source);
  bytes.set(file, (bytes.get(file) ?? 0) + end - segment.column);
  const key = folder(file);
  text.set(key, (text.get(key) ?? '') + lineText.slice(segment.column, end));
});

const gz = (value: string) => gzipSync(value, { level: 9 }).length;
const row = (value: number, name: string) => `${String(value).padStart(8)}  ${name}`;
console.log(`${entry} as shipped: ${shipped.length} bytes, ${gz(shipped)} gzipped`);
console.log(
  `minified by Vite (attributed below): ${code.length} bytes, ${gz(code)} gzipped\n\nminified bytes by file:`,
);
for (const [file, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(size, file));
console.log('\nby folder: minified, gzipped alone');
for (const [key, value] of [...text].sort((a, b) => b[1].length - a[1].length))
  console.log(`${row(value.length, '')}${row(gz(value), key)}`);
