import { describe, expect, it } from 'vitest';
import {
  bestSnippet,
  buildSearchIndex,
  foldText,
  highlightPieces,
  queryTerms,
  searchLibrary,
  siteOf,
} from '../../src/library/search';
import type { SavedOutline } from '../../src/shared/storage';

function entry(id: string, overrides: Partial<SavedOutline> = {}): SavedOutline {
  return {
    id,
    url: `https://${id}.example/article`,
    title: `Title ${id}`,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    wordCount: 0,
    readingMinutes: 0,
    outline: [],
    related: [],
    savedAt: '2026-11-27T20:00:00.000Z',
    updatedAt: '2026-11-27T20:00:00.000Z',
    ...overrides,
  };
}

const library = [
  entry('a', {
    title: 'Putin in Kyrgystan',
    siteName: 'Global Affairs Daily',
    outline: [
      {
        level: 2,
        text: 'Kyrgyzstan’s Balancing Act',
        bullets: ['The court issued a warrant over the deportation of children.'],
        children: [{ level: 3, text: 'Trade', bullets: ['Double-digit growth'], children: [] }],
      },
    ],
    related: [{ title: 'Xi meets Putin in Beijing', url: 'https://x.example/xi' }],
  }),
  entry('b', { title: 'Café culture in Paris', siteName: 'Le Monde' }),
  entry('c', { title: 'مقالة عن المناخ', dir: 'rtl', lang: 'ar', url: 'https://news.example.org/ar' }),
];
const index = buildSearchIndex(library);
const ids = (query: string, site: string | null = null) => searchLibrary(index, query, site).map((found) => found.id);

describe('searchLibrary', () => {
  it('finds words in headlines, headings, nested bullets and related titles', () => {
    expect(ids('putin')).toEqual(['a']);
    expect(ids('balancing')).toEqual(['a']);
    expect(ids('deportation')).toEqual(['a']);
    expect(ids('double-digit')).toEqual(['a']);
    expect(ids('beijing')).toEqual(['a']);
  });

  it('matches every word of the query, anywhere in the entry, ignoring case, accents and curly quotes', () => {
    expect(ids('PUTIN children')).toEqual(['a']);
    expect(ids('putin paris')).toEqual([]);
    expect(ids('cafe')).toEqual(['b']);
    expect(ids("kyrgyzstan's")).toEqual(['a']);
    expect(ids('المناخ')).toEqual(['c']);
  });

  it('matches word beginnings and inner parts as the user types', () => {
    expect(ids('kyrg')).toEqual(['a']);
    expect(ids('ortat')).toEqual(['a']);
  });

  it('finds words of the key points, and a site by its address when its name is another', () => {
    const withKeyPoints = entry('k', {
      title: 'Budget talks',
      siteName: 'The New York Times',
      url: 'https://www.nytimes.com/2026/budget.html',
      keyPoints: ['Negotiators agreed on a stopgap bill.'],
    });
    const found = (query: string) => searchLibrary(buildSearchIndex([withKeyPoints]), query).length;
    expect(found('stopgap')).toBe(1);
    expect(found('nytimes')).toBe(1);
    expect(bestSnippet(withKeyPoints, ['stopgap'])).toEqual({
      kind: 'keyPoint',
      text: 'Negotiators agreed on a stopgap bill.',
    });
  });

  it('folds no entry text before the first search: the list’s first paint needs only the sites', () => {
    let reads = 0;
    const counted = entry('z', { title: 'Harbour plan' });
    Object.defineProperty(counted, 'outline', {
      get: () => {
        reads++;
        return [];
      },
      enumerable: true,
    });
    const lazy = buildSearchIndex([counted]);
    expect(lazy.sites).toEqual(['z.example']);
    expect(searchLibrary(lazy, '', 'z.example')).toHaveLength(1);
    expect(reads).toBe(0);
    expect(searchLibrary(lazy, 'harbour')).toHaveLength(1);
    expect(reads).toBeGreaterThan(0);
  });

  it('returns everything for an empty query, in library order, and filters by site', () => {
    expect(ids('')).toEqual(['a', 'b', 'c']);
    expect(ids('', 'Le Monde')).toEqual(['b']);
    expect(ids('putin', 'Le Monde')).toEqual([]);
    expect(ids('', 'news.example.org')).toEqual(['c']);
  });
});

describe('helpers', () => {
  it('folds text for matching', () => {
    expect(foldText('Crème BRÛLÉE’s')).toBe("creme brulee's");
    expect(queryTerms('  Putin   putin  Kyrgyz ')).toEqual(['putin', 'kyrgyz']);
  });

  it('uses the site name, else the host, for the site filter', () => {
    expect(siteOf(library[0]!)).toBe('Global Affairs Daily');
    expect(siteOf(library[2]!)).toBe('news.example.org');
    // The host as the popup's site line shows it: "www." is no part of the site's name.
    expect(siteOf({ ...library[2]!, siteName: null, url: 'https://www.5min.at/2023/11/villach/' })).toBe('5min.at');
  });

  it('picks the field matching most query words as the snippet', () => {
    expect(bestSnippet(library[0]!, ['children', 'warrant'])).toEqual({
      kind: 'bullet',
      text: 'The court issued a warrant over the deportation of children.',
    });
    expect(bestSnippet(library[0]!, ['beijing'])).toEqual({ kind: 'related', text: 'Xi meets Putin in Beijing' });
    expect(bestSnippet(library[0]!, [])).toBeNull();
  });

  it('splits text into highlighted pieces on the original characters, accents and case included', () => {
    expect(highlightPieces('Café CAFE cafe', ['cafe'])).toEqual([
      { text: 'Café', match: true },
      { text: ' ', match: false },
      { text: 'CAFE', match: true },
      { text: ' ', match: false },
      { text: 'cafe', match: true },
    ]);
    expect(highlightPieces('Kyrgyzstan’s trade', ["stan's", 'trade'])).toEqual([
      { text: 'Kyrgyz', match: false },
      { text: 'stan’s', match: true },
      { text: ' ', match: false },
      { text: 'trade', match: true },
    ]);
    expect(highlightPieces('<b>bold</b>', ['bold'])).toEqual([
      { text: '<b>', match: false },
      { text: 'bold', match: true },
      { text: '</b>', match: false },
    ]);
    expect(highlightPieces('no match', [])).toEqual([{ text: 'no match', match: false }]);
  });

  it('marks a one-letter term only where a word begins, accented or not', () => {
    expect(highlightPieces('Election: the Senate', ['e'])).toEqual([
      { text: 'E', match: true },
      { text: 'lection: the Senate', match: false },
    ]);
    expect(highlightPieces('Été, (é)té', ['e'])).toEqual([
      { text: 'É', match: true },
      { text: 'té, (', match: false },
      { text: 'é', match: true },
      { text: ')té', match: false },
    ]);
    // Two letters and more are found inside words too.
    expect(highlightPieces('Kyrgyzstan', ['st'])).toEqual([
      { text: 'Kyrgyz', match: false },
      { text: 'st', match: true },
      { text: 'an', match: false },
    ]);
  });
});
