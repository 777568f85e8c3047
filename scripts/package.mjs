#!/usr/bin/env node
/**
 * `npm run package`: the two store packages, from one production build (vite build → dist/):
 *   web-ext-artifacts/outline-reader-chrome-<version>.zip   (Chrome Web Store, Edge Add-ons)
 *   web-ext-artifacts/outline-reader-firefox-<version>.zip  (addons.mozilla.org)
 * <version> is package.json's (the build writes it into the manifest). Each zip gets the manifest
 * its browser wants: Chrome a service worker and no Gecko settings; Firefox an event page
 * (background.scripts) with its add-on id. The Firefox zip is then unpacked and checked with
 * `web-ext lint`; any error or warning fails the run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const artifacts = join(root, 'web-ext-artifacts');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`package: ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return result;
}

/** A copy of dist/ with the manifest changed by `edit`. */
function stage(scratch, name, edit) {
  const dir = join(scratch, name);
  cpSync(dist, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  edit(manifest);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

console.log(`Building Outline Reader ${version} into dist/ …`);
run(bin('vite'), ['build', '--logLevel', 'warn']);
const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
if (built.version !== version) {
  console.error(`package: dist/manifest.json has version ${built.version}, package.json ${version}`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'outline-reader-package-'));
try {
  const worker = built.background?.service_worker;
  if (!worker) throw new Error('dist/manifest.json has no background.service_worker');
  const chrome = stage(scratch, 'chrome', (manifest) => {
    manifest.background = { service_worker: worker, type: 'module' };
    delete manifest.browser_specific_settings;
  });
  const firefox = stage(scratch, 'firefox', (manifest) => {
    manifest.background = { scripts: [worker], type: 'module' };
    if (!manifest.browser_specific_settings?.gecko?.id) throw new Error('no Firefox add-on id in the manifest');
  });

  mkdirSync(artifacts, { recursive: true });
  const zips = {};
  for (const [browser, dir] of Object.entries({ chrome, firefox })) {
    const filename = `outline-reader-${browser}-${version}.zip`;
    run(bin('web-ext'), [
      'build',
      '--source-dir',
      dir,
      '--artifacts-dir',
      artifacts,
      '--filename',
      filename,
      '--overwrite-dest',
    ]);
    zips[browser] = join(artifacts, filename);
  }

  // Lint what is uploaded: the Firefox zip, unpacked.
  const unpacked = join(scratch, 'firefox-zip');
  mkdirSync(unpacked);
  run('unzip', ['-q', zips.firefox, '-d', unpacked]);
  const lint = spawnSync(
    bin('web-ext'),
    ['lint', '--source-dir', unpacked, '--output', 'json', '--self-hosted=false'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const report = JSON.parse(lint.stdout);
  const { errors, warnings, notices } = report.summary;
  for (const item of [...report.errors, ...report.warnings, ...report.notices]) {
    console.log(`  ${item._type}: ${item.code} ${item.message} ${item.file ?? ''}`);
  }
  console.log(`web-ext lint on ${zips.firefox}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  if (errors || warnings) process.exitCode = 1;
  for (const zip of Object.values(zips)) {
    if (!existsSync(zip)) throw new Error(`${zip} was not written`);
    console.log(`built ${zip.slice(root.length + 1)}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
