// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableJavaScriptEvaluation":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The body-text rules (body-noise.ts, body-links.ts, body-lines.ts) on a browser-like DOM
 * (happy-dom's DOMParser): the same verdicts as with linkedom, so nothing depends on one library.
 */
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import { p, SENTENCES } from './fixtures/prose';

describe('body text rules on happy-dom', () => {
  it('leaves out captions, bylines, promotion links, timestamps and ad labels, and keeps the prose', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title>
      <link rel="canonical" href="https://www.citynews.example/harbour-plan-approved"></head><body><article>
      <header><h1>Harbour plan approved</h1><span class="byline">By Jane Doe</span></header>
      <div>Nov. 20, 2019 6:02 AM EST</div>${p(0)}
      <figure><img src="a.jpg" alt=""><figcaption>The eastern quay at dusk. Photo: AP</figcaption></figure>${p(1)}
      <p><strong>READ MORE:</strong> <a href="/city/old-quay-history">The old quay: a history in pictures</a></p>
      <div><span>Advertisement</span></div>${p(2)}${p(3)}
      <p>Don't miss</p><ul><li><a href="https://citynews.example/city/bridge">Bridge closed for repairs until June</a></li></ul>
      </article></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = outlineDocument(doc);
    expect(result.found).toBe(true);
    expect((result.body ?? '').split('\n\n')).toEqual(SENTENCES);
    // The labelled list of the site's own stories gives no bullets either (outline-furniture.ts).
    expect(JSON.stringify(result.outline)).not.toContain('Bridge closed for repairs until June');
  });
});
