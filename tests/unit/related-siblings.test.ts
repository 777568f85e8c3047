/**
 * A link of the page's own address shape (related/targets.ts articleShape): on a page whose address names it by a
 * word and a short number ("…/decision-info/index-2726.html", which the article-URL test does not take), a link on
 * its host that differs only in the number is another article of the series, and may be a related story.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';

const SITE = 'https://ip.example.jp';
const PROSE =
  'The court held that the mark was not similar to the earlier registration, and the appeal was dismissed in full.';

function relatedUrls(pagePath: string, links: string[]): string[] {
  const items = links
    .map(
      (path, i) =>
        `<li><p class="day">2016年08月0${i + 1}日</p><p class="tit"><a href="${path}">判決シリーズ 第${i + 1}回の事件について</a></p></li>`,
    )
    .join('');
  const html = `<!DOCTYPE html><html><head></head><body><article><h1>Case note</h1><div class="story"><p>${PROSE}</p>
    <p>${PROSE}</p></div></article><div class="related"><p class="title">関連記事</p><ul>${items}</ul></div></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const pageUrl = `${SITE}${pagePath}`;
  const roots = [...doc.querySelectorAll('.story')];
  return findRelatedStories(doc, { baseUrl: pageUrl, pageUrl, articleRoots: roots }).map((story) => story.url);
}

const LINKS = [
  '/blog/decision-info/index-172.html',
  '/blog/decision-info/index-1814.html',
  '/blog/decision-info/index-1871.html',
];

describe('links of the page’s own numbered shape', () => {
  it('are articles of the series, listed under a related label', () => {
    expect(relatedUrls('/blog/decision-info/index-2726.html', LINKS)).toEqual(LINKS.map((path) => `${SITE}${path}`));
  });

  it('are not taken from a page whose address has another shape', () => {
    expect(relatedUrls('/blog/decision-info/case-note.html', LINKS)).toEqual([]);
    expect(relatedUrls('/blog/other/index-2726.html', LINKS)).toEqual([]);
  });
});
