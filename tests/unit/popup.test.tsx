// @vitest-environment happy-dom
/** The popup's components rendered with the mock client: every state, the actions, keyboard use. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { withRenderContainer } from '../support/render-container';
import { App, SLOW_READING_MS } from '../../src/popup/App';
import { createMockClient, sampleKeyPoints, sampleOutline, type MockClient } from '../../src/popup/mock-client';
import type { OutlineReply } from '../../src/shared/protocol';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

async function settle(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function waitFor<T>(check: () => T, what: string): Promise<NonNullable<T>> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = check();
    if (value) return value as NonNullable<T>;
    await settle();
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function renderApp(client: MockClient): Promise<void> {
  await act(() => render(<App client={client} />, container));
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const labels = (kind: 'heading' | 'bullet') =>
  $$(`[role=treeitem].or-${kind} > .or-row .or-label`).map((el) => el.textContent);
const button = (name: string) => $$('button').find((b) => b.textContent?.trim() === name)!;
const ready = () => waitFor(() => $('[role=tree]'), 'the outline');

async function press(target: Element, key: string): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('states', () => {
  test('an answer already known when the App loads (a repeat click) is drawn at once, without a loading frame', async () => {
    const client = createMockClient({});
    const view = { kind: 'ready' as const, tabId: 7, outline: sampleOutline() };
    await act(() => render(<App client={client} initial={Promise.resolve(view)} settled={view} />, container));
    expect($('.or-state-loading')).toBeNull();
    expect($('h1')?.textContent).toBe('A sample headline');
    expect(labels('heading')).toEqual(['First section', 'Second section', 'A deeper heading']);
    await settle();
    expect(client.calls.some((c) => c.method === 'getOutline')).toBe(false); // not asked twice
    expect($('h1')?.textContent).toBe('A sample headline');
  });

  test('loading first, then the outline: header, tree, related stories, shortcuts', async () => {
    let answer!: (reply: OutlineReply) => void;
    const client = createMockClient({ outline: () => new Promise<OutlineReply>((resolve) => (answer = resolve)) });
    await renderApp(client);
    await waitFor(() => client.calls.some((c) => c.method === 'getOutline'), 'the request');
    expect($('.or-state-loading')?.textContent).toContain('Reading the page');
    expect($('main')?.getAttribute('aria-busy')).toBe('true');

    await act(() => answer({ ok: true, outline: sampleOutline(), tookMs: 1 }));
    await ready();
    expect($('h1')?.textContent).toBe('A sample headline');
    expect($('.or-article-header')?.textContent).toContain('Example News');
    expect($('.or-article-header')?.textContent).toContain('Jane Doe');
    expect($('.or-article-header')?.textContent).toContain('4 min read');
    expect(labels('heading')).toEqual(['First section', 'Second section', 'A deeper heading']);
    expect(labels('bullet')).toEqual(['Alpha point', 'Beta point', 'Gamma point']);
    // Only the http(s) story is listed; the javascript: one is dropped.
    expect(
      $$('.or-related-link').map((a) => [
        a.querySelector('.or-related-title')?.textContent,
        a.querySelector('.or-related-site')?.textContent,
      ]),
    ).toEqual([['Another story', 'news.example.org']]);
    expect(document.documentElement.dataset.state).toBe('ready');
    // The shortcuts live behind a small "?" entry, not in a permanent footer.
    expect($('.or-footer')).toBeNull();
    const help = $<HTMLDetailsElement>('details.or-help')!;
    expect(help.querySelector('summary')?.getAttribute('aria-label')).toBe('Keyboard shortcuts');
    await act(() => {
      help.open = true;
      help.dispatchEvent(new Event('toggle'));
    });
    expect(await waitFor(() => $('.or-shortcuts')?.textContent?.includes('Alt+Shift+O'), 'the shortcuts')).toBe(true);
  });

  test('a restricted page explains why', async () => {
    await renderApp(
      createMockClient({
        outline: { ok: false, kind: 'restricted', reason: 'This is one of the browser’s own pages (chrome:).' },
      }),
    );
    const state = await waitFor(() => $('[data-state=restricted] .or-state'), 'the message');
    expect(state.textContent).toContain('This page can’t be outlined');
    expect(state.textContent).toContain('chrome:');
  });

  test('no article: the message and the reason', async () => {
    await renderApp(
      createMockClient({ outline: { ok: false, kind: 'no-article', reason: 'The page is mostly links.' } }),
    );
    const state = await waitFor(() => $('[data-state=no-article] .or-state'), 'the message');
    expect(state.textContent).toContain('No article found on this page');
    expect(state.textContent).toContain('The page is mostly links.');
    // Its help names no filter, rows or jumps: there is no outline to use them on.
    const help = $<HTMLDetailsElement>('details.or-help')!;
    await act(() => {
      help.open = true;
      help.dispatchEvent(new Event('toggle'));
    });
    const keys = await waitFor(() => ($('.or-shortcuts li') ? $('.or-shortcuts')!.textContent : null), 'the shortcuts');
    expect(keys).toContain('Alt+Shift+O');
    expect(keys).toContain('Esc close');
    expect(keys).not.toMatch(/filter|move|jump/);
  });

  test('an error offers a retry, which asks again', async () => {
    let attempts = 0;
    const client = createMockClient({
      outline: () =>
        ++attempts === 1
          ? { ok: false, kind: 'error', message: 'Injection failed.' }
          : { ok: true, outline: sampleOutline(), tookMs: 1 },
    });
    await renderApp(client);
    const alert = await waitFor(() => $('[role=alert]'), 'the error');
    expect(alert.textContent).toContain('Injection failed.');
    await act(() => button('Try again').click());
    await ready();
    expect(attempts).toBe(2);
  });

  test('an error that is nobody\'s fault says what it is in its title, else "Something went wrong"', async () => {
    const titled = createMockClient({
      outline: { ok: false, kind: 'error', message: 'After 60 seconds …', title: 'The page is still loading' },
    });
    await renderApp(titled);
    const alert = await waitFor(() => $('[role=alert]'), 'the message');
    expect(alert.querySelector('.or-state-title')?.textContent).toBe('The page is still loading');
    expect(alert.textContent).not.toContain('Something went wrong');
    await renderApp(createMockClient({ outline: { ok: false, kind: 'error', message: 'Injection failed.' } }));
    const untitled = await waitFor(() => $('[role=alert]'), 'the second message');
    expect(untitled.querySelector('.or-state-title')?.textContent).toBe('Something went wrong');
  });

  test('an article without headings shows its key points alone; each one jumps to its paragraph', async () => {
    const client = createMockClient({
      outline: { ok: true, outline: sampleOutline({ outline: [], keyPoints: sampleKeyPoints() }), tookMs: 1 },
    });
    await renderApp(client);
    const points = await waitFor(() => ($$('.or-kp-jump').length ? $$('.or-kp-jump') : null), 'the key points');
    expect(points.map((p) => p.querySelector('.or-label')?.textContent)).toEqual(sampleKeyPoints().map((p) => p.text));
    expect($('[role=tree]')).toBeNull();
    expect($('.or-keypoints h2')?.textContent).toBe('Key points');
    expect(container.textContent).not.toContain('Nothing to outline');
    await act(() => points[1]!.click());
    await settle();
    expect(client.calls.find((c) => c.method === 'scrollTo')?.args).toEqual([1, 'k1']);
  });

  test('key points sit above the outline tree when the article has headings', async () => {
    await renderApp(
      createMockClient({ outline: { ok: true, outline: sampleOutline({ keyPoints: sampleKeyPoints() }), tookMs: 1 } }),
    );
    const tree = await ready();
    const points = $('.or-keypoints')!;
    expect(points.compareDocumentPosition(tree) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(labels('heading')).toEqual(['First section', 'Second section', 'A deeper heading']);
  });

  test('a long key point is clamped, with a "more" button that shows all of it', async () => {
    await renderApp(
      createMockClient({ outline: { ok: true, outline: sampleOutline({ keyPoints: sampleKeyPoints() }), tookMs: 1 } }),
    );
    await ready();
    const [first, second] = $$('.or-kp');
    expect(first!.querySelector('.or-label')?.classList.contains('or-clamped')).toBe(true);
    expect(second!.querySelector('.or-label')?.classList.contains('or-clamped')).toBe(false);
    expect(second!.querySelector('.or-more-text')).toBeNull(); // short: no button
    const more = first!.querySelector<HTMLButtonElement>('.or-more-text')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await act(() => more.click());
    expect(first!.querySelector('.or-label')?.classList.contains('or-clamped')).toBe(false);
    expect(first!.querySelector('.or-more-text')?.getAttribute('aria-expanded')).toBe('true');
    expect(first!.querySelector('.or-more-text')?.textContent).toBe('less');
  });

  test('an article with neither headings nor key points shows its summary, not "nothing to outline"', async () => {
    const outline = sampleOutline({ outline: [], keyPoints: [], excerpt: 'The harbour reopened on Monday.' });
    await renderApp(createMockClient({ outline: { ok: true, outline, tookMs: 1 } }));
    expect((await waitFor(() => $('.or-summary'), 'the summary')).textContent).toContain(
      'The harbour reopened on Monday.',
    );
  });

  test('a one-word page without a summary says "1 word", not "1 words"', async () => {
    const outline = sampleOutline({ outline: [], keyPoints: [], excerpt: null, wordCount: 1 });
    await renderApp(createMockClient({ outline: { ok: true, outline, tookMs: 1 } }));
    const summary = await waitFor(() => $('.or-summary'), 'the summary');
    expect(summary.textContent).toContain('This article is 1 word long,');
  });

  test('while loading, a skeleton of the final screen is shown (no empty status line)', async () => {
    await renderApp(createMockClient({ outline: () => new Promise<OutlineReply>(() => undefined) }));
    expect($('.or-skeleton')).not.toBeNull();
    expect($$('.or-skeleton-row').length).toBeGreaterThan(4);
  });

  test('a page that takes long to read (still loading): after a moment the user is told why, not just the skeleton', async () => {
    vi.useFakeTimers();
    try {
      await renderApp(createMockClient({ outline: () => new Promise<OutlineReply>(() => undefined) }));
      const line = () => $('.or-state-loading p');
      expect(line()?.classList.contains('or-visually-hidden')).toBe(true);
      await act(() => void vi.advanceTimersByTime(SLOW_READING_MS));
      expect(line()?.classList.contains('or-visually-hidden')).toBe(false);
      expect(line()?.textContent).toContain('A page that is still loading is read once it has loaded.');
      expect($('.or-skeleton')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('right-to-left articles: the tree and header follow the article’s direction', async () => {
    await renderApp(
      createMockClient({ outline: { ok: true, outline: sampleOutline({ dir: 'rtl', lang: 'ar' }), tookMs: 1 } }),
    );
    const tree = await ready();
    expect(tree.getAttribute('dir')).toBe('rtl');
    expect(tree.getAttribute('lang')).toBe('ar');
    expect($('.or-article-header')?.getAttribute('dir')).toBe('rtl');
  });

  test('a right-to-left text that declares no direction: the tree reads right to left, → and ← mirrored', async () => {
    const outline = sampleOutline({
      dir: null,
      lang: null,
      title: 'عنوان المقال الرئيسي',
      outline: [
        { id: 'h0', level: 2, text: 'القسم الأول', bullets: ['النقطة الأولى'], children: [] },
        { id: 'h1', level: 2, text: 'القسم الثاني', bullets: [], children: [] },
      ],
    });
    await renderApp(createMockClient({ outline: { ok: true, outline, tookMs: 1 } }));
    const tree = await ready();
    expect(tree.getAttribute('dir')).toBe('rtl');
    expect($('.or-article-header')?.getAttribute('dir')).toBe('rtl');
    $('[data-key=h0]')!.focus();
    await press(document.activeElement!, 'ArrowRight'); // in a right-to-left tree, → collapses
    expect($('[data-key=h0]')?.getAttribute('aria-expanded')).toBe('false');
    await press(document.activeElement!, 'ArrowLeft'); // and ← expands
    expect($('[data-key=h0]')?.getAttribute('aria-expanded')).toBe('true');
  });

  test('a left-to-right text that declares no direction: the tree reads left to right, → expands', async () => {
    await renderApp(createMockClient({ outline: { ok: true, outline: sampleOutline({ dir: null }), tookMs: 1 } }));
    const tree = await ready();
    expect(tree.getAttribute('dir')).toBe('ltr');
    $('[data-key=h0]')!.focus();
    await press(document.activeElement!, 'ArrowLeft');
    expect($('[data-key=h0]')?.getAttribute('aria-expanded')).toBe('false');
    await press(document.activeElement!, 'ArrowRight');
    expect($('[data-key=h0]')?.getAttribute('aria-expanded')).toBe('true');
  });

  test('a page that declares no language: the language its text was told to be in, for the lang attributes', async () => {
    await renderApp(
      createMockClient({
        outline: { ok: true, outline: sampleOutline({ lang: null, textLang: 'de' }), tookMs: 1 },
      }),
    );
    const tree = await ready();
    expect(tree.getAttribute('lang')).toBe('de');
    expect($('.or-article-header')?.getAttribute('lang')).toBe('de');
  });

  test('a declared language is kept, whatever the text was told to be in; none told, no lang attribute', async () => {
    await renderApp(
      createMockClient({ outline: { ok: true, outline: sampleOutline({ lang: 'en-GB', textLang: 'de' }), tookMs: 1 } }),
    );
    expect((await ready()).getAttribute('lang')).toBe('en-GB');
  });
});

describe('actions', () => {
  test('clicking a heading (or Enter on it) asks to scroll the tab to it', async () => {
    const client = createMockClient({ tabId: 7 });
    await renderApp(client);
    await ready();
    await act(() => $$('[role=treeitem].or-heading > .or-row')[1]!.click());
    await settle();
    expect(client.calls.filter((c) => c.method === 'scrollTo').map((c) => c.args)).toEqual([[7, 'h1']]);
    await press($$('[role=treeitem].or-heading')[2]!, 'Enter');
    expect(client.calls.filter((c) => c.method === 'scrollTo').at(-1)?.args).toEqual([7, 'h2']);
  });

  test('Copy as Markdown copies the outline', async () => {
    const client = createMockClient();
    await renderApp(client);
    await ready();
    await act(() => button('Copy as Markdown').click());
    await waitFor(() => client.copied.length, 'the copy');
    expect(client.copied[0]).toContain('# A sample headline');
    expect(client.copied[0]).toContain('## First section');
    expect(client.copied[0]).toContain('### A deeper heading');
    expect(client.copied[0]).toContain('- Alpha point');
    expect(await waitFor(() => $('.or-status')?.textContent, 'the confirmation')).toContain('copied');
  });

  test('Save sends the outline and reports the result, also a refusal', async () => {
    const client = createMockClient();
    await renderApp(client);
    await ready();
    await act(() => button('Save').click());
    expect(await waitFor(() => $('.or-status')?.textContent, 'the confirmation')).toBe('Saved to your library.');
    expect((client.calls.find((c) => c.method === 'save')?.args[0] as { title: string } | undefined)?.title).toBe(
      'A sample headline',
    );

    render(null, container);
    const refusing = createMockClient({ saveReply: { ok: false, error: 'Storage is full.' } });
    await renderApp(refusing);
    await ready();
    await act(() => button('Save').click());
    expect(await waitFor(() => $('.or-status')?.textContent, 'the refusal')).toBe('Not saved: Storage is full.');
  });

  test('Library opens the library; a related story opens through the client', async () => {
    const client = createMockClient();
    await renderApp(client);
    await ready();
    await act(() => button('Library').click());
    await act(() => $('.or-related-link')!.click());
    await settle();
    expect(client.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['openLibrary', 'openUrl']));
    expect(client.calls.find((c) => c.method === 'openUrl')?.args).toEqual(['https://news.example.org/world/another/']);
  });

  test('a long list of related stories shows its first eight and "Show N more"; a short one shows all', async () => {
    const related = Array.from({ length: 20 }, (_, i) => ({
      title: `Older post number ${i + 1}`,
      url: `https://news.example.org/blog/older-post-${i + 1}/`,
    }));
    await renderApp(createMockClient({ outline: { ok: true, outline: sampleOutline({ related }), tookMs: 1 } }));
    await ready();
    expect($$('.or-related-link')).toHaveLength(8);
    const more = button('Show 12 more');
    await act(() => more.click());
    expect($$('.or-related-link').map((a) => a.querySelector('.or-related-title')?.textContent)).toEqual(
      related.map((story) => story.title),
    );
    expect(button('Show 12 more')).toBeUndefined();
    // Nine stories: all nine, never "Show 1 more".
    render(null, container);
    await renderApp(
      createMockClient({ outline: { ok: true, outline: sampleOutline({ related: related.slice(0, 9) }), tookMs: 1 } }),
    );
    await ready();
    expect($$('.or-related-link')).toHaveLength(9);
    expect($$('button').some((b) => b.textContent?.includes('more') && b.classList.contains('or-related-more'))).toBe(
      false,
    );
  });

  test('Change shortcuts opens the browser’s shortcut settings', async () => {
    const client = createMockClient();
    await renderApp(client);
    await ready();
    expect($('.or-help')?.textContent).toContain('Change them: chrome://extensions/shortcuts');
    await act(() => $('.or-help .or-link-button')!.click());
    await settle();
    expect(client.calls.some((c) => c.method === 'openShortcutSettings')).toBe(true);
  });
});

describe('keyboard and filter', () => {
  test('the "?" in the top corner comes first in the keyboard order, before the buttons drawn under it', async () => {
    await renderApp(createMockClient({}));
    await ready();
    // What Tab reaches: the closed help panel's contents are not.
    const focusable = $$('summary, button, input, a[href]').filter((element) => !element.closest('.or-help-panel'));
    expect(focusable[0]?.getAttribute('aria-label')).toBe('Keyboard shortcuts');
    expect(focusable[1]?.textContent?.trim()).toBe('Copy as Markdown');
  });

  test('/ focuses the filter; typing narrows and highlights; ↓ enters the tree; Esc clears, then closes', async () => {
    const client = createMockClient();
    await renderApp(client);
    await ready();
    await press(document.body, '/');
    const filter = $<HTMLInputElement>('input[type=search]')!;
    expect(document.activeElement).toBe(filter);

    await type(filter, 'gamma');
    expect(labels('heading')).toEqual(['Second section', 'A deeper heading']);
    expect(labels('bullet')).toEqual(['Gamma point']);
    expect($$('mark').map((m) => m.textContent)).toEqual(['Gamma']);
    expect($('.or-filter-status')?.textContent).toBe('2 headings and 1 bullet match');

    await press(filter, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-key')).toBe('h1');

    await press(filter, 'Escape');
    expect(filter.value).toBe('');
    expect(labels('heading')).toHaveLength(3);
    expect(client.calls.some((c) => c.method === 'closePopup')).toBe(false);
    await press(filter, 'Escape');
    expect(client.calls.some((c) => c.method === 'closePopup')).toBe(true);
  });

  test('no match says so', async () => {
    await renderApp(createMockClient());
    await ready();
    await type($<HTMLInputElement>('input[type=search]')!, 'zebra');
    expect($('[role=tree]')).toBeNull();
    expect($('.or-filter-status')?.textContent).toBe('Nothing in the outline matches the filter.');
  });

  test('arrows move the single tab stop; ←/→ collapse and expand; typing a letter in the tree filters', async () => {
    await renderApp(createMockClient());
    await ready();
    const items = () => $$('[role=treeitem]');
    expect(
      items()
        .filter((i) => i.tabIndex === 0)
        .map((i) => i.dataset.key),
    ).toEqual(['h0']);
    items()[0]!.focus();
    await press(document.activeElement!, 'ArrowDown');
    expect(document.activeElement?.getAttribute('data-key')).toBe('h0/b0');
    expect(
      items()
        .filter((i) => i.tabIndex === 0)
        .map((i) => i.dataset.key),
    ).toEqual(['h0/b0']);
    await press(document.activeElement!, 'ArrowLeft'); // to the parent heading
    expect(document.activeElement?.getAttribute('data-key')).toBe('h0');
    await press(document.activeElement!, 'ArrowLeft'); // collapse it
    expect($('[data-key=h0]')?.getAttribute('aria-expanded')).toBe('false');
    expect(labels('bullet')).toEqual(['Gamma point']);
    await press(document.activeElement!, 'ArrowRight');
    expect($('[data-key=h0]')?.getAttribute('aria-expanded')).toBe('true');
    await press(document.activeElement!, 'End');
    expect(document.activeElement?.getAttribute('data-key')).toBe('h2/b0');

    await press(document.activeElement!, 'b');
    const filter = $<HTMLInputElement>('input[type=search]')!;
    expect(document.activeElement).toBe(filter);
    expect(filter.value).toBe('b');
  });

  test('the tree is announced as a tree: roles, levels, positions, labels', async () => {
    await renderApp(createMockClient());
    const tree = await ready();
    expect(tree.getAttribute('aria-label')).toBe('Article outline');
    const deeper = $('[data-key=h2]')!;
    expect(deeper.getAttribute('role')).toBe('treeitem');
    expect(deeper.getAttribute('aria-level')).toBe('2');
    expect(deeper.parentElement?.getAttribute('role')).toBe('group');
    expect(document.getElementById(deeper.getAttribute('aria-labelledby')!)?.textContent).toBe('A deeper heading');
    const first = $('[data-key=h0]')!;
    expect([
      first.getAttribute('aria-posinset'),
      first.getAttribute('aria-setsize'),
      first.getAttribute('aria-expanded'),
    ]).toEqual(['1', '2', 'true']);
  });

  test('page text is rendered as text, never as markup', async () => {
    const hostile = sampleOutline({
      title: '<img src=x onerror=alert(1)>',
      outline: [{ id: 'h0', level: 2, text: '<b>bold</b>', bullets: ['<script>alert(1)</script>'], children: [] }],
    });
    await renderApp(createMockClient({ outline: { ok: true, outline: hostile, tookMs: 1 } }));
    await ready();
    expect($('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(labels('bullet')).toEqual(['<script>alert(1)</script>']);
  });
});

test('when the outline appears, keyboard focus is on the tree’s first row', async () => {
  await renderApp(createMockClient());
  await ready();
  expect(document.activeElement?.getAttribute('data-key')).toBe('h0');
  expect(document.activeElement?.getAttribute('role')).toBe('treeitem');
});
