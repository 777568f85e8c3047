/**
 * The scripts the background injects into pages (scripting.executeScript), each built as one
 * self-contained IIFE: no loader and no chunk that would have to be listed in
 * web_accessible_resources (which would let any page detect the extension).
 *
 * `import file from '../content/x.ts?injected'` gives the built file's path inside the extension.
 * crxjs's own `?script` builds such files without the project's plugins; this build runs
 * `stripExplanations` (the core's debug texts stay out of pages) and Preact's preset.
 *
 * The content script's core gets the article's blocks (the reader view's model, `content: true`)
 * from a second file, injected only when the reader view or a save asks for them: the core's
 * `./blocks/read-blocks` import resolves to src/content/article-blocks-slot.ts in the content
 * script, and src/content/article-blocks.ts fills that slot.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { minify as terser } from 'terser';
import { build, type InlineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { stripExplanations } from './strip-explanations.ts';

const QUERY = '?injected';
const VIRTUAL = '\0injected:';

/** The core's import of the block reader, and what the content script has in its place. */
const BLOCKS_IMPORTER = /\/src\/core\/analyze\.ts$/;
const BLOCKS_SOURCE = './blocks/read-blocks';
const BLOCKS_SLOT = 'src/content/article-blocks-slot.ts';
/** The entry that holds the real block reader (and so must not get the slot). */
const BLOCKS_ENTRY = 'src/content/article-blocks.ts';

/** `src/content/x.ts` → `src/content/x.js` (the path inside the extension). */
const outputName = (entry: string): string => entry.replace(/\.[cm]?[jt]sx?$/, '.js');

export interface InjectedBuild {
  root: string;
  mode: string;
  define: Record<string, unknown> | undefined;
  target: ResolvedConfig['build']['target'];
  minify: ResolvedConfig['build']['minify'];
  /** A folder to write into (with a source map): scripts/size-attribution.ts. Else nothing is written. */
  outDir?: string;
}

/** Vite's configuration for building one injected entry as an IIFE. */
export function injectedBuildConfig(entry: string, options: InjectedBuild): InlineConfig {
  const slot = path.join(options.root, BLOCKS_SLOT);
  return {
    configFile: false,
    root: options.root,
    mode: options.mode,
    logLevel: 'warn',
    define: options.define,
    plugins: [
      stripExplanations(),
      preact(),
      entry === BLOCKS_ENTRY
        ? null
        : {
            name: 'outline-reader:article-blocks-slot',
            enforce: 'pre',
            resolveId: (source, importer) =>
              source === BLOCKS_SOURCE && importer && BLOCKS_IMPORTER.test(importer) ? slot : null,
          },
    ],
    build: {
      write: options.outDir !== undefined,
      outDir: options.outDir,
      emptyOutDir: options.outDir !== undefined,
      target: options.target,
      minify: options.minify,
      sourcemap: options.outDir !== undefined,
      lib: { entry: path.join(options.root, entry), formats: ['iife'], name: 'outlineReader', fileName: () => 'x.js' },
    },
  };
}

/**
 * A second minification of an injected script, after Vite's own (oxc): terser's compressor, run
 * three times over, finds what one pass leaves (single-use functions and constants inlined, joined
 * declarations, shorter conditionals): 3 % less gzipped for the content script (52.7 → 50.9 KB
 * on 2026-12-04; esbuild, or terser alone on Vite's unminified output, gave more). Its default
 * compressor is the safe one (no `unsafe` rewrites); the build target is ES2022.
 */
export async function minifyInjected(code: string): Promise<string> {
  const result = await terser(code, { ecma: 2022, compress: { passes: 3 }, mangle: true, format: { comments: false } });
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}

/** Builds one entry as an IIFE and returns its code. */
async function buildInjected(config: ResolvedConfig, entry: string): Promise<string> {
  const { root, mode, define } = config;
  const result = await build(
    injectedBuildConfig(entry, { root, mode, define, target: config.build.target, minify: config.build.minify }),
  );
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry}: no script was built`);
  return config.build.minify ? minifyInjected(chunk.code) : chunk.code;
}

export function injectedScripts(): Plugin {
  let config: ResolvedConfig;
  const entries = new Set<string>();
  return {
    name: 'outline-reader:injected-scripts',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(source, importer) {
      if (!source.endsWith(QUERY) || !importer) return null;
      const file = path.resolve(path.dirname(importer), source.slice(0, -QUERY.length));
      const entry = path.relative(config.root, file).split(path.sep).join('/');
      readFileSync(file); // a missing file fails here, with its name
      entries.add(entry);
      return VIRTUAL + entry;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      // From the extension's root: Firefox resolves a relative path against the calling page (the
      // popup's src/popup/), Chromium against the root.
      return `export default ${JSON.stringify(`/${outputName(id.slice(VIRTUAL.length))}`)};`;
    },
    async generateBundle() {
      for (const entry of entries) {
        this.emitFile({ type: 'asset', fileName: outputName(entry), source: await buildInjected(config, entry) });
      }
    },
  };
}
