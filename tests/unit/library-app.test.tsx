// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { saveToLibrary } from '../../src/background/library';
import { App, RESULTS_PAGE_SIZE } from '../../src/library/App';
import { createBrowserClient } from '../../src/library/client';
import type { ExportFile } from '../../src/library/export';
import { libraryToJson, parseLibraryExport } from '../../src/shared/formats/json';
import { CURRENT_SCHEMA_VERSION, entryKey, loadLibrary } from '../../src/shared/storage';
import { installFakeBrowser, type FakeBrowserHandle } from './library-fake-browser';
import { urlIndexOf } from './storage-memory-area';
import { numberedOutline, seedOutline } from './storage-fixtures';

let handle: FakeBrowserHandle;
let container: HTMLElement;
let downloads: ExportFile[];

beforeEach(() => {
  handle = installFakeBrowser(fake.browser);
  location.hash = '';
  downloads = [];
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function waitFor<T>(check: () => T, what: string): Promise<NonNullable<T>> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const value = check();
    if (value) return value as NonNullable<T>;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function mount(client = createBrowserClient()): Promise<void> {
  await act(() => {
    render(<App client={client} download={(file) => downloads.push(file)} />, container);
  });
  await waitFor(() => container.querySelector('.status'), 'the library to load');
}

const titles = () => [...container.querySelectorAll('.entry-title')].map((node) => node.textContent);
const statusText = () => container.querySelector('.status')!.textContent;

async function type(query: string): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
  await act(() => {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => (element as HTMLElement).click());
}

function button(text: string | RegExp): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((node) =>
    typeof text === 'string' ? node.textContent?.trim() === text : text.test(node.textContent ?? ''),
  );
}

async function chooseFile(name: string, text: string): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function saveThree() {
  for (let n = 1; n <= 3; n++) {
    await saveToLibrary(numberedOutline(n));
    // Distinct save times, so that "newest first" is observable.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await saveToLibrary({ ...seedOutline(), title: 'Putin in Kyrgystan <b>bold</b>', siteName: 'Other Site' });
}

describe('the library page', () => {
  it('says the library is empty at first', async () => {
    await mount();
    expect(container.textContent).toContain('Your library is empty.');
  });

  it('lists saved outlines newest first', async () => {
    await saveThree();
    await mount();
    expect(titles()).toEqual(['Putin in Kyrgystan <b>bold</b>', 'Story number 3', 'Story number 2', 'Story number 1']);
    expect(statusText()).toBe('4 saved outlines, newest first');
    // Page text is text: the "<b>" in a headline never becomes an element.
    expect(container.querySelector('.entry-title b')).toBeNull();
  });

  it('shows an outline saved from another tab while the page is open', async () => {
    await saveToLibrary(numberedOutline(1));
    await mount();
    expect(titles()).toEqual(['Story number 1']);
    await saveToLibrary(numberedOutline(2));
    await waitFor(() => titles().length === 2, 'the new row');
    expect(titles()).toEqual(['Story number 2', 'Story number 1']);
  });

  it('applies changes from other tabs as they come, without reading the whole library again', async () => {
    for (let n = 1; n <= 3; n++) {
      await saveToLibrary(numberedOutline(n));
      // Distinct save times, so that "newest first" is observable.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const client = createBrowserClient();
    const load = vi.spyOn(client, 'load');
    await mount(client);
    expect(load).toHaveBeenCalledTimes(1);
    const updated = await saveToLibrary({ ...numberedOutline(1), title: 'Story one, updated' });
    await waitFor(() => titles()[0] === 'Story one, updated', 'the updated row on top');
    expect(titles()).toEqual(['Story one, updated', 'Story number 3', 'Story number 2']);
    // Damage written by something else is reported (and repaired) from the change alone too.
    const local = (fake.browser.storage as { local: { set(items: object): Promise<void> } }).local;
    await local.set({ [entryKey('stray')]: { broken: true } });
    await waitFor(() => container.querySelector('.notice-warning'), 'the damage report');
    await createBrowserClient().remove([(updated as { id: string }).id]);
    await waitFor(() => titles().length === 2, 'the row gone');
    expect(titles()).toEqual((await loadLibrary(handle.area)).entries.map((entry) => entry.title));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('searches as you type, highlights the words and shows where they matched', async () => {
    await saveThree();
    await mount();
    await type('deportation');
    expect(titles()).toEqual(['Putin in Kyrgystan <b>bold</b>', 'Story number 3', 'Story number 2', 'Story number 1']);
    await type('kyrgystan bold');
    expect(titles()).toEqual(['Putin in Kyrgystan <b>bold</b>']);
    expect([...container.querySelectorAll('.entry-title mark')].map((mark) => mark.textContent)).toEqual([
      'Kyrgystan',
      'bold',
    ]);
    await type('story deportation');
    expect(titles()).toEqual(['Story number 3', 'Story number 2', 'Story number 1']);
    expect(container.querySelector('.entry-snippet')!.textContent).toMatch(/^Bullet: .*deportation/);
    expect(container.querySelector('.entry-snippet mark')!.textContent).toBe('deportation');
    expect(statusText()).toBe('3 outlines of 4 match “story deportation”');
    await type('nothing-like-this');
    expect(container.textContent).toContain('Nothing matches “nothing-like-this”.');
  });

  it('marks a one-letter search only where words begin, not every letter of every row', async () => {
    await saveThree();
    await mount();
    await type('s');
    expect(titles()).toEqual(['Putin in Kyrgystan <b>bold</b>', 'Story number 3', 'Story number 2', 'Story number 1']);
    // "Kyrgystan" matches (a letter is found anywhere) but its inner "s" is not marked.
    expect([...container.querySelectorAll('.entry-title mark')].map((mark) => mark.textContent)).toEqual([
      'S',
      'S',
      'S',
    ]);
    await type('st');
    expect(container.querySelector('.entry-title mark')!.textContent).toBe('st');
  });

  it('filters by site', async () => {
    await saveThree();
    await mount();
    const select = container.querySelector('select')!;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'All sites (4)',
      'Global Affairs Daily (3)',
      'Other Site (1)',
    ]);
    await act(() => {
      select.value = 'Other Site';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(titles()).toEqual(['Putin in Kyrgystan <b>bold</b>']);
  });

  it('opens an outline to read, with its bullets and a link back to the article', async () => {
    await saveToLibrary(
      seedOutline({
        related: [
          { title: 'Safe', url: 'https://x.example/safe' },
          { title: 'Unsafe', url: 'javascript:alert(1)' },
        ],
      }),
    );
    await mount();
    await click(container.querySelector('.entry-title a'));
    const heading = await waitFor(() => container.querySelector('.reader h1'), 'the reader');
    expect(heading.textContent).toBe(seedOutline().title);
    expect(location.hash).toMatch(/^#\/entry\//);
    expect(container.querySelectorAll('.reader h2').length).toBe(seedOutline().outline.length + 1);
    expect(container.querySelector('.reader li')!.textContent).toBe(seedOutline().outline[0]!.bullets[0]);
    expect(container.querySelector<HTMLAnchorElement>('a.article-link')!.href).toBe(seedOutline().url);
    const relatedLinks = [...container.querySelectorAll<HTMLAnchorElement>('.related a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(relatedLinks).toEqual(['https://x.example/safe']);
    // A related story whose link is not a web address is not kept at all.
    expect(container.querySelector('.related')!.textContent).not.toContain('Unsafe');
  });

  it('shows a saved outline’s key points; a page without headings says so in the library’s own direction', async () => {
    await saveToLibrary(
      seedOutline({
        url: 'https://ar.example/b',
        title: 'عنوان المقال',
        dir: 'rtl',
        lang: 'ar',
        outline: [],
        keyPoints: [
          { text: 'النقطة الأولى.', id: 'k0' },
          { text: 'النقطة الثانية.', id: 'k1' },
        ],
      }),
    );
    await mount();
    await click(container.querySelector('.entry-title a'));
    await waitFor(() => container.querySelector('.reader h1'), 'the reader');
    const points = container.querySelector('.reader .key-points ul')!;
    expect([...points.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'النقطة الأولى.',
      'النقطة الثانية.',
    ]);
    expect(points.getAttribute('dir')).toBe('rtl');
    const empty = [...container.querySelectorAll('.reader p')].find(
      (p) => p.textContent === 'This outline has no headings.',
    )!;
    expect(empty.closest('[dir]')?.getAttribute('dir') ?? 'ltr').not.toBe('rtl');
  });

  it('marks right-to-left entries so they lay out from the right', async () => {
    await saveToLibrary(seedOutline({ url: 'https://ar.example/a', title: 'عنوان المقال', dir: 'rtl', lang: 'ar' }));
    await mount();
    const title = container.querySelector('.entry-title')!;
    expect(title.getAttribute('dir')).toBe('rtl');
    expect(title.getAttribute('lang')).toBe('ar');
  });

  it('reads an entry whose page declared no direction as the popup does: Arabic text right to left, English left to right', async () => {
    const arabic = { url: 'https://ar.example/c', title: 'الحكومة تعلن خطة جديدة للنقل', dir: null, outline: [] };
    await saveToLibrary(seedOutline(arabic));
    await saveToLibrary(seedOutline({ url: 'https://en.example/d', title: 'The harbour plan is approved', dir: null }));
    await mount();
    const dirs = [...container.querySelectorAll('.entry-title')].map((title) => [
      title.textContent,
      title.getAttribute('dir'),
    ]);
    expect(dirs).toContainEqual(['الحكومة تعلن خطة جديدة للنقل', 'rtl']);
    expect(dirs).toContainEqual(['The harbour plan is approved', 'ltr']);
    const arabicRow = [...container.querySelectorAll('.entry-title')].find(
      (title) => title.getAttribute('dir') === 'rtl',
    );
    await click(arabicRow!.querySelector('a'));
    await waitFor(() => container.querySelector('.reader h1'), 'the reader');
    expect(container.querySelector('.reader h1')!.getAttribute('dir')).toBe('rtl');
  });

  it('deletes with undo', async () => {
    await saveThree();
    await mount();
    await click(button(/^Delete$/));
    await waitFor(() => titles().length === 3, 'the row to go');
    expect(container.querySelector('.toast')!.textContent).toContain('Deleted “Putin in Kyrgystan <b>bold</b>”.');
    expect((await loadLibrary(handle.area)).entries).toHaveLength(3);
    await click(button('Undo'));
    await waitFor(() => titles().length === 4, 'the row to come back');
    expect(titles()[0]).toBe('Putin in Kyrgystan <b>bold</b>');
    expect(container.querySelector('.toast')!.textContent).toContain('Restored 1 outline.');
  });

  it('deletes from the keyboard without losing the place, and Ctrl+Z undoes while Undo is offered', async () => {
    await saveThree();
    await mount();
    const rows = () => [...container.querySelectorAll<HTMLElement>('.entry')];
    const next = rows()[2]!.dataset.id;
    const remove = rows()[1]!.querySelector<HTMLButtonElement>('.entry-delete')!;
    remove.focus();
    await click(remove);
    await waitFor(() => titles().length === 3, 'the row to go');
    // The focus is on the row that took the deleted one's place, not lost at the top of the page.
    expect(document.activeElement!.matches('.entry-title a')).toBe(true);
    expect(document.activeElement!.closest<HTMLElement>('.entry')!.dataset.id).toBe(next);
    const ctrlZ = (target: Element) =>
      act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true })));
    // In the search box Ctrl+Z is the box's own undo.
    await ctrlZ(container.querySelector('input[type="search"]')!);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(titles()).toHaveLength(3);
    await ctrlZ(document.activeElement!);
    await waitFor(() => titles().length === 4, 'the row to come back');
    expect(container.querySelector('.toast')!.textContent).toContain('Restored 1 outline.');
  });

  it('"Show more" moves the focus to the first row it added', async () => {
    for (let n = 1; n <= RESULTS_PAGE_SIZE + 1; n++) await saveToLibrary(numberedOutline(n));
    await mount();
    expect(titles()).toHaveLength(RESULTS_PAGE_SIZE);
    await click(button(/^Show 1 more/));
    expect(titles()).toHaveLength(RESULTS_PAGE_SIZE + 1);
    const focused = document.activeElement!;
    expect(focused.matches('.entry-title a')).toBe(true);
    expect(focused.closest('.entry')).toBe(container.querySelectorAll('.entry')[RESULTS_PAGE_SIZE]);
  });

  it('exports the selected entries, or all of them, in each format', async () => {
    await saveThree();
    await mount();
    await click(button('JSON'));
    const all = parseLibraryExport(downloads[0]!.text);
    expect(all.ok && all.entries).toHaveLength(4);
    await click(container.querySelectorAll<HTMLInputElement>('.entry-select')[1]);
    expect(container.textContent).toContain('Export 1 selected as');
    await click(button('JSON'));
    await click(button('Markdown'));
    await click(button('OPML'));
    const [, json, markdown, opml] = downloads;
    const selected = parseLibraryExport(json!.text);
    expect(selected.ok && selected.entries.map((item) => (item as { title: string }).title)).toEqual([
      'Story number 3',
    ]);
    expect(markdown!.name).toMatch(/\.md$/);
    expect(markdown!.text).toMatch(/^# Story number 3\n/);
    expect(markdown!.text).toContain('- The United States took action against Kyrgyzstan');
    expect(opml!.name).toMatch(/\.opml$/);
    expect(opml!.text).toContain(
      '<outline text="Story number 3" type="link" url="https://news.example.org/world/story-3/"',
    );
  });

  it('imports our JSON, reporting what was added, updated and rejected', async () => {
    await saveToLibrary(numberedOutline(1));
    const { entries } = await loadLibrary(handle.area);
    const incoming = [
      { ...entries[0]!, title: 'Newer', updatedAt: '2099-01-01T00:00:00.000Z' },
      { ...entries[0]!, id: 'new-one', url: 'https://other.example/' },
      { ...entries[0]!, id: 'broken', outline: 'nope' },
    ];
    await mount();
    await chooseFile('mine.json', libraryToJson(incoming as never));
    const notice = await waitFor(() => container.querySelector('.notice'), 'the import report');
    expect(notice.textContent).toContain('Imported “mine.json”: 1 added, 1 updated, 0 unchanged, 1 rejected.');
    expect(notice.textContent).toContain(
      'Outline 3 (https://news.example.org/world/story-1/) was rejected: outline is not a list.',
    );
    await waitFor(() => titles().length === 2, 'the imported rows');
  });

  it('refuses a file over the size limit before reading it', async () => {
    await mount();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 65 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const notice = await waitFor(() => container.querySelector('.notice-error'), 'the refusal');
    expect(notice.textContent).toContain('“huge.json”: This file is too large to import (65 MiB; at most 64 MiB).');
    expect(read).not.toHaveBeenCalled();
    expect(handle.sent).toEqual([]);
  });

  it('says clearly that a damaged link to an outline cannot be opened', async () => {
    await saveToLibrary(numberedOutline(1));
    location.hash = '#/entry/%E0%A4%A';
    await act(() => {
      render(<App client={createBrowserClient()} />, container);
    });
    const message = await waitFor(() => container.querySelector('.reader[role="alert"]'), 'the message');
    expect(message.textContent).toContain('This link to a saved outline is damaged');
    await click(message.querySelector('a'));
    await waitFor(() => titles().length === 1, 'the list');
  });

  it('refuses a file that is not ours and changes nothing', async () => {
    await saveToLibrary(numberedOutline(1));
    const before = handle.area.dump();
    await mount();
    await chooseFile('export.csv', 'url,title\nhttps://a.example,A\n');
    const notice = await waitFor(() => container.querySelector('.notice-error'), 'the refusal');
    expect(notice.textContent).toContain(
      '“export.csv”: This is not an Outline Reader library export (it is not a JSON file). Nothing was imported.',
    );
    expect(handle.area.dump()).toEqual(before);
  });

  it('reads a library of an older schema at once, and the background migrates it', async () => {
    await handle.area.set({
      library: [
        {
          url: 'https://old.example/a',
          savedAt: '2025-05-01T10:00:00.000Z',
          outline: seedOutline({ url: 'https://old.example/a', title: 'Saved by version 0.1' }),
        },
      ],
    });
    await mount();
    expect(titles()).toEqual(['Saved by version 0.1']);
    await waitFor(
      () =>
        handle.area.dump()['library/schemaVersion'] === CURRENT_SCHEMA_VERSION &&
        handle.area.dump().library === undefined,
      'the migration',
    );
    expect(titles()).toEqual(['Saved by version 0.1']);
  });

  it('is usable from the keyboard: "/" goes to the search box, Escape leaves an outline', async () => {
    await saveThree();
    await mount();
    await click(container.querySelector('.entry-title a'));
    await waitFor(() => container.querySelector('.reader h1') === document.activeElement, 'focus on the headline');
    await act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await waitFor(() => container.querySelector('input[type="search"]'), 'the list');
    (document.activeElement as HTMLElement | null)?.blur();
    await act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    });
    await waitFor(
      () => document.activeElement === container.querySelector('input[type="search"]'),
      'focus on the search box',
    );
  });

  it('"/" pressed in the empty search box (it has focus when the page opens) is the shortcut, not a search for "/"', async () => {
    await saveThree();
    await mount();
    const input = await waitFor(() => container.querySelector<HTMLInputElement>('input[type="search"]'), 'the list');
    const slash = () => new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    const empty = slash();
    await act(() => void input.dispatchEvent(empty));
    expect(empty.defaultPrevented).toBe(true);
    await type('harbour');
    const typed = slash();
    await act(() => void input.dispatchEvent(typed));
    expect(typed.defaultPrevented).toBe(false); // "/" inside a query stays a character
  });

  it('the tab is titled with the saved outline shown, and again "Saved outlines" back on the list', async () => {
    await saveThree();
    await mount();
    const link = await waitFor(() => container.querySelector<HTMLAnchorElement>('.entry-title a'), 'the list');
    const title = link.textContent!;
    await click(link);
    await waitFor(
      () => document.title === `${title} — Saved outlines — Outline Reader`,
      'the entry’s title on the tab',
    );
    await act(() => {
      location.hash = '#/';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => document.title === 'Saved outlines — Outline Reader', 'the library’s title again');
  });

  it('reports damaged entries, has them set aside, and still shows the rest', async () => {
    await saveToLibrary(numberedOutline(1));
    await saveToLibrary(numberedOutline(2));
    const [damaged] = Object.values(urlIndexOf(handle.area.dump()));
    await handle.area.set({ [entryKey(damaged!)]: { broken: true } });
    await mount();
    expect(titles()).toHaveLength(1);
    const warning = await waitFor(() => container.querySelector('.notice-warning'), 'the damage report');
    expect(warning.textContent).toContain(
      '1 saved item could not be read. It is being set aside, unchanged; the rest of your library is fine.',
    );
    expect(warning.textContent).toContain(`library/entry/${damaged}: "id" is not text`);
    // The page asked the background (the only writer) to set it aside; the raw value is kept.
    await waitFor(
      () => (handle.area.dump()['library/quarantine'] as unknown[] | undefined)?.length === 1,
      'the quarantine',
    );
    expect((handle.area.dump()['library/quarantine'] as { raw: unknown }[])[0]!.raw).toEqual({ broken: true });
    await waitFor(
      () => container.querySelector('.notice-warning')?.textContent?.includes('It was set aside'),
      'the updated report',
    );
    await click(button('Download them'));
    expect(JSON.parse(downloads[0]!.text).items[0].raw).toEqual({ broken: true });
  });
});
