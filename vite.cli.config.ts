import { defineConfig } from 'vite';

/**
 * The command-line tool, compiled once into self-contained ES modules for Node, linkedom included:
 * dist-cli/outline.mjs (options, file checks, output) and the parser + core it loads on the first
 * page (dist-cli/outline-page-<hash>.mjs), so that --help and refused files start fast.
 * `npm run build:cli` (scripts/build-cli.mjs); bin/outline.mjs starts it.
 */
export default defineConfig({
  define: { __E2E__: 'false' },
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/outline.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'outline.mjs', chunkFileNames: 'outline-[name]-[hash].mjs' },
    },
  },
});
