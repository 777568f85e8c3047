/** Generated saved outlines of a realistic size (about 1.7 kB of JSON each, as real articles average). */
import type { OutlineResult } from '../../src/core/types';
import type { SavedOutline } from '../../src/shared/storage';

const WORDS = (
  'government minister election market growth climate energy report court city council police school health ' +
  'budget talks agreement protest company workers prices trade border security visit summit storm housing'
).split(' ');

/** A deterministic word sequence: the same library in every run. */
function words(seed: number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(WORDS[(seed * 31 + i * 7 + ((seed >> 3) ^ i)) % WORDS.length]!);
  return out.join(' ');
}

/** Sites in the generated library: enough for the site filter to have something to do. */
const SITES = 50;

export function articleUrl(n: number): string {
  return `https://news${n % SITES}.example.org/section/${n}/story-about-${words(n, 3).replace(/ /g, '-')}/`;
}

export function generatedOutline(n: number): OutlineResult {
  return {
    url: articleUrl(n),
    found: true,
    title: `Story ${n}: ${words(n, 9)}`,
    byline: `By ${words(n + 1, 2)}`,
    siteName: `News ${n % SITES}`,
    publishedTime: '2026-11-20T08:00:00.000Z',
    lang: 'en',
    dir: null,
    excerpt: words(n + 2, 12),
    wordCount: 900,
    readingMinutes: 4,
    outline: Array.from({ length: 4 }, (_, h) => ({
      id: `h${h}`,
      level: 2,
      text: words(n + h, 5),
      bullets: Array.from({ length: 2 }, (_, b) => words(n + h * 3 + b, 8)),
      children: [],
    })),
    keyPoints: [],
    related: Array.from({ length: 3 }, (_, r) => ({ title: words(n + r, 7), url: articleUrl(n * 7 + r + 1) })),
    body: '',
  };
}

export function generatedEntry(n: number): SavedOutline {
  const { found: _found, keyPoints: _keyPoints, body: _body, ...fields } = generatedOutline(n);
  const time = new Date(Date.parse('2026-01-01T00:00:00.000Z') + n * 60_000).toISOString();
  return {
    ...fields,
    url: articleUrl(n),
    outline: fields.outline.map(({ id: _id, ...section }) => section),
    id: `bench-${n}`,
    savedAt: time,
    updatedAt: time,
  };
}
