import { defineConfig } from 'vite';

/**
 * The command-line tool, compiled once into one self-contained ES module for Node
 * (dist-cli/outline.mjs, linkedom included): `npm run build:cli` (scripts/build-cli.mjs).
 * bin/outline.mjs starts it.
 */
export default defineConfig({
  define: { __E2E__: 'false' },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/outline.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'outline.mjs' } },
  },
});
