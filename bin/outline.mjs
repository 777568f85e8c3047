#!/usr/bin/env node
/**
 * The `outline` command (package.json "bin"; `npx outline …`, `npm run -s outline -- …`).
 * Runs the compiled tool, dist-cli/outline.mjs; compiles it first (scripts/build-cli.mjs) when it
 * is missing or older than a file in src/, so that a checkout never runs stale code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'outline.mjs');
const sources = join(root, 'src');

/** True when a file under src/ changed after the bundle was built (a few ms for the whole tree). */
function isStale() {
  if (!existsSync(sources)) return false; // an installed copy without sources
  const built = statSync(bundle).mtimeMs;
  return readdirSync(sources, { recursive: true }).some((name) => statSync(join(sources, name)).mtimeMs > built);
}

if (!existsSync(bundle) || isStale()) {
  process.stderr.write('outline: compiling the command-line tool (src/ changed since the last build)…\n');
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    buildCli();
  } catch (error) {
    process.stderr.write(`outline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

// A reader that stops early (`outline … | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import(pathToFileURL(bundle).href);
try {
  process.exitCode = await main(process.argv.slice(2), { sample: join(root, 'samples', 'sample-article.html') });
} catch (error) {
  process.stderr.write(`outline: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
