// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableJavaScriptEvaluation":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The core on a browser-like DOM (happy-dom's DOMParser), the way the content script hands it a
 * document: the same required behaviour as core-robustness.test.ts (linkedom) on a few key cases,
 * so that nothing depends on one DOM library's quirks. The environment options stop happy-dom
 * from fetching the seed page's stylesheet and scripts (and logging that it may not).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument, isProbablyArticle, outlineDocument } from '../../src/core/index';
import type { OutlineResult, OutlineSection } from '../../src/core/index';
import { fixtureExpected, fixtureHtml, SEED } from '../support/corpus';

const PAGE_URL = 'https://news.example.org/world/hostile-input-test-story/';

interface SeedExpected {
  url: string;
  title: string;
  headings: { level: number; text: string }[];
  bullets: string[];
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function readSeed(): { html: string; expected: SeedExpected } {
  return {
    html: fixtureHtml(SEED),
    expected: fixtureExpected<SeedExpected>(SEED),
  };
}

function flatten(outline: readonly OutlineSection[]): OutlineSection[] {
  return outline.flatMap((s) => [s, ...flatten(s.children)]);
}

function headingTexts(result: OutlineResult): string[] {
  return flatten(result.outline)
    .filter((s) => s.level > 0)
    .map((s) => s.text);
}

const PROSE = [
  'The city council voted on Tuesday to approve a new plan for the harbour district, ending a debate that had lasted more than two years and divided residents, shop owners and the port authority.',
  'Under the plan, the old warehouses along the eastern quay will be turned into housing, workshops and a public library, while the container terminal moves two kilometres further down the coast.',
  'Supporters say the project will bring thousands of people back to a part of town that has been empty at night for decades; opponents worry about rents, traffic and the cost of cleaning the soil.',
  'The mayor said construction could start next spring if the regional government signs off on the financing, which still depends on a loan from the national development bank.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

function articlePage(content: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves harbour district plan - Example News</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/category/world/">World</a></li></ul></nav>
<main><article><h1>Council approves harbour district plan</h1>${PROSE}${content}${PROSE}</article></main>
<footer><a href="/about/">About</a></footer></body></html>`;
}

describe('core on happy-dom', () => {
  it('outlines the seed page: title and its seven headings', () => {
    const { html, expected } = readSeed();
    const result = outlineDocument(parse(html), { url: expected.url });
    expect(result.found).toBe(true);
    expect(result.title).toBe(expected.title);
    expect(
      flatten(result.outline)
        .filter((s) => s.level > 0)
        .map((s) => ({ level: s.level, text: s.text })),
    ).toEqual(expected.headings);
    expect(flatten(result.outline).flatMap((s) => s.bullets)).toEqual(expected.bullets);
  });

  it('does not change the seed document', () => {
    const { html, expected } = readSeed();
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    analyzeDocument(doc, { url: expected.url });
    isProbablyArticle(doc);
    // Compared as a boolean: a failing toBe on two whole pages prints an unreadable diff.
    expect(doc.documentElement.outerHTML === before).toBe(true);
  });

  it('isProbablyArticle is true on the seed page', () => {
    expect(isProbablyArticle(parse(readSeed().html))).toBe(true);
  });

  it('gives heading and bullet text without script or tags', () => {
    const html = articlePage(
      '<h2>Hi <script>alert(1)</script><b>there</b></h2><ul><li>One <script>x()</script><em>two</em></li></ul>',
    );
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expect(headingTexts(result)).toEqual(['Hi there']);
    expect(flatten(result.outline).flatMap((s) => s.bullets)).toEqual(['One two']);
  });

  it('leaves hidden headings and bullets out', () => {
    const html = articlePage(`<h2>Visible heading</h2>
<ul><li>Visible bullet</li><li hidden>Hidden bullet</li><li aria-hidden="true">Aria-hidden bullet</li><li style="display:none">Display-none bullet</li></ul>
<h2 hidden>Hidden heading</h2><h2 aria-hidden="true">Aria-hidden heading</h2><h2 style="display: none">Display-none heading</h2>`);
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expect(headingTexts(result)).toEqual(['Visible heading']);
    expect(flatten(result.outline).flatMap((s) => s.bullets)).toEqual(['Visible bullet']);
  });

  it('never lists javascript: or data: links as related stories', () => {
    const html = articlePage('').replace(
      '</main>',
      `<section class="related-posts"><h3>You may also like</h3>
<div><h4><a href="javascript:alert(1)">A story that runs script when clicked</a></h4></div>
<div><h4><a href="data:text/html,hello">A story served as a data URL</a></h4></div>
<div><h4><a href="/world/a-safe-related-story/">A safe related story about the harbour</a></h4></div></section></main>`,
    );
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    for (const r of result.related) expect(new URL(r.url).protocol).toMatch(/^https?:$/);
    expect(result.related.map((r) => r.url)).toContain('https://news.example.org/world/a-safe-related-story/');
  });

  it('an empty file: found false with a reason', () => {
    const result = outlineDocument(parse(''), { url: null });
    expect(result.found).toBe(false);
    expect(result.reason?.trim() ?? '').not.toBe('');
  });
});
