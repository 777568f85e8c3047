/**
 * The Markdown formatter (src/shared/formats/markdown.ts), shared by the CLI, the popup's "Copy as
 * Markdown" and the library-wide export: key points before the headings, and key points kept by a
 * save so that the library export has them too.
 */
import { describe, expect, it } from 'vitest';
import type { OutlineResult } from '../../src/core/types';
import { buildExport } from '../../src/library/export';
import { savedToResult } from '../../src/reader/saved';
import { outlineToMarkdown } from '../../src/shared/formats/markdown';
import { formatDate, formatUpdate, metaParts, siteLabel } from '../../src/ui/format';
import { articleToMarkdown } from '../../src/shared/article/markdown';
import { metaLine } from '../../src/library/components/format';
import { createLibraryWriter, loadLibrary, validateSavedOutline } from '../../src/shared/storage';
import { MemoryStorageArea } from './storage-memory-area';
import { seedOutline } from './storage-fixtures';

const KEY_POINTS = [
  { id: 'k0', text: 'The council approved the budget on Monday.' },
  { id: 'k1', text: 'Spending on *schools* rises by 4% [the most in a decade].' },
];

function article(overrides: Partial<OutlineResult> = {}): OutlineResult {
  return {
    url: 'https://news.example.org/budget',
    found: true,
    title: 'Budget approved',
    byline: 'Jane Doe',
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    wordCount: 400,
    readingMinutes: 2,
    outline: [
      { id: 's0', level: 0, text: '', bullets: ['Lead item'], children: [] },
      {
        id: 's1',
        level: 2,
        text: 'Schools',
        bullets: ['More teachers'],
        children: [{ id: 's2', level: 3, text: 'Buildings', bullets: [], children: [] }],
      },
    ],
    keyPoints: KEY_POINTS,
    related: [],
    body: 'The council approved the budget on Monday. Spending on schools rises.',
    ...overrides,
  };
}

/** The lines of a "## Key points" list, up to the next blank line. */
function keyPointLines(markdown: string): string[] {
  const lines = markdown.split('\n');
  const at = lines.indexOf('## Key points');
  if (at < 0) return [];
  const end = lines.indexOf('', at + 2);
  return lines.slice(at + 2, end < 0 ? undefined : end);
}

describe('outlineToMarkdown: key points', () => {
  it('lists the key points, escaped, under "## Key points" before the first heading', () => {
    const markdown = outlineToMarkdown(article());
    expect(keyPointLines(markdown)).toEqual([
      '- The council approved the budget on Monday.',
      '- Spending on \\*schools\\* rises by 4% \\[the most in a decade\\].',
    ]);
    expect(markdown.indexOf('## Key points')).toBeLessThan(markdown.indexOf('## Schools'));
    expect(markdown.indexOf('### Buildings')).toBeGreaterThan(markdown.indexOf('## Schools'));
  });

  it('puts the untitled section’s bullets before the key points, so they do not read as key points', () => {
    const markdown = outlineToMarkdown(article());
    expect(markdown.indexOf('- Lead item')).toBeLessThan(markdown.indexOf('## Key points'));
    expect(keyPointLines(markdown)).not.toContain('- Lead item');
  });

  it('lists them after the bullets when the article has no headings, and before related stories', () => {
    const markdown = outlineToMarkdown(
      article({
        outline: [{ id: 's0', level: 0, text: '', bullets: ['Only item'], children: [] }],
        related: [{ title: 'Next', url: 'https://news.example.org/next' }],
      }),
    );
    expect(markdown.indexOf('- Only item')).toBeLessThan(markdown.indexOf('## Key points'));
    expect(markdown.indexOf('## Key points')).toBeLessThan(markdown.indexOf('## Related stories'));
    expect(keyPointLines(markdown)).toHaveLength(2);
  });

  it('prints no key points section when there are none', () => {
    const markdown = outlineToMarkdown(article({ keyPoints: [] }));
    expect(markdown).not.toContain('Key points');
    expect(markdown).toContain('## Schools');
  });

  it('lists key points of an article with no outline at all', () => {
    const markdown = outlineToMarkdown(article({ outline: [] }));
    expect(keyPointLines(markdown)).toHaveLength(2);
  });
});

