/**
 * The analysis core in real Chromium (an isolated world, as the content script runs) on hostile
 * pages: forms whose controls clobber the DOM properties a walk reads, headings of invisible
 * characters, a very long list item; and on generated documents, where it must hold the same
 * invariants as in Node and give the outline linkedom gives on the same tree.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import type { OutlineResult } from '../../src/core/types';
import { CLOBBERING_NAMES, documentArbitrary, invariantFailures } from '../support/generated-documents';
import { type CoreInChromium, launchCoreInChromium } from './support/core-in-chromium';

const URL = 'https://news.example.com/2026/12/harbour-plan-approved';
const PARAGRAPH =
  '<p>The council said on Tuesday that its plan for the harbour would go ahead after months of talks, residents said.</p>';
const ARTICLE = `<article><h1>Harbour plan approved</h1>${PARAGRAPH}<h2>Next steps</h2><ul><li>One</li><li>Two</li></ul>${PARAGRAPH}</article>`;
/** Generated documents run in Chromium and in linkedom (each costs a page load). */
const GENERATED_RUNS = 60;
/** Share of generated documents whose outline must be the same in Chromium and linkedom on the same tree. */
const MIN_SAME_TREE_AGREEMENT = 0.95;

let core: CoreInChromium;
beforeAll(async () => {
  core = await launchCoreInChromium();
});
afterAll(async () => {
  await core?.close();
});

function page(body: string): string {
  return `<!doctype html><html><head><title>Harbour plan approved</title></head><body>${body}</body></html>`;
}

async function outline(html: string): Promise<OutlineResult> {
  const result = await core.outline(html, URL);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('hostile pages in Chromium', () => {
  it('gives the normal outline whatever a form around or before the article clobbers', async () => {
    for (const name of CLOBBERING_NAMES) {
      for (const body of [
        `<form><input name="${name}">${ARTICLE}</form>`,
        `<form><input name="${name}"></form>${ARTICLE}`,
      ]) {
        const result = await outline(page(body));
        expect(result.found, `${name}: ${result.reason}`).toBe(true);
        expect(
          result.outline.map((section) => section.text),
          name,
        ).toEqual(['Next steps']);
        expect(result.outline[0]!.bullets, name).toEqual(['One', 'Two']);
      }
    }
  }, 300_000);

  it('drops headings and bullets made only of invisible characters', async () => {
    const body = `<article><h1>Harbour plan approved</h1>${PARAGRAPH}<h2>\u200B</h2><h2>\u00AD</h2><h2>\u200B\u200C\u2060</h2>
      <h2>Next steps</h2><ul><li>\u200B</li><li>One</li></ul>${PARAGRAPH}</article>`;
    const result = await outline(page(body));
    expect(result.outline.map((section) => section.text)).toEqual(['Next steps']);
    expect(result.outline[0]!.bullets).toEqual(['One']);
  });

  it('clips a very long list item instead of giving an invalid outline', async () => {
    const clause = 'The tenant shall keep the premises in good repair, '.repeat(100);
    const result = await outline(
      page(`<article><h1>Harbour plan approved</h1>${PARAGRAPH}<h2>Terms</h2><ul><li>${clause}</li></ul></article>`),
    );
    expect(result.found).toBe(true);
    const bullet = result.outline[0]!.bullets[0]!;
    expect(bullet.length).toBeLessThanOrEqual(1000);
    expect(bullet.endsWith('…')).toBe(true);
    expect(invariantFailures(result)).toEqual([]);
  });
});

describe('generated documents in Chromium', () => {
  it('hold the invariants and give the outline linkedom gives on the same tree', async () => {
    const documents = fc.sample(documentArbitrary, { seed: 20_261_203, numRuns: GENERATED_RUNS });
    const key = (result: OutlineResult) =>
      JSON.stringify([result.found, result.title, result.byline, result.outline, result.related, result.body]);
    let same = 0;
    const differences: string[] = [];
    for (const [index, html] of documents.entries()) {
      const inChromium = await outline(html);
      expect(invariantFailures(inChromium), `document ${index}`).toEqual([]);
      // The same tree: Chromium's parse, serialised, read by linkedom (their parsers differ on broken markup).
      const tree = parseHTML(await core.serializedDom()).document as unknown as Document;
      const inLinkedom = outlineDocument(tree, { url: URL });
      if (key(inChromium) === key(inLinkedom)) same++;
      else differences.push(`document ${index}`);
    }
    console.log(
      `same outline on the same tree: ${same}/${documents.length}${differences.length ? ` (differ: ${differences.join(', ')})` : ''}`,
    );
    expect(same / documents.length).toBeGreaterThanOrEqual(MIN_SAME_TREE_AGREEMENT);
  }, 600_000);
});
