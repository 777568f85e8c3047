import { describe, expect, it } from 'vitest';
import { LIBRARY_EXPORT_FORMAT, libraryToJson, parseLibraryExport } from '../../src/shared/formats/json';
import { libraryToMarkdown } from '../../src/library/export';
import { libraryToOpml } from '../../src/shared/formats/opml';
import { createLibraryWriter, loadLibrary } from '../../src/shared/storage';
import { MemoryStorageArea } from './storage-memory-area';
import { numberedOutline, seedOutline } from './storage-fixtures';

async function libraryOf(count: number) {
  const area = new MemoryStorageArea();
  const writer = createLibraryWriter(area);
  await writer.save({ ...seedOutline(), dir: 'rtl', lang: 'ar', title: 'عنوان & <b>"quotes"</b>' });
  for (let n = 0; n < count - 1; n++) await writer.save(numberedOutline(n));
  return { area, writer, entries: (await loadLibrary(area)).entries };
}

describe('JSON export → import round trip', () => {
  it('gives identical entries in an empty library', async () => {
    const { entries } = await libraryOf(12);
    const file = libraryToJson(entries, new Date('2026-11-27T21:00:00Z'));
    const parsed = parseLibraryExport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const target = new MemoryStorageArea();
    const report = await createLibraryWriter(target).importEntries(parsed.entries);
    expect(report).toEqual({
      added: 12,
      updated: 0,
      unchanged: 0,
      rejectedCount: 0,
      rejected: [],
      rejectedReasons: [],
    });
    expect((await loadLibrary(target)).entries).toEqual(entries);
  });

  it('after deleting everything, importing the export brings every entry back exactly', async () => {
    const { area, writer, entries } = await libraryOf(5);
    const file = libraryToJson(entries);
    await writer.remove(entries.map((entry) => entry.id));
    expect((await loadLibrary(area)).entries).toEqual([]);
    const parsed = parseLibraryExport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    await writer.importEntries(parsed.entries);
    expect((await loadLibrary(area)).entries).toEqual(entries);
    // Importing the same file again changes nothing.
    expect(await writer.importEntries(parsed.entries)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 5,
      rejectedCount: 0,
      rejected: [],
      rejectedReasons: [],
    });
  });

  it('writes the format marker, version and count', () => {
    const data = JSON.parse(libraryToJson([], new Date('2026-11-27T21:00:00Z'))) as Record<string, unknown>;
    expect(data).toEqual({
      format: LIBRARY_EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-11-27T21:00:00.000Z',
      count: 0,
      entries: [],
    });
  });
});

describe('refusing files that are not ours or are damaged', () => {
  const good = libraryToJson([]);
  it.each([
    ['an empty file', '', 'This file is empty. Nothing was imported.'],
    ['plain text', 'hello world', 'not an Outline Reader library export (it is not a JSON file)'],
    ['an HTML page', '<!doctype html><p>hi', 'not an Outline Reader library export'],
    ['another JSON file', '{"bookmarks": []}', 'it is JSON, but not a file the library’s JSON export made'],
    ['a JSON array', '[]', 'it is JSON, but not a file the library’s JSON export made'],
    [
      'a truncated export',
      good.slice(0, good.length - 10),
      'This Outline Reader export is damaged (it is not complete, valid JSON)',
    ],
    ['a missing version', `{"format":"${LIBRARY_EXPORT_FORMAT}","entries":[]}`, 'its version is missing'],
    ['a newer version', `{"format":"${LIBRARY_EXPORT_FORMAT}","version":99,"entries":[]}`, 'made by a newer version'],
    [
      'entries that are not a list',
      `{"format":"${LIBRARY_EXPORT_FORMAT}","version":1,"entries":{}}`,
      'its list of outlines is missing',
    ],
    [
      'a wrong count',
      `{"format":"${LIBRARY_EXPORT_FORMAT}","version":1,"count":3,"entries":[]}`,
      'should hold 3 outlines but holds 0',
    ],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = parseLibraryExport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain(message);
      expect(parsed.error).toMatch(/^This /);
    }
  });

  it('tells a user who imports the library’s own Markdown or OPML export to import the JSON export instead', async () => {
    const { entries } = await libraryOf(2);
    for (const [file, kind] of [
      [libraryToMarkdown(entries), 'a Markdown'],
      [libraryToOpml(entries), 'an OPML'],
    ] as const) {
      const parsed = parseLibraryExport(file);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error).toBe(
          `This is ${kind} file: Markdown and OPML exports are for other apps, only a JSON export can be imported back. ` +
            'Nothing was imported.',
        );
      }
    }
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseLibraryExport('\uFEFF' + good).ok).toBe(true);
  });
});
