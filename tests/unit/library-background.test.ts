import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

import { handleLibraryMessage, saveToLibrary } from '../../src/background/library';
import { libraryToJson } from '../../src/shared/formats/json';
import { QUOTA_MESSAGE, loadLibrary } from '../../src/shared/storage';
import { MemoryStorageArea, urlIndexOf } from './storage-memory-area';
import {
  CONTENT_SCRIPT_SENDER,
  LIBRARY_PAGE_SENDER,
  installFakeBrowser,
  type FakeBrowserHandle,
} from './library-fake-browser';
import { numberedOutline, seedOutline } from './storage-fixtures';

let handle: FakeBrowserHandle;
beforeEach(() => {
  handle = installFakeBrowser(fake.browser);
});

describe('saveToLibrary (the popup and in-page panel Save)', () => {
  it('answers added, then updated for the same page', async () => {
    const first = await saveToLibrary(seedOutline());
    expect(first).toMatchObject({ ok: true, status: 'added' });
    expect(await saveToLibrary(seedOutline())).toEqual({
      ok: true,
      status: 'updated',
      id: (first as { id: string }).id,
    });
  });

  it('turns a refused payload or a full quota into a readable error reply (shown after "Not saved: ", so it says it once)', async () => {
    expect(await saveToLibrary({ nonsense: true })).toEqual({
      ok: false,
      error: 'it has no page address.',
    });
    expect(await saveToLibrary(seedOutline({ url: 'file:///home/me/a.html' }))).toEqual({
      ok: false,
      error: 'only web pages (http and https) can be saved.',
    });
    // Smaller than one seed outline (≈ 7 kB): the first save already exceeds it.
    installFakeBrowser(fake.browser, new MemoryStorageArea({ quotaBytes: 2_000 }));
    expect(await saveToLibrary(seedOutline())).toEqual({ ok: false, error: QUOTA_MESSAGE });
  });
});

describe('saves from many tabs at once', () => {
  it('keeps all 200 when they arrive together at the background', async () => {
    const replies = await Promise.all(Array.from({ length: 200 }, (_, n) => saveToLibrary(numberedOutline(n))));
    expect(replies.every((reply) => reply.ok && reply.status === 'added')).toBe(true);
    expect((await loadLibrary(handle.area)).entries).toHaveLength(200);
  });
});

describe('handleLibraryMessage', () => {
  it('leaves other messages to the main router', () => {
    expect(handleLibraryMessage({ type: 'outline/get', payload: { tabId: 1 } }, LIBRARY_PAGE_SENDER)).toBeUndefined();
    expect(handleLibraryMessage({ type: 'library/save', payload: {} }, LIBRARY_PAGE_SENDER)).toBeUndefined();
    expect(handleLibraryMessage(null, LIBRARY_PAGE_SENDER)).toBeUndefined();
  });

  it('refuses library changes from content scripts and changes nothing', async () => {
    await saveToLibrary(seedOutline());
    const before = handle.area.dump();
    const reply = await handleLibraryMessage(
      { type: 'library/import', payload: { text: libraryToJson([]) } },
      CONTENT_SCRIPT_SENDER,
    );
    expect(reply).toEqual({ ok: false, error: 'Refused: the library can only be changed from its own page.' });
    const ids = Object.values(urlIndexOf(before));
    expect(
      await handleLibraryMessage({ type: 'library/delete', payload: { ids } }, CONTENT_SCRIPT_SENDER),
    ).toMatchObject({ ok: false });
    expect(handle.area.dump()).toEqual(before);
  });

  it('deletes, restores, imports and refuses a foreign file, from the library page', async () => {
    await saveToLibrary(numberedOutline(1));
    await saveToLibrary(numberedOutline(2));
    const { entries } = await loadLibrary(handle.area);
    const file = libraryToJson(entries);

    const deleted = (await handleLibraryMessage(
      { type: 'library/delete', payload: { ids: [entries[0]!.id, 42] } },
      LIBRARY_PAGE_SENDER,
    )) as { ok: true; removed: unknown[] };
    expect(deleted.removed).toEqual([entries[0]]);
    expect(
      await handleLibraryMessage(
        { type: 'library/restore', payload: { entries: deleted.removed } },
        LIBRARY_PAGE_SENDER,
      ),
    ).toEqual({ ok: true, restored: 1 });

    const before = handle.area.dump();
    const refused = await handleLibraryMessage(
      { type: 'library/import', payload: { text: '{"items":[]}' } },
      LIBRARY_PAGE_SENDER,
    );
    expect(refused).toEqual({
      ok: false,
      error:
        'This is not an Outline Reader library export: it is JSON, but not a file the library’s JSON export made. Nothing was imported.',
    });
    expect(await handleLibraryMessage({ type: 'library/import', payload: { text: 12 } }, LIBRARY_PAGE_SENDER)).toEqual({
      ok: false,
      error: 'This file is empty. Nothing was imported.',
    });
    expect(handle.area.dump()).toEqual(before);

    await handleLibraryMessage(
      { type: 'library/delete', payload: { ids: entries.map((entry) => entry.id) } },
      LIBRARY_PAGE_SENDER,
    );
    const imported = await handleLibraryMessage(
      { type: 'library/import', payload: { text: file } },
      LIBRARY_PAGE_SENDER,
    );
    expect(imported).toEqual({
      ok: true,
      report: { added: 2, updated: 0, unchanged: 0, rejectedCount: 0, rejected: [], rejectedReasons: [] },
    });
    expect((await loadLibrary(handle.area)).entries).toEqual(entries);
  });
});
