/**
 * Lists under a related-looking block that hold no stories, and a related label the lexicon did not know, found on
 * unlabelled design-fold pages (s36-related4): a search box's suggestions ("Häufig gesucht" in a
 * "search-banner__suggestion" list: bsi 0657; "Related Searches": ehow-1, ehow-2), forum threads ("Active Forum
 * Topics") and shop deals ("Unbeatable Deals from …": zyte 65bf3048), a paid teaser among stories (a "sponsored"
 * badge: dailymail 0467), and German "Weitere Top-Artikel zu diesem Themengebiet" (chabermu 0428). Small hand-written
 * pages parsed with linkedom.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';
import { hintKind, isPaidHints } from '../../src/core/detect/related/hints';
import { matchBlockLabel } from '../../src/core/detect/related/lexicon';

const PAGE_URL = 'https://news.example.com/2024/05/city-council-votes-on-new-tram-line/';
const PROSE =
  'The city council voted on Tuesday to build the new tram line through the old town, after two years of debate.';

const TEASERS = [
  ['/2024/04/tram-line-costs-rise-again/', 'Tram line costs rise again before the vote'],
  ['/2024/03/old-town-shops-fear-the-building-works/', 'Old town shops fear the building works'],
  ['/2024/02/how-other-cities-built-their-trams/', 'How other cities built their trams'],
] as const;

function relatedOf(block: string, inArticle = false) {
  const html = `<!DOCTYPE html><html><body><article><div class="story"><p>${PROSE}</p>${inArticle ? block : ''}
    <p>${PROSE}</p></div></article>${inArticle ? '' : block}</body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findRelatedStories(doc, {
    baseUrl: PAGE_URL,
    pageUrl: PAGE_URL,
    headline: 'City council votes on new tram line',
    articleRoots: [...doc.querySelectorAll('.story')],
  }).map((story) => story.title);
}

/** A list of the three teasers under a label, each item built by `item` (its link's markup inside). */
function list(label: string, listClass = 'list', item = (link: string, _i: number) => `<li>${link}</li>`) {
  const items = TEASERS.map(([href, title], i) => item(`<a href="${href}">${title}</a>`, i)).join('');
  return `<div class="${listClass}"><h2>${label}</h2><ul>${items}</ul></div>`;
}

describe('search suggestions are no related stories', () => {
  it('does not list a list headed by a search label, in several languages', () => {
    expect(relatedOf(list('Related stories'))).toHaveLength(3);
    for (const label of ['Related Searches', 'Popular searches', 'Häufig gesucht', 'Recherches associées'])
      expect(relatedOf(list(label)), label).toEqual([]);
  });

  it('reads search labels as search queries, and keeps "Related" alone as related', () => {
    expect(matchBlockLabel('Related Searches')?.kind).toBe('search');
    expect(matchBlockLabel('Búsquedas relacionadas')?.kind).toBe('search');
    expect(matchBlockLabel('Related')?.kind).toBe('related');
  });

  it("tells a search box's suggestion classes from related ones", () => {
    expect(hintKind('c-search-banner__suggestion-list-item')).toBe('furniture');
    expect(hintKind('relatedsearches')).toBe('furniture');
    expect(hintKind('search-suggestions')).toBe('furniture');
    expect(hintKind('suggested-posts')).toBe('related');
    expect(hintKind('research-related')).toBe('related');
  });

  it('does not list a list whose class says search suggestions, though its words say "suggest"', () => {
    expect(relatedOf(list('', 'suggested-posts'))).toHaveLength(3);
    expect(relatedOf(list('', 'search-suggestions'))).toEqual([]);
  });
});

describe('forum threads and shop deals are no related stories', () => {
  it('does not list forum topics or deals', () => {
    for (const label of ['Active Forum Topics', 'From the forums', 'Unbeatable Deals from our partners', 'Deals'])
      expect(relatedOf(list(label)), label).toEqual([]);
  });

  it('keeps labels that only contain the letters of "deals"', () => {
    expect(matchBlockLabel('Ideals of the city')).toBeNull();
    expect(matchBlockLabel('More stories')?.kind).toBe('related');
  });
});

describe('a paid teaser in a list of stories', () => {
  it('leaves out the teaser whose own badge says sponsored, and keeps the others', () => {
    const block = list('You may also like', 'list', (link, i) =>
      i === 1
        ? `<li>${link.replace('</a>', ' <span class="sponsored">Ad Feature</span></a>')}</li>`
        : `<li>${link}</li>`,
    );
    expect(relatedOf(block)).toEqual([TEASERS[0][1], TEASERS[2][1]]);
  });

  it('keeps a teaser in an ad slot id that names no paid content ("content_ad_2_not")', () => {
    const block = list('You may also like', 'list', (link, i) =>
      i === 1 ? `<li><div id="content_ad_2_not">${link}</div></li>` : `<li>${link}</li>`,
    );
    expect(relatedOf(block)).toHaveLength(3);
  });

  it('reads only words that say paid', () => {
    expect(isPaidHints('sponsored')).toBe(true);
    expect(isPaidHints('teaser ad-feature')).toBe(true);
    expect(isPaidHints('content_ad_2_not')).toBe(false);
    expect(isPaidHints('sponsor-logo')).toBe(false);
  });
});

describe('"… zu diesem Thema" labels a related list', () => {
  it('lists the stories under "Weitere Top-Artikel zu diesem Themengebiet:" in the article', () => {
    const block = `<blockquote><p><strong>Weitere Top-Artikel zu diesem Themengebiet:</strong></p><ul>${TEASERS.map(
      ([href, title]) => `<li><a href="${href}">${title}</a></li>`,
    ).join('')}</ul></blockquote>`;
    expect(relatedOf(block, true)).toHaveLength(3);
    expect(relatedOf(block.replace(' zu diesem Themengebiet', ''), true)).toEqual([]);
  });

  it('reads "Mehr Artikel zu diesem Thema" as related, "Kommentare zu diesem Thema" still as comments', () => {
    expect(matchBlockLabel('Mehr Artikel zu diesem Thema')?.kind).toBe('related');
    expect(matchBlockLabel('Kommentare zu diesem Thema')?.kind).toBe('furniture');
  });
});
