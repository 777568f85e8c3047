/**
 * The floor of a first click's injection step, for bench/browser/first-click.ts (`--injection-floor`):
 * a copy of an e2e build whose content script is a few bytes that answer at once with the page's
 * outline (made here, in Node, by the same core). The same flow (tab read, probe, one executeScript
 * with public/content-reply.js, reply, render) without the script's compile, top level and analysis:
 * what the browser's own injection (the isolated world, the files, the round trip) costs.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../src/core/analyze';

/** The content script's answer to a plain 'content/analyze' for this page (as src/content/main.ts makes it). */
function answerFor(html: string, url: string): unknown {
  const { document } = parseHTML(html);
  const { result } = analyzeDocument(document as unknown as Document, { url });
  const { content: _blocks, ...outline } = result;
  return { ok: true, outline: { ...outline, body: '' }, tookMs: 0 };
}

/** A copy of `dist` whose content script answers `html`'s outline without reading the page. */
export function injectionFloorDist(dist: string, html: string, url: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'outline-reader-injection-floor-'));
  cpSync(dist, copy, { recursive: true });
  const state = `{isAlive:()=>true,answerInjection:async()=>(${JSON.stringify(answerFor(html, url))})}`;
  writeFileSync(path.join(copy, 'src/content/content-script.js'), `globalThis.__outlineReaderContent=${state};`);
  return copy;
}
