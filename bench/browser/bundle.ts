/** Builds bench/browser/page-entry.ts (the core + Readability) into one minified IIFE, in memory, with Vite. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildBenchBundle(minify = true): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: path.resolve(here, '../..'),
    define: { __E2E__: 'false' },
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
