// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { escapeXml, libraryToOpml } from '../../src/shared/formats/opml';
import type { SavedOutline } from '../../src/shared/storage';

const entry: SavedOutline = {
  id: 'e1',
  url: 'https://news.example.org/a?x=1&y=2',
  title: 'Fish & "chips" <today>',
  byline: 'Ann O’Neil',
  siteName: 'Daily',
  publishedTime: '2026-11-01T10:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  wordCount: 100,
  readingMinutes: 1,
  outline: [
    { level: 0, text: '', bullets: ['Lead point'], children: [] },
    {
      level: 2,
      text: 'First <section>',
      bullets: ['one & two', 'line\nbreak'],
      children: [{ level: 3, text: 'Deeper', bullets: ['deep bullet'], children: [] }],
    },
  ],
  related: [
    { title: 'Next story', url: 'https://news.example.org/next' },
    { title: 'Script link', url: 'javascript:alert(1)' },
  ],
  savedAt: '2026-11-27T20:00:00.000Z',
  updatedAt: '2026-11-27T20:00:00.000Z',
};

describe('escapeXml', () => {
  it('escapes markup characters, quotes and attribute whitespace', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\t\n\r`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;&#9;&#10;&#13;',
    );
  });

  it('replaces characters XML cannot hold, keeps valid astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(escapeXml('emoji 😀 ok')).toBe('emoji 😀 ok');
  });

  it('does not double-escape existing entities differently from other text', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('libraryToOpml', () => {
  const xml = libraryToOpml([entry], { createdAt: new Date('2026-11-27T21:00:00Z') });
  const doc = new DOMParser().parseFromString(xml, 'text/xml');

  it('is well-formed OPML 2.0 with a head', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(doc.querySelector('head > title')!.textContent).toBe('Outline Reader library');
    expect(doc.querySelector('head > dateCreated')!.textContent).toBe('Fri, 27 Nov 2026 21:00:00 GMT');
  });

  it('makes the article a link node with headings nested below it and bullets as their children', () => {
    const article = doc.querySelector('body > outline')!;
    expect(article.getAttribute('text')).toBe(entry.title);
    expect(article.getAttribute('type')).toBe('link');
    expect(article.getAttribute('url')).toBe(entry.url);
    expect(article.getAttribute('_note')).toBe('Ann O’Neil · Daily · 2026-11-01');
    const children = [...article.children].map((node) => node.getAttribute('text'));
    expect(children).toEqual(['Lead point', 'First <section>', 'Related stories']);
    const section = article.children[1]!;
    expect([...section.children].map((node) => node.getAttribute('text'))).toEqual([
      'one & two',
      'line\nbreak',
      'Deeper',
    ]);
    expect(section.children[2]!.children[0]!.getAttribute('text')).toBe('deep bullet');
  });

  it('keeps the key points, before the first heading and after the untitled bullets, as the Markdown export does', () => {
    const keyPoints = ['The council voted to reopen the station.', 'Work starts next spring & lasts two years.'];
    const withPoints = libraryToOpml([{ ...entry, keyPoints }], { createdAt: new Date('2026-11-27T21:00:00Z') });
    const article = new DOMParser().parseFromString(withPoints, 'text/xml').querySelector('body > outline')!;
    expect([...article.children].map((node) => node.getAttribute('text'))).toEqual([
      'Lead point',
      'Key points',
      'First <section>',
      'Related stories',
    ]);
    expect([...article.children[1]!.children].map((node) => node.getAttribute('text'))).toEqual(keyPoints);
    // An article without headings: its key points are its outline.
    const flat = libraryToOpml([{ ...entry, outline: [], related: [], keyPoints }]);
    const only = new DOMParser().parseFromString(flat, 'text/xml').querySelector('body > outline')!;
    expect([...only.children].map((node) => node.getAttribute('text'))).toEqual(['Key points']);
  });

  it('links only http(s) related stories', () => {
    const related = [...doc.querySelectorAll('body > outline > outline')].at(-1)!;
    const [next, script] = [...related.children];
    expect(next!.getAttribute('url')).toBe('https://news.example.org/next');
    expect(script!.getAttribute('text')).toBe('Script link');
    expect(script!.hasAttribute('url')).toBe(false);
  });
});
