// @vitest-environment happy-dom
/** The reader page's App with a fake client: the reading-progress bar belongs to an article only. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import { withRenderContainer } from '../support/render-container';
import { sampleOutline } from '../../src/popup/mock-client';
import { App } from '../../src/reader/App';
import type { ReaderClient } from '../../src/reader/client';
import { languageIfSure } from '../../src/reader/text-language';
import type { ReaderArticleReply } from '../../src/shared/protocol';
import { DEFAULT_READER_SETTINGS, type ReaderSettings } from '../../src/shared/storage/reader-settings';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

function client(reply: ReaderArticleReply): ReaderClient {
  return {
    source: { kind: 'tab', tabId: 1 },
    getArticle: async () => reply,
    loadSettings: async () => DEFAULT_READER_SETTINGS,
    saveSettings: async () => undefined,
    save: async () => ({ ok: true, status: 'added', id: 'x' }),
    openUrl: () => undefined,
    back: () => undefined,
  };
}

async function mount(reply: ReaderArticleReply): Promise<void> {
  await act(() => render(<App client={client(reply)} />, container));
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('the reading-progress bar', () => {
  test('a page without an article shows its message without a (full) progress bar over it', async () => {
    await mount({ ok: false, kind: 'no-article', reason: 'The page has no readable text.' });
    expect(container.querySelector('.rd-state h1')?.textContent).toBe('No article found on this page');
    expect(container.querySelector('.rd-progress')).toBeNull();
  });

  test('an article has it', async () => {
    await mount({ ok: true, article: sampleOutline({}), pageUrl: null });
    expect(container.querySelector('.rd-state')).toBeNull();
    expect(container.querySelector('.rd-progress')).not.toBeNull();
  });
});

describe('the reading settings', () => {
  test('each control says what it sets (the line-height one reads "Line spacing", not "Lines", which reads as a count)', async () => {
    await mount({ ok: true, article: sampleOutline({}), pageUrl: null });
    const labels = [...container.querySelectorAll('.rd-settings label')].map((label) => label.textContent);
    expect(labels).toEqual(['Font', 'Width', 'Line spacing', 'Theme']);
  });
});

describe('the original page line', () => {
  test("reads left to right in a right-to-left article (readability rtl-2 showed ':Original page')", async () => {
    await mount({ ok: true, article: sampleOutline({ dir: 'rtl' }), pageUrl: null });
    const link = container.querySelector('.rd-source a');
    expect(link?.textContent).toContain('Original page: ');
    expect(link?.getAttribute('dir')).toBe('ltr');
  });
});

describe('the direction of a page that declares none', () => {
  test('an Arabic text: the article, its header, the outline tree and the layout read right to left', async () => {
    const article = sampleOutline({
      dir: null,
      title: 'عنوان المقال الرئيسي',
      outline: [{ id: 'h0', level: 2, text: 'القسم الأول', bullets: ['النقطة الأولى'], children: [] }],
    });
    await mount({ ok: true, article, pageUrl: null });
    const dirOf = (selector: string) => container.querySelector(selector)?.getAttribute('dir');
    expect([dirOf('.rd-layout'), dirOf('.rd-article'), dirOf('.or-article-header'), dirOf('[role=tree]')]).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ]);
  });

  test('an English text: left to right', async () => {
    await mount({ ok: true, article: sampleOutline({ dir: null }), pageUrl: null });
    expect(container.querySelector('[role=tree]')?.getAttribute('dir')).toBe('ltr');
    expect(container.querySelector('.rd-article')?.getAttribute('dir')).toBe('ltr');
  });
});

describe('the remembered settings come before the article', () => {
  test('an article that arrives before the settings is drawn only with them, at the remembered size and theme', async () => {
    let giveSettings: (settings: ReaderSettings) => void = () => undefined;
    const slowSettings: ReaderClient = {
      ...client({ ok: true, article: sampleOutline({}), pageUrl: null }),
      loadSettings: () => new Promise<ReaderSettings>((resolve) => (giveSettings = resolve)),
    };
    await act(() => render(<App client={slowSettings} />, container));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container.querySelector('.rd-progress')).toBeNull();
    expect(document.documentElement.dataset.state).toBe('loading');

    await act(() => giveSettings({ ...DEFAULT_READER_SETTINGS, fontSize: 24, theme: 'dark' }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container.querySelector('.rd-progress')).not.toBeNull();
    expect(document.documentElement.dataset.state).toBe('ready');
    expect(document.documentElement.style.getPropertyValue('--rd-font-size')).toBe('24px');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('settings that cannot be read leave the article drawn at the defaults', async () => {
    const brokenSettings: ReaderClient = {
      ...client({ ok: true, article: sampleOutline({}), pageUrl: null }),
      loadSettings: async () => Promise.reject(new Error('storage unavailable')),
    };
    await act(() => render(<App client={brokenSettings} />, container));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container.querySelector('.rd-progress')).not.toBeNull();
    expect(document.documentElement.style.getPropertyValue('--rd-font-size')).toBe(
      `${DEFAULT_READER_SETTINGS.fontSize}px`,
    );
  });
});

describe('the article’s language', () => {
  const shownLanguage = async (declared: string | null, detected: string | null, textLang?: string) => {
    const article = sampleOutline({ lang: declared, ...(textLang ? { textLang } : {}) });
    const reader = { ...client({ ok: true, article, pageUrl: null }) };
    reader.detectLanguage = async () => detected;
    await act(() => render(<App client={reader} />, container));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    return container.querySelector('.rd-article')?.getAttribute('lang') ?? null;
  };

  test('is its text’s when the page declares another or none (trafilatura 0126: lang="en-US" over German)', async () => {
    expect(await shownLanguage('en-US', 'de')).toBe('de');
    expect(await shownLanguage(null, 'en')).toBe('en');
  });

  test('is the declared one when the text agrees (its region kept) or the browser is not sure', async () => {
    expect(await shownLanguage('de-CH', 'de')).toBe('de-CH');
    expect(await shownLanguage('en-US', null)).toBe('en-US');
    expect(await shownLanguage('en-US', 'und')).toBe('en-US');
    expect(await shownLanguage('en-US', null, 'de')).toBe('en-US');
  });

  test('a page that declares none, the browser not sure: the one the core told from the words, else none', async () => {
    expect(await shownLanguage(null, null, 'de')).toBe('de');
    expect(await shownLanguage(null, 'und', 'de')).toBe('de');
    expect(await shownLanguage(null, 'fr', 'de')).toBe('fr'); // the browser's detector, when sure, reads more
    // None ('' after an earlier render: Preact sets the property, an unknown language either way).
    expect((await shownLanguage(null, null)) || null).toBe(null);
  });

  test('is detected only when the browser is sure of one language for most of the text', () => {
    const answer = (isReliable: boolean, percentage: number) => ({
      isReliable,
      languages: [{ language: 'de', percentage }],
    });
    expect(languageIfSure(answer(true, 97))).toBe('de');
    expect(languageIfSure(answer(false, 97))).toBe(null);
    expect(languageIfSure(answer(true, 60))).toBe(null);
    expect(languageIfSure({ isReliable: true, languages: [] })).toBe(null);
  });
});
