import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseLibraryExport } from '../../src/shared/formats/json';
import {
  MAX_SHORT_TEXT_CHARS,
  clipText,
  createLibraryWriter,
  loadLibrary,
  validateSavedOutline,
  type SavedOutline,
} from '../../src/shared/storage';
import { importNotice } from '../../src/library/notices';
import { MemoryStorageArea } from './storage-memory-area';

function entry(overrides: Record<string, unknown> = {}): SavedOutline {
  return {
    id: 'e1',
    url: 'https://news.example.org/a',
    title: 'A headline',
    byline: null,
    siteName: 'News',
    publishedTime: '2026-11-20T08:00:00.000Z',
    lang: 'en',
    dir: null,
    excerpt: null,
    wordCount: 600,
    readingMinutes: 3,
    outline: [{ level: 2, text: 'Heading', bullets: ['A bullet'], children: [] }],
    related: [{ title: 'Another story', url: 'https://news.example.org/b' }],
    savedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    ...overrides,
  } as SavedOutline;
}

function reasonFor(raw: unknown): string | null {
  const checked = validateSavedOutline(raw);
  return checked.ok ? null : checked.reason;
}

describe('bounds on what one entry may hold', () => {
  it('clips a 900,000-character title to the short-text bound, ending in "…"', () => {
    const checked = validateSavedOutline(entry({ title: 'x'.repeat(900_000) }));
    expect(checked.ok && checked.value.title.length).toBe(MAX_SHORT_TEXT_CHARS);
    expect(checked.ok && checked.value.title.endsWith('…')).toBe(true);
  });

  it('never splits a character made of two UTF-16 units when clipping', () => {
    const clipped = clipText('a' + '😀'.repeat(10), 4);
    expect(clipped).toBe('a😀…');
    expect(clipped.length).toBeLessThanOrEqual(4);
  });

  it('rejects absurd counts, dates and addresses, with the reason', () => {
    expect(reasonFor(entry({ wordCount: 1e308 }))).toBe('"wordCount" is larger than any real article\'s');
    expect(reasonFor(entry({ readingMinutes: -1 }))).toBe('"readingMinutes" is not a count');
    expect(reasonFor(entry({ updatedAt: '+275760-09-13T00:00:00.000Z' }))).toBe('"updatedAt" is not a plausible date');
    expect(reasonFor(entry({ savedAt: 'yesterday' }))).toBe('"savedAt" is not a date');
    expect(reasonFor(entry({ url: 'javascript:alert(1)' }))).toBe('only web pages (http and https) can be saved');
    const longUrl = `https://a.example/${'x'.repeat(9_000)}`;
    expect(reasonFor(entry({ url: longUrl }))).toBe('its page address is longer than any real one');
    expect(reasonFor(entry())).toBeNull();
  });

  it('drops related stories that are not web links, and an article date no article has', () => {
    const related = [
      { title: 'Script', url: 'javascript:alert(1)' },
      { title: 'Data', url: 'data:text/html,<b>x</b>' },
      { title: 'Kept', url: 'https://news.example.org/kept' },
    ];
    const checked = validateSavedOutline(entry({ related, publishedTime: '+275760-09-13T00:00:00.000Z' }));
    expect(checked.ok && checked.value.related).toEqual([{ title: 'Kept', url: 'https://news.example.org/kept' }]);
    expect(checked.ok && checked.value.publishedTime).toBeNull();
  });
});

describe('a hostile import file', () => {
  it('is refused when over the size limit, before it is parsed', () => {
    const parsed = parseLibraryExport(' '.repeat(MAX_IMPORT_BYTES + 1));
    const error = expect.stringContaining('This file is too large to import (64 MiB; at most 64 MiB)');
    expect(parsed).toEqual({ ok: false, error });
  });

  it('20,000 rejected entries give a short report: counts by reason and the first few', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    await writer.save({ ...entry(), found: true });
    const before = area.dump();
    const hostile = [
      ...Array.from({ length: 19_990 }, (_, n) => n),
      ...Array.from({ length: 10 }, (_, n) => entry({ id: `j${n}`, url: `javascript:void(${n})` })),
    ];
    const report = await writer.importEntries(hostile);
    expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 0, rejectedCount: 20_000 });
    expect(report.rejected).toHaveLength(20);
    expect(report.rejectedReasons).toEqual([
      { reason: 'it is not a saved outline', count: 19_990 },
      { reason: 'only web pages (http and https) can be saved', count: 10 },
    ]);
    expect(area.dump()).toEqual(before);
    const notice = importNotice('hostile.json', report);
    expect(notice.title).toBe('Imported “hostile.json”: 0 added, 0 updated, 0 unchanged, 20,000 rejected.');
    expect(notice.details).toEqual([
      '20,000 outlines rejected: 19,990 because it is not a saved outline; ' +
        '10 because only web pages (http and https) can be saved.',
      'Outline 1 was rejected: it is not a saved outline.',
      'Outline 2 was rejected: it is not a saved outline.',
      'Outline 3 was rejected: it is not a saved outline.',
      'Outline 4 was rejected: it is not a saved outline.',
      'Outline 5 was rejected: it is not a saved outline.',
      '… and 19,995 more.',
    ]);
    expect((await loadLibrary(area)).entries).toHaveLength(1);
  });

  it('counts rejections of one kind together whatever heading they name', async () => {
    const writer = createLibraryWriter(new MemoryStorageArea());
    const outline = [{ level: 2, text: 'x', bullets: [], children: [{ level: 9 }] }];
    const broken = (n: number) => entry({ id: `b${n}`, url: `https://a.example/${n}`, outline });
    const badRelated = entry({ id: 'r', url: 'https://a.example/r', related: [{ title: 1 }] });
    const report = await writer.importEntries([broken(1), broken(2), badRelated]);
    expect(report.rejectedReasons).toEqual([
      { reason: 'a heading has no heading level 0-6', count: 2 },
      { reason: 'a related story has no title and URL', count: 1 },
    ]);
  });
});
