/**
 * A very long article is saved from the in-page panel, end to end in the background: the message
 * is validated (clamped, not refused), tied to the sending page, and stored by the real library
 * writer. Issue 13 found one long legal list item enough to make "Save" answer "Refused".
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
// The content script's built file name is not needed: nothing is injected here.
vi.mock('../../src/background/inject', () => ({
  sendContentMessage: async () => undefined,
  sendToContent: async () => undefined,
}));

import { handleMessage, resetPanelSaveLimitForTests } from '../../src/background/handlers';
import { loadLibrary } from '../../src/shared/storage';
import { EXTENSION_ID, installFakeBrowser, type FakeBrowserHandle } from './library-fake-browser';
import { seedOutline } from './storage-fixtures';

let handle: FakeBrowserHandle;
beforeEach(() => {
  handle = installFakeBrowser(fake.browser);
  resetPanelSaveLimitForTests();
});

describe('Save of a very long article from the panel', () => {
  test('3.4 million characters of body and a section of 5,000 bullets: accepted, clamped, saved', async () => {
    const base = seedOutline();
    const bullets = Array.from(
      { length: 5_000 },
      (_, i) => `Clause ${i}: the parties agree to the terms set out in schedule ${i}.`,
    );
    const outline = {
      ...base,
      outline: [{ ...base.outline[0]!, bullets }, ...base.outline.slice(1)],
      body: 'The agreement reads as follows. '.repeat(110_000).slice(0, 3_400_000),
    };
    expect(outline.body).toHaveLength(3_400_000);
    const sender = { id: EXTENSION_ID, url: base.url!, frameId: 0, tab: { id: 3, url: base.url! } };
    const reply = await handleMessage({ type: 'panel/save', payload: { outline } }, sender as never);
    expect(reply).toMatchObject({ ok: true, status: 'added' });

    const { entries } = await loadLibrary(handle.area);
    expect(entries).toHaveLength(1);
    const saved = entries[0]!;
    expect(saved.title).toBe(base.title);
    expect(saved.outline.map((s) => s.text)).toEqual(base.outline.map((s) => s.text));
    const kept = saved.outline[0]!.bullets;
    expect(kept.slice(0, 3)).toEqual(bullets.slice(0, 3));
    expect(kept.at(-1)).toMatch(/^… and [\d,]+ more$/);
    expect(kept.length).toBeLessThan(bullets.length);
  });

  test('with its article text for the reader view (5,000 list items, 3.4 million characters): saved, text kept', async () => {
    const base = seedOutline();
    const paragraph = 'The agreement reads as follows, clause after clause, for many pages. '.repeat(50);
    const paragraphs = Math.ceil(3_400_000 / paragraph.length);
    const content = [
      {
        kind: 'list',
        ordered: true,
        items: Array.from({ length: 5_000 }, (_, i) => ({
          blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: `Clause ${i}.` }] }],
        })),
      },
      ...Array.from({ length: paragraphs }, () => ({ kind: 'paragraph', runs: [{ kind: 'text', text: paragraph }] })),
    ];
    const outline = { ...base, body: paragraph.repeat(paragraphs), content };
    const sender = { id: EXTENSION_ID, url: base.url!, frameId: 0, tab: { id: 4, url: base.url! } };
    const reply = await handleMessage({ type: 'panel/save', payload: { outline } }, sender as never);
    expect(reply).toMatchObject({ ok: true });
    const stored = JSON.stringify(handle.area.dump());
    expect(stored).toContain('Clause 4999.');
    expect(stored.length).toBeGreaterThan(3_400_000);
  });
});
