/**
 * One way to load a checkout's analysis core as it ships, for the Node benches (core-vs-readability.ts,
 * variant-prices.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { outlineDocument } from '../src/core/index';
import { stripExplanations } from '../scripts/vite/strip-explanations.ts';

export type OutlineDocument = typeof outlineDocument;

/**
 * A checkout's outlineDocument as it compiles for shipping: its src/core bundled by Vite into one plain ES
 * module (no tsx transform: tsx keeps function names with a helper call around every function, closures made
 * per call included, about 2 % of the core's time that no build of ours carries), then imported. With the
 * extension build's stripExplanations (this checkout's plugin, for both cores): the shipped core builds no
 * `why` texts for the CLI's --explain (measured 2026-12-05: 0.981 of the time with them, 120 pages, output equal).
 */
export async function loadCore(dir: string, what: string): Promise<OutlineDocument> {
  const entry = resolve(dir, 'src/core/index.ts');
  if (!existsSync(entry)) throw new Error(`${what}: ${entry} not found`);
  const outDir = mkdtempSync(resolve(tmpdir(), 'outline-bench-core-'));
  try {
    await build({
      configFile: false,
      root: dir,
      logLevel: 'warn',
      publicDir: false,
      plugins: [stripExplanations()],
      define: { __E2E__: 'false' },
      build: {
        ssr: entry,
        outDir,
        target: 'node20',
        minify: false,
        // .mjs: tsx transforms a plain .js module outside a "type": "module" package (it wraps every function,
        // closures made per call included, in its name-keeping helper); it leaves an .mjs module as built.
        rollupOptions: { output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' } },
      },
    });
    const file = resolve(outDir, 'index.mjs');
    if (!existsSync(file)) throw new Error(`${what}: the build wrote no index.mjs`);
    const module = (await import(pathToFileURL(file).href)) as { outlineDocument?: OutlineDocument };
    if (typeof module.outlineDocument !== 'function') throw new Error(`${what}: ${entry} exports no outlineDocument`);
    return module.outlineDocument;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
