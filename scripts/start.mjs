#!/usr/bin/env node
/**
 * `npm start` for a newcomer:
 *   1. builds the extension into dist/;
 *   2. with a display ($DISPLAY or $WAYLAND_DISPLAY set): opens Chromium with dist/ loaded, on the
 *      bundled sample article (served from 127.0.0.1), and waits until that window is closed;
 *   3. without one: prints the sample article's outline (`npm run -s outline`) and how to load
 *      dist/ into Chrome or Firefox by hand.
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const sample = path.join(root, 'samples/sample-article.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function printLoadByHand() {
  console.log(`
How to load the extension by hand
  Chrome / Chromium / Edge: open chrome://extensions, turn on "Developer mode",
    click "Load unpacked" and choose ${dist}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
    and choose ${path.join(dist, 'manifest.json')}
Then open an article and click the Outline Reader button in the toolbar (Alt+Shift+L),
or press Alt+Shift+O to show the outline beside the page.`);
}

/** Serves the sample article on 127.0.0.1 (an http page: activeTab needs no file access there). */
async function serveSample() {
  const html = readFileSync(sample);
  const server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname !== '/sample-article.html') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/sample-article.html` };
}

async function openInChromium() {
  const { server, url } = await serveSample();
  const profile = mkdtempSync(path.join(tmpdir(), 'outline-reader-start-'));
  console.log(`\nOpening Chromium with dist/ loaded on ${url}`);
  console.log('Click the Outline Reader button (under the puzzle-piece menu; pin it) or press Alt+Shift+L;');
  console.log('Alt+Shift+O shows the outline beside the page. Close the window (or Ctrl+C) to stop.\n');
  const browser = spawn(
    chromiumPath,
    [
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      url,
    ],
    { stdio: 'ignore' },
  );
  const stop = () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  process.on('SIGINT', () => browser.kill('SIGTERM'));
  browser.on('error', (error) => {
    console.error(`Could not start ${chromiumPath}: ${error.message} (set CHROMIUM_PATH).`);
    printLoadByHand();
    stop();
    process.exitCode = 1;
  });
  browser.on('exit', (code) => {
    stop();
    if (code) {
      console.error(`Chromium exited with code ${code} (no usable display?).`);
      printLoadByHand();
      process.exitCode = code;
    }
  });
}

console.log('Building the extension into dist/ …');
run('npx', ['vite', 'build', '--logLevel', 'warn']);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay && existsSync(chromiumPath)) {
  await openInChromium();
} else {
  console.log(
    `\nNo display${hasDisplay ? ` (and no Chromium at ${chromiumPath})` : ''}: here is the outline of the bundled sample article (npm run -s outline):\n`,
  );
  run('npm', ['run', '-s', 'outline']);
  printLoadByHand();
}
