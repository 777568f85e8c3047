/**
 * Builds bench/browser/page-entry.ts (the core + Readability) into one minified IIFE, in memory, with Vite.
 * The core is trimmed as the extension's build trims it (scripts/vite/strip-explanations.ts): the benches
 * time the code that ships.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { stripExplanations } from '../../scripts/vite/strip-explanations';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildBenchBundle(minify = true): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: path.resolve(here, '../..'),
    define: { __E2E__: 'false' },
    plugins: [stripExplanations()],
    build: {
      write: false,
      minify,
      target: 'es2022',
      lib: { entry: path.join(here, 'page-entry.ts'), formats: ['iife'], name: 'OutlineBench', fileName: 'bench' },
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const chunk = results
    .flatMap((result) => result.output)
    .find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('the bench bundle was not built');
  return chunk.code;
}

/**
 * A bench entry written as source (importing two checkouts' modules, say) built into one minified
 * IIFE. The entry file lives in a temporary folder inside the repository (so that its bare imports
 * resolve to this repository's node_modules) and is removed afterwards.
 */
export async function buildEntryBundle(source: string, name: string): Promise<string> {
  const root = path.resolve(here, '../..');
  const dir = mkdtempSync(path.join(root, '.bench-entry-'));
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, source);
  try {
    const output = await build({
      configFile: false,
      logLevel: 'warn',
      root,
      define: { __E2E__: 'false' },
      plugins: [stripExplanations()],
      build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name } },
    });
    const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
    const chunk = results.flatMap((result) => result.output).find((item) => item.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('the bench entry was not built');
    return chunk.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
