// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableJavaScriptEvaluation":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The metadata heuristic on a browser-like DOM (happy-dom's DOMParser), as the content script
 * runs it: nothing may depend on linkedom.
 */
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/detect/metadata';
import { fixtureHtml, SEED } from '../support/corpus';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('extractMetadata on a browser DOM', () => {
  it('reads the seed page', () => {
    const doc = parse(fixtureHtml(SEED));
    expect(extractMetadata(doc, {})).toMatchObject({
      title: 'Putin in Kyrgystan for first trip abroad since ICC arrest warrant',
      byline: 'Newsdesk',
      siteName: 'Global Affairs Daily',
      publishedTime: '2023-10-12T09:14:00+00:00',
      lang: 'en-US',
      dir: null,
    });
  });

  it('reads an inline page: @graph headline, byline element, rtl body', () => {
    const doc = parse(`<html lang="ar"><head><title>عنوان - موقع</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"عنوان المقال الكامل هنا"}]}</script>
      </head><body dir="rtl"><article><p class="Article-ByLine">By Someone Named</p><p>نص</p></article></body></html>`);
    expect(extractMetadata(doc, {})).toMatchObject({
      title: 'عنوان المقال الكامل هنا',
      byline: 'Someone Named',
      lang: 'ar',
      dir: 'rtl',
    });
  });
});
