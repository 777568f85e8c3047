/**
 * The list a run stands in (related/features.ts listFeature, sizeFeature): a long list of which few children lead to
 * articles and read as headlines is a menu. Read once per list, and only until the answer is known: these tests hold
 * the answers (and the note's counts) that reading every child gave.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories, type RelatedTrace } from '../../src/core/detect/related';
import { listFeature, sizeFeature } from '../../src/core/detect/related/features';

const PAGE_URL = 'https://news.example.org/world/putin-visits-kyrgyzstan-first-trip-abroad/';

function list(items: string[]): Element {
  const { document } = parseHTML(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
  return document.querySelector('ul') as unknown as Element;
}
const names = (count: number) => Array.from({ length: count }, (_, i) => `Team ${String.fromCharCode(65 + i)}`);
const headlines = (count: number) => Array.from({ length: count }, (_, i) => `Team ${i} wins again at home`);

describe('listFeature', () => {
  it('a short list, or one whose article links make a quarter of it, is no menu: its children are not read', () => {
    expect(listFeature(list(names(7)), 0).value).toBe(0);
    expect(listFeature(list(names(12)), 3).value).toBe(0);
  });

  it('a long list of names: a menu, every child counted in its note', () => {
    expect(listFeature(list([...headlines(2), ...names(10)]), 2)).toEqual({
      value: -1,
      note: '2 of 12 items read as headlines: a menu',
    });
  });

  it('a quarter of headlines, wherever they stand, makes it a list of teasers', () => {
    expect(listFeature(list([...headlines(3), ...names(9)]), 2).value).toBe(0);
    expect(listFeature(list([...names(9), ...headlines(3)]), 2).value).toBe(0);
    expect(listFeature(list([...names(10), ...headlines(2)]), 2).value).toBe(-1);
  });
});

describe('sizeFeature', () => {
  it('a run of more than 40 items is a feed, a menu or an archive: vetoed, its list not asked', () => {
    const asked: number[] = [];
    const list = () => {
      asked.push(1);
      return { value: 0, note: '' };
    };
    expect(sizeFeature(41, list)).toEqual({ value: -Infinity, note: '41 items: a feed, a menu or an archive' });
    expect(asked).toEqual([]);
    expect(sizeFeature(40, list).value).toBe(0);
    expect(asked).toEqual([1]);
  });

  /** An article, then a list of `count` teasers under `label`, after it. */
  function storiesUnder(label: string, count: number): string[] {
    const prose = '<p>The council met on Tuesday to discuss the budget for the coming year, and members agreed.</p>';
    const teasers = Array.from(
      { length: count },
      (_, i) => `<li><a href="/world/story-number-${i}-of-the-day">Story number ${i} of the day in the world</a></li>`,
    ).join('');
    const { document } = parseHTML(
      `<!DOCTYPE html><html><body><article>${prose.repeat(8)}</article>` +
        `<section><h2>${label}</h2><ul>${teasers}</ul></section></body></html>`,
    );
    const doc = document as unknown as Document;
    const stories = findRelatedStories(doc, {
      baseUrl: PAGE_URL,
      pageUrl: PAGE_URL,
      articleRoots: [...doc.querySelectorAll('article')],
    });
    return stories.map((story) => story.url.replace(/.*story-number-/, ''));
  }

  it('a related label lists a long list of teasers, not a feed of more than 40', () => {
    expect(storiesUnder('Related stories', 40)).toHaveLength(40);
    expect(storiesUnder('Related stories', 41)).toEqual([]);
    expect(storiesUnder("Don't miss", 41)).toEqual([]);
  });
});

describe('runs of one list', () => {
  it('each run of a menu split by a line of prose is judged by the whole list', () => {
    const link = (slug: string, text: string) => `<a href="/league/${slug}-ice-hockey-club">${text}</a>`;
    const prose = 'A line of prose between the two parts of the list, long enough to end a run of teasers.';
    const items = [
      link('adler-mannheim', 'Adler Mannheim'),
      link('koelner-haie', 'Kölner Haie'),
      prose,
      link('eisbaeren-berlin', 'Eisbären Berlin'),
      link('ingolstadt-erc', 'ERC Ingolstadt'),
      ...names(20).map((name) => `<a href="/team/">${name}</a>`),
    ];
    const { document } = parseHTML(
      `<!DOCTYPE html><html><body><div class="story"><p>${prose} ${prose}</p></div><ul>${items
        .map((item) => `<li>${item}</li>`)
        .join('')}</ul></body></html>`,
    );
    const doc = document as unknown as Document;
    const traces: RelatedTrace[] = [];
    findRelatedStories(doc, {
      baseUrl: PAGE_URL,
      pageUrl: PAGE_URL,
      articleRoots: [...doc.querySelectorAll('.story')],
      explain: true,
      trace: (entry) => traces.push(entry),
    });
    expect(traces.map((trace) => trace.url.replace(/.*league\//, ''))).toEqual([
      'adler-mannheim-ice-hockey-club',
      'koelner-haie-ice-hockey-club',
      'eisbaeren-berlin-ice-hockey-club',
      'ingolstadt-erc-ice-hockey-club',
    ]);
    for (const trace of traces) expect(trace.why).toContain('1 of 25 items read as headlines: a menu');
  });
});
