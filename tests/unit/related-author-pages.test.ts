/**
 * A person's page is no related story (src/core/detect/author-pages.ts, read in related.ts): a "More from <author>"
 * card after the article links the author's avatar and name (/members/…, /profile/…) beside the stories
 * (anglerboard 0633, wevolver 0440). Small hand-written pages parsed with linkedom, as the CLI does.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isAuthorHref } from '../../src/core/detect/author-pages';
import { findRelatedStories } from '../../src/core/detect/related';

const PAGE_URL = 'https://board.example.org/articles/spinning-rod-tested.412/';
const PROSE =
  'The rod was fished for a whole season on pike and zander, with lures from a few grams to heavy jerkbaits.';
const url = (path: string) => `https://board.example.org${path}`;

function relatedOf(body: string) {
  const doc = parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;
  return findRelatedStories(doc, {
    baseUrl: PAGE_URL,
    pageUrl: PAGE_URL,
    articleRoots: [...doc.querySelectorAll('.story')],
  });
}

const card = (personPath: string) => `<article><div class="story"><p>${PROSE}</p><p>${PROSE}</p></div></article>
  <aside><h3>More from Catch more fish</h3><ul>
    <li><a href="${personPath}">Catch more fish</a></li>
    <li><a href="/articles/softbaits-that-look-alive.413/">Softbaits that look alive: the new range fished</a></li>
    <li><a href="/articles/zander-on-the-canals.414/">Zander on the canals: jigging in winter</a></li>
  </ul></aside>`;

describe('links to a person’s page', () => {
  it('lists the stories of a "More from <author>" card, not the author’s page', () => {
    for (const personPath of ['/members/catch-more-fish.210716/', '/profile/catch.more.fish', '/author/catch/']) {
      const urls = relatedOf(card(personPath)).map((story) => story.url);
      expect(urls).toEqual([
        url('/articles/softbaits-that-look-alive.413/'),
        url('/articles/zander-on-the-canals.414/'),
      ]);
    }
  });

  it('tells a person’s page by its href', () => {
    expect(isAuthorHref('https://board.example.org/members/catch-more-fish.210716/')).toBe(true);
    expect(isAuthorHref('/author/lnolan')).toBe(true);
    expect(isAuthorHref('https://board.example.org/articles/members-meeting-report.415/')).toBe(false);
  });
});
