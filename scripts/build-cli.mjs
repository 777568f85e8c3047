#!/usr/bin/env node
/**
 * Compiles the command-line tool (src/cli/outline.ts and the core) into dist-cli/outline.mjs and the
 * chunk it loads lazily (outline-page-<hash>.mjs) with Vite (vite.cli.config.ts). Builds into a
 * private folder first and then renames the files into place, chunks first and the entry last, so
 * that an `outline` started meanwhile never reads a half-written bundle or misses its chunk.
 *   node scripts/build-cli.mjs        (npm run build:cli)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'dist-cli', 'outline.mjs');

/** Builds the bundle; Vite's own output goes to stderr (stdout stays the command's). Throws on failure. */
export function buildCli() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) throw new Error('vite is not installed: run `npm ci` first');
  const scratch = join(root, 'dist-cli', `.build-${process.pid}`);
  const args = [vite, 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn', '--outDir', scratch];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 2, 2] });
  try {
    if (run.status !== 0) throw new Error(`building the command-line tool failed (exit ${run.status ?? run.signal})`);
    const out = dirname(bundlePath);
    mkdirSync(out, { recursive: true });
    const chunks = readdirSync(scratch).filter((name) => name.endsWith('.mjs') && name !== 'outline.mjs');
    for (const name of chunks) renameSync(join(scratch, name), join(out, name));
    renameSync(join(scratch, 'outline.mjs'), bundlePath);
    // Chunks of earlier builds (their names hold another hash) are no longer referenced.
    for (const name of readdirSync(out)) {
      if (/^outline-.*\.mjs$/.test(name) && !chunks.includes(name)) rmSync(join(out, name), { force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    buildCli();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
