/**
 * A previous / next post link (rel="prev|next" on a link of the page) is a related story whatever its address looks
 * like (src/core/detect/related/url.ts looksLikeSequenceUrl, read in related.ts): a two-word slug ("/social-networks",
 * "/business-mindset") or WordPress's plain address ("/?p=2866") fails the article test (decohome 0808, fogsmagazin
 * 0811, krimiblog 0151, talent 0214, zyte a860fb5e, c582d3b7). Small hand-written pages parsed with linkedom.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';
import { looksLikeSequenceUrl } from '../../src/core/detect/related/url';

const PROSE =
  'The garden was planted in spring with beans, squash and corn, and the beds were mulched with straw all summer.';

function relatedOf(pageUrl: string, nav: string) {
  const html = `<!DOCTYPE html><html><body><article><div class="story"><p>${PROSE}</p><p>${PROSE}</p></div>
    <nav class="post-navigation">${nav}</nav></article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findRelatedStories(doc, { baseUrl: pageUrl, pageUrl, articleRoots: [...doc.querySelectorAll('.story')] });
}

describe('previous / next post links with short addresses', () => {
  it('lists a previous and a next post named by a two-word slug', () => {
    const related = relatedOf(
      'https://blog.example.org/three-sisters-garden/',
      `<div class="nav-previous"><a href="/business-mindset/" rel="prev">Is your mindset keeping you from your dream?</a></div>
       <div class="nav-next"><a href="/success-mindset/" rel="next">How to adopt a leader's success mindset</a></div>`,
    );
    expect(related.map((story) => story.url)).toEqual([
      'https://blog.example.org/business-mindset/',
      'https://blog.example.org/success-mindset/',
    ]);
  });

  it('lists posts named by their query alone, not the page itself', () => {
    const related = relatedOf(
      'https://blog.example.org/?p=2895',
      `<a href="/?p=2866" rel="prev">« Older: the tomato harvest in August</a>
       <a href="/?p=2895" rel="next">This very post</a>`,
    );
    expect(related.map((story) => story.url)).toEqual(['https://blog.example.org/?p=2866']);
  });

  it('still refuses listings, archives, page numbers and other sites', () => {
    const own = 'blog.example.org';
    for (const href of [
      'https://blog.example.org/category/garden/',
      'https://blog.example.org/page/2/',
      'https://blog.example.org/2013/11/',
      'https://blog.example.org/?paged=2',
      'https://blog.example.org/',
      'https://news.othersite.com/social-networks/',
      'https://blog.example.org/photo.jpg',
    ])
      expect(looksLikeSequenceUrl(new URL(href), own), href).toBe(false);
    expect(looksLikeSequenceUrl(new URL('https://blog.example.org/social-networks/'), own)).toBe(true);
  });

  it('leaves a link without rel="prev|next" to the article test', () => {
    const related = relatedOf(
      'https://blog.example.org/three-sisters-garden/',
      `<div class="nav-previous"><a href="/business-mindset/">Is your mindset keeping you from your dream?</a></div>`,
    );
    expect(related).toEqual([]);
  });
});