describe('library: key points saved and exported', () => {
  it('a save keeps the key point texts, and the library Markdown export lists them', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    await writer.save(seedOutline({ keyPoints: KEY_POINTS }));
    await writer.save(seedOutline({ url: 'https://news.example.org/other', title: 'No key points' }));
    const { entries } = await loadLibrary(area);
    const saved = entries.find((entry) => entry.title !== 'No key points')!;
    expect(saved.keyPoints).toEqual(KEY_POINTS.map((point) => point.text));
    expect(entries.find((entry) => entry.title === 'No key points')!.keyPoints).toBeUndefined();

    const { text } = buildExport(entries, 'markdown', new Date('2026-12-03T00:00:00Z'));
    expect(text.match(/^## Key points$/gm)).toHaveLength(1);
    expect(text).toContain('- The council approved the budget on Monday.');
  });

  it('a stored entry with a damaged key point list keeps the rest of the entry', () => {
    const entry = {
      id: 'e1',
      url: 'https://news.example.org/a',
      title: 'A',
      wordCount: 1,
      readingMinutes: 1,
      outline: [],
      related: [],
      savedAt: '2026-11-27T20:00:00.000Z',
      updatedAt: '2026-11-27T20:00:00.000Z',
    };
    const damaged = validateSavedOutline({ ...entry, keyPoints: 'not a list' });
    expect(damaged.ok && damaged.value.keyPoints).toBeFalsy();
    const mixed = validateSavedOutline({ ...entry, keyPoints: ['kept', 7, '  ', { text: 'also kept' }] });
    expect(mixed.ok && mixed.value.keyPoints).toEqual(['kept', 'also kept']);
    const flood = validateSavedOutline({ ...entry, keyPoints: Array.from({ length: 500 }, (_, i) => `point ${i}`) });
    expect(flood.ok && flood.value.keyPoints!.length).toBeLessThanOrEqual(10);
    expect(flood.ok && savedToResult(flood.value).keyPoints[0]).toEqual({ text: 'point 0', id: 'k0' });
  });
});

describe('byline line: a byline that only repeats the site name is shown once', () => {
  it('the Markdown line names the site once, and an author beside it stays', () => {
    const publication = outlineToMarkdown(article({ byline: 'Harbour  Times', siteName: 'harbour times' }));
    expect(publication).toContain('_harbour times · 2 min read_');
    expect(publication).not.toContain('Harbour  Times');
    const author = outlineToMarkdown(article({ byline: 'Jane Doe', siteName: 'Harbour Times' }));
    expect(author).toContain('_Jane Doe · Harbour Times · 2 min read_');
  });

  it('the popup header leaves it out of the meta line, where the site line above already names it', () => {
    expect(metaParts(article({ byline: 'Harbour Times', siteName: 'Harbour Times' }))).toEqual(['2 min read']);
    expect(metaParts(article({ byline: 'HarbourTimes.com', siteName: 'Harbour Times' }))).toEqual(['2 min read']);
    // With no site name the site line shows the host: a byline is no repeat of it.
    expect(metaParts(article({ byline: 'Harbour Times', siteName: null }))).toEqual(['Harbour Times', '2 min read']);
  });

  it('the site line shows no site for a copy served from this machine, rather than its host', () => {
    const at = (url: string) => siteLabel(article({ siteName: null, url }));
    expect(at('https://www.harbourtimes.example/2024/budget')).toBe('harbourtimes.example');
    expect(at('http://127.0.0.1:8080/budget.html')).toBeNull();
    expect(at('http://localhost/budget.html')).toBeNull();
    expect(at('file:///home/me/budget.html')).toBeNull();
    expect(siteLabel(article({ siteName: 'Harbour Times', url: 'http://127.0.0.1/x.html' }))).toBe('Harbour Times');
  });
});

describe('the date shown is the day the page was dated, in any reader zone', () => {
  it('an evening in New York stays that day, and a morning in Kiribati too (not the day in the reader zone)', () => {
    // 00:05 UTC on the 19th (the day after, east of New York); 10:30 UTC on the 11th (the day before, west of Kiribati).
    expect(formatDate('2019-11-18T19:05:00-05:00', 'en-US')).toBe('Nov 18, 2019');
    expect(formatDate('2023-10-12T00:30:00+14:00', 'en-US')).toBe('Oct 12, 2023');
    expect(formatDate('2023-10-12', 'en-US')).toBe('Oct 12, 2023');
    expect(formatDate('not a date', 'en-US')).toBeNull();
    expect(formatDate('2023-13-45', 'en-US')).toBeNull();
    expect(formatDate(null)).toBeNull();
  });
});

describe('the last update', () => {
  const updated = article({ publishedTime: '2024-05-03T09:00:00+02:00', modifiedTime: '2024-05-03T14:05:00+02:00' });

  it("is shown after the date with the page's clock, in the reader's locale", () => {
    expect(formatUpdate('2024-05-03T14:05:00+02:00', null, 'en-GB')).toBe('Updated 3 May 2024, 14:05');
    expect(formatUpdate('2024-05-03T14:05:00+02:00', null, 'en-US')).toBe('Updated May 3, 2024, 2:05 PM');
    expect(formatUpdate('2024-05-04', '2024-05-03', 'en-GB')).toBe('Updated 4 May 2024');
    expect(formatUpdate(undefined)).toBeNull();
    expect(formatUpdate('2024-05-03T14:05:00+02:00', '2024-05-03T09:00:00+02:00', 'en-GB')).toBe('Updated 14:05');
    expect(formatUpdate('2024-05-03T14:05:00+02:00', '2024-05-02', 'en-GB')).toBe('Updated 3 May 2024, 14:05');
    // The header shows the publication's day: an update later that day shows its clock alone.
    expect(metaParts(updated, 'en-GB')).toEqual(['Jane Doe', '3 May 2024', 'Updated 14:05', '2 min read']);
    expect(metaParts(article({ publishedTime: '2024-05-03' }), 'en-GB')).toEqual([
      'Jane Doe',
      '3 May 2024',
      '2 min read',
    ]);
  });

  it('is in the Markdown copies, the outline and the article', () => {
    expect(outlineToMarkdown(updated)).toContain('_Jane Doe · 2024-05-03 · Updated 2024-05-03 14:05 · 2 min read_');
    expect(articleToMarkdown(updated)).toContain('_Jane Doe · 2024-05-03 · Updated 2024-05-03 14:05_');
  });

  it('is kept in a saved outline and shown in the library and the saved reader', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    await writer.save(updated);
    const [entry] = (await loadLibrary(area)).entries;
    expect(entry?.modifiedTime).toBe('2024-05-03T14:05:00+02:00');
    expect(metaLine(entry!)).toMatch(/ · Updated \d{1,2}:\d\d/);
    expect(savedToResult(entry!).modifiedTime).toBe('2024-05-03T14:05:00+02:00');
    // A stored value that is no date is left out, not a reason to refuse the outline.
    const checked = validateSavedOutline({ ...entry, modifiedTime: 'soon' });
    expect(checked.ok && Object.hasOwn(checked.value, 'modifiedTime')).toBe(false);
    expect(checked.ok).toBe(true);
  });
});
