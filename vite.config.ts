import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type CrxPlugin } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { injectedScripts } from './scripts/vite/injected-scripts.ts';
import { stripExplanations } from './scripts/vite/strip-explanations.ts';

/**
 * One build serves Chrome and Firefox: Chromium wants `background.service_worker`,
 * Firefox (event page) wants `background.scripts` and a gecko id. Chromium 156 loads the
 * combined form with a warning only; `web-ext lint` accepts it.
 */
function crossBrowserManifest(): CrxPlugin {
  return {
    name: 'outline-reader:cross-browser-manifest',
    enforce: 'post',
    renderCrxManifest(built) {
      const out = built as unknown as Record<string, unknown>;
      // One version number, package.json's: the stores and the zips (npm run package) read it here.
      out.version = pkg.version;
      const worker =
        built.background && 'service_worker' in built.background ? built.background.service_worker : undefined;
      if (worker) {
        out.background = { service_worker: worker, type: 'module', scripts: [worker] };
      }
      // crxjs lists injected scripts in web_accessible_resources for every site; scripting.executeScript
      // does not need that, and it would let any page detect the extension. Expose nothing.
      delete out.web_accessible_resources;
      out.browser_specific_settings = {
        gecko: {
          id: 'outline-reader@example.org',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      };
      return built;
    },
  };
}

/**
 * Preact assigns innerHTML only for `dangerouslySetInnerHTML`, which this extension never uses
 * (page text must never reach innerHTML). Its two assignments are rewritten in the built files
 * (also the content script, which crxjs bundles apart) so that the shipped code holds none and
 * `web-ext lint` (the add-on stores' check) reports nothing: clearing the old markup becomes
 * `textContent = ""`, setting it throws.
 */
function noInnerHtmlInPreact(): Plugin {
  const setHtml = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
  const clearHtml = /([\w$]+)\.innerHTML=(""|''|``)/g;
  const rewrite = (code: string): string =>
    code
      .replace(setHtml, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported")})()')
      .replace(clearHtml, '$1.textContent=""');
  let outDir = '';
  return {
    name: 'outline-reader:no-innerhtml-in-preact',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      for (const file of files) {
        const code = readFileSync(join(outDir, file), 'utf8');
        const rewritten = rewrite(code);
        if (/\.innerHTML=/.test(rewritten)) this.error(`${file}: an innerHTML assignment was not rewritten`);
        if (rewritten !== code) writeFileSync(join(outDir, file), rewritten);
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    // The core's data without the explanations only the CLI shows (it is injected into pages).
    stripExplanations(),
    noInnerHtmlInPreact(),
    preact(),
    // The scripts injected into pages (`?injected` imports), each one self-contained IIFE: no loader,
    // no chunks listed in web_accessible_resources, so web pages cannot detect the extension through them.
    injectedScripts(),
    crx({ manifest }),
    crossBrowserManifest(),
  ],
  define: {
    // Test-only hooks (e.g. calling the keyboard-command handler from an e2e test) exist only in
    // `vite build --mode e2e`; production builds drop them as dead code.
    __E2E__: JSON.stringify(mode === 'e2e'),
  },
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Extension pages run in Chromium / Firefox versions that support modulepreload natively.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rollupOptions: {
      input: { library: 'library.html', reader: 'reader.html' },
    },
  },
}));
