/**
 * The popup and the in-page panel in Chromium (dist-e2e): key points on a heading-less news page
 * (a fixture written for this test) and their jumps, the panel's collapse / move (remembered in
 * storage) and its place beside the article, with the page's own markup left as it was.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { liveBlogPage } from '../../bench/browser/pages';
import {
  corpusPage,
  launchExtension,
  poll,
  repoRoot,
  startStaticServer,
  type ExtensionHarness,
  type StaticServer,
} from './support/chromium';

let ext: ExtensionHarness;
let server: StaticServer;
let counter = 0;

beforeAll(async () => {
  server = await startStaticServer({
    '/news.html': path.join(repoRoot, 'tests/e2e/fixtures/news-no-headings.html'),
    '/seed.html': corpusPage('seed/kyrgyzstan-visit'),
    // The same article under a site header fixed to the window's top (64 px, its buttons at the right).
    '/fixed-header.html': {
      html: (corpusPage('seed/kyrgyzstan-visit') as { html: string }).html.replace(
        /<body([^>]*)>/i,
        '<body$1><header style="position:fixed;top:0;left:0;right:0;height:64px;background:#fff;z-index:10">' +
          '<nav style="float:right"><a href="/login">Log in</a></nav></header>',
      ),
    },
    // The same article with a last update declared (article:modified_time, a day after its publication).
    '/updated.html': {
      html: (corpusPage('seed/kyrgyzstan-visit') as { html: string }).html.replace(
        /<\/head>/i,
        '<meta property="article:modified_time" content="2023-10-13T14:05:00+00:00"></head>',
      ),
    },
    // The same article written right to left (<html dir="rtl">): its header's text starts at the right.
    '/rtl.html': {
      html: (corpusPage('seed/kyrgyzstan-visit') as { html: string }).html.replace(
        /<html([^>]*)>/i,
        '<html$1 dir="rtl">',
      ),
    },
    // An Arabic article that declares no direction: its outline still reads right to left.
    '/rtl-undeclared.html': {
      html:
        '<!DOCTYPE html><html><head><title>خطة النقل الجديدة</title></head><body><article><h1>خطة النقل الجديدة</h1>' +
        `<p>${'أعلنت الحكومة اليوم عن خطة جديدة للنقل العام في المدينة بعد سنة من المشاورات مع السكان. '.repeat(4)}</p>` +
        `<h2>ما الذي يتغير</h2><p>${'ستعمل الحافلات الجديدة كل عشر دقائق على الخطوط الرئيسية في المدينة. '.repeat(4)}</p>` +
        '<ul><li>حافلات أكثر في الصباح والمساء</li><li>تذاكر أرخص للطلاب وكبار السن</li></ul>' +
        `<h2>متى تبدأ الخطة</h2><p>${'تبدأ المرحلة الأولى في الربيع المقبل وتنتهي خلال سنتين كما قالت الحكومة. '.repeat(4)}</p>` +
        '</article></body></html>',
    },
    // A list whose first item is over the clamp's length in narrow letters (it shows whole in three lines) and whose
    // second is cut by them.
    '/fits.html': {
      html:
        '<!DOCTYPE html><html lang="en"><head><title>Harbour works</title></head><body><article><h1>Harbour works</h1>' +
        '<p>The harbour board met on Tuesday and approved the plan for the new quay after a long debate.</p>' +
        '<p>Work on the quay starts in spring and should be finished within two years, the board said.</p>' +
        '<h2>What changes</h2><ul>' +
        `<li>${'It is ill; it will fill. '.repeat(7).trim()}</li>` +
        `<li>${'The new quay will take larger ships, and the old sheds along the water will make room for a park. '.repeat(3).trim()}</li>` +
        '</ul><p>The board will publish the full plan next month, with the costs of each part of the works.</p>' +
        '</article></body></html>',
    },
    // A live blog in a 680-pixel column: room beside it in a wide window.
    '/column.html': { html: liveBlogPage({ elements: 1_000 }) },
  });
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openPage(pathname: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await ext.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${server.url(pathname)}?run=${++counter}`);
  return page;
}

/** Opens the page, clicks the toolbar button (granting activeTab) and closes the popup. */
async function granted(pathname: string, viewport?: { width: number; height: number }) {
  const page = await openPage(pathname, viewport);
  const tabId = await ext.tabIdOf(page);
  await (await ext.triggerAction(page)).close();
  return { page, tabId };
}

/** The page's own markup: its head and body (our one host element sits beside them, under <html>). */
const markup = (page: Page) => page.evaluate(() => document.head.outerHTML + document.body.outerHTML);
const wholeMarkup = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** Whether the page's paragraph holding this text lies (at least partly) inside the window. */
function paragraphInView(page: Page, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const start = wanted.slice(0, 40);
    const paragraph = [...document.querySelectorAll('p')].find((p) =>
      (p.textContent ?? '').replace(/\s+/g, ' ').includes(start),
    );
    if (!paragraph) return false;
    const rect = paragraph.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < window.innerHeight;
  }, text);
}

interface PanelState {
  side: string | null;
  collapsed: boolean;
  overlay: boolean;
  rect: { left: number; right: number; top: number };
  keyPoints: string[];
  tree: boolean;
}

function panelState(tabId: number): Promise<PanelState | null> {
  return ext.evaluateInContentWorld(tabId, () => {
    const root = (
      globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot | null } }
    ).__outlineReaderContent.shadowRoot();
    const panel = root?.querySelector<HTMLElement>('.or-panel');
    if (!panel) return null;
    const rect = panel.getBoundingClientRect();
    return {
      side: panel.dataset.side ?? null,
      collapsed: panel.classList.contains('or-panel-collapsed'),
      overlay: panel.classList.contains('or-panel-overlay'),
      rect: { left: rect.left, right: rect.right, top: rect.top },
      keyPoints: [...panel.querySelectorAll('.or-kp-jump .or-label')].map((el) => el.textContent ?? ''),
      tree: panel.querySelector('[role=tree]') !== null,
    };
  }) as Promise<PanelState | null>;
}

/**
 * Clicks a button of the panel, found by its accessible name (aria-label or text), with the real
 * mouse: the panel acts on trusted user events only.
 */
async function clickPanelButton(page: Page, tabId: number, name: string): Promise<boolean> {
  const center = (await ext.evaluateInContentWorld(
    tabId,
    (wanted) => {
      const root = (
        globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot } }
      ).__outlineReaderContent.shadowRoot();
      const button = [...root.querySelectorAll<HTMLElement>('button, .or-kp-jump')].find(
        (b) => b.getAttribute('aria-label') === wanted || b.textContent?.trim() === wanted,
      );
      if (!button) return null;
      button.scrollIntoView({ block: 'nearest' }); // inside the panel's own scroll area
      const rect = button.getBoundingClientRect();
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + Math.min(rect.height / 2, 10) };
    },
    name,
  )) as { x: number; y: number } | null;
  if (!center) return false;
  await page.mouse.click(center.x, center.y);
  return true;
}

describe('key points on a news page without headings', () => {
  test('the popup shows at least three key points, not "nothing to outline"', async () => {
    const page = await openPage('/news.html');
    const popup = await ext.triggerAction(page);
    await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
    const points = await popup.waitFor(
      () => {
        const found = [...document.querySelectorAll('.or-kp-jump .or-label')].map((el) => el.textContent ?? '');
        return found.length ? found : null;
      },
      undefined,
      'key points',
    );
    expect(points.length).toBeGreaterThanOrEqual(3);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).not.toMatch(/nothing to outline|no headings or lists/i);
    await popup.close();
    await page.close();
  });

  test('"more" stands under a long key point or bullet only when its three lines cut its text', async () => {
    for (const pathname of ['/news.html', '/seed.html', '/fits.html']) {
      const page = await openPage(pathname);
      const popup = await ext.triggerAction(page);
      await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
      const labels = await popup.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.or-clamped')].map((label) => ({
          text: (label.textContent ?? '').slice(0, 40),
          cut: label.scrollHeight > label.clientHeight + 1,
          more: !!label.closest('li')?.querySelector(':scope > .or-more-text, :scope .or-text > .or-more-text'),
        })),
      );
      expect(labels.length, pathname).toBeGreaterThan(0);
      for (const label of labels) expect(label.more, `${pathname}: ${label.text}`).toBe(label.cut);
      if (pathname === '/fits.html') {
        expect(labels.map((label) => label.cut)).toEqual([false, true]);
        // Narrowed (as the reader's sidebar narrows with the window), the text that fitted is cut and gets "more".
        await popup.evaluate(() => {
          document.body.style.width = '240px';
        });
        await popup.waitFor(
          () =>
            [...document.querySelectorAll<HTMLElement>('.or-clamped')].every(
              (label) =>
                label.scrollHeight > label.clientHeight + 1 &&
                !!label.closest('li')?.querySelector(':scope .or-text > .or-more-text'),
            ) || null,
          undefined,
          'every narrowed label cut, with its "more"',
        );
      }
      await popup.close();
      await page.close();
    }
  });

  test('a wrapped byline line never starts with the separator dot', async () => {
    const page = await openPage('/news.html');
    const popup = await ext.triggerAction(page);
    await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
    const lines = await popup.evaluate(() => {
      const meta = document.querySelector<HTMLElement>('.or-meta')!;
      meta.style.width = '9em'; // narrow enough that every part starts a line of its own
      const parts = [...meta.children];
      const dot = (element: Element, where: '::before' | '::after') =>
        getComputedStyle(element, where).content.includes('·');
      return parts.map((part, index) => ({
        startsLine: index > 0 && part.getBoundingClientRect().top > parts[index - 1]!.getBoundingClientRect().top,
        dotBefore: dot(part, '::before'),
        dotAfterPrevious: index > 0 && dot(parts[index - 1]!, '::after'),
      }));
    });
    const wrapped = lines.filter((line) => line.startsLine);
    expect(wrapped.length).toBeGreaterThan(0);
    for (const line of wrapped) expect(line).toEqual({ startsLine: true, dotBefore: false, dotAfterPrevious: true });
    await popup.close();
    await page.close();
  });

  test('a right-to-left header: each separator dot lies between its part and the next', async () => {
    const page = await openPage('/rtl.html');
    const popup = await ext.triggerAction(page);
    await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
    const sides = await popup.evaluate(() => {
      const parts = [...document.querySelector<HTMLElement>('.or-meta')!.children];
      return parts.slice(0, -1).map((part, index) => {
        const box = part.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(part); // the part's text alone: the dot is generated content beside it
        const text = range.getBoundingClientRect();
        const next = parts[index + 1]!.getBoundingClientRect();
        return {
          dot: box.left < text.left - 2 ? 'left' : box.right > text.right + 2 ? 'right' : 'none',
          next: next.right <= box.left + 1 ? 'left' : 'right',
        };
      });
    });
    expect(sides.length).toBeGreaterThan(0);
    for (const side of sides) expect(side).toEqual({ dot: 'left', next: 'left' });
    await popup.close();
    await page.close();
  });

  test('a right-to-left text without a declared direction: the tree reads right to left, ← expands', async () => {
    const page = await openPage('/rtl-undeclared.html');
    const popup = await ext.triggerAction(page);
    await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
    const tree = () =>
      popup.evaluate(() => {
        const tree = document.querySelector<HTMLElement>('[role=tree]')!;
        const row = tree.querySelector<HTMLElement>('[role=treeitem][aria-expanded]')!;
        const label = row.querySelector('.or-label')!.getBoundingClientRect();
        const box = tree.getBoundingClientRect();
        return {
          dir: tree.getAttribute('dir'),
          direction: getComputedStyle(tree).direction,
          // The label starts at the tree's right side.
          nearRight: box.right - label.right < label.left - box.left,
          expanded: row.getAttribute('aria-expanded'),
        };
      });
    expect(await tree()).toEqual({ dir: 'rtl', direction: 'rtl', nearRight: true, expanded: 'true' });
    const press = (key: string) =>
      popup.evaluate((key) => {
        const row = document.querySelector<HTMLElement>('[role=treeitem][aria-expanded]')!;
        row.focus();
        row.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }, key);
    await press('ArrowRight'); // → collapses in a right-to-left tree
    await popup.waitFor(
      () => document.querySelector('[role=treeitem][aria-expanded]')?.getAttribute('aria-expanded') === 'false',
    );
    await press('ArrowLeft'); // and ← expands
    await popup.waitFor(
      () => document.querySelector('[role=treeitem][aria-expanded]')?.getAttribute('aria-expanded') === 'true',
    );
    await popup.close();
    await page.close();
  });

  test('a right-to-left article: the header’s site and headline keep clear of the "?" in the popup’s corner', async () => {
    const page = await openPage('/rtl.html');
    const popup = await ext.triggerAction(page);
    await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
    const overlaps = await popup.evaluate(() => {
      const help = document.querySelector('.or-help-button')!.getBoundingClientRect();
      const header = document.querySelector('.or-article-header')!;
      return [
        header.getAttribute('dir'),
        ...['.or-site', '.or-headline'].flatMap((selector) => {
          const range = document.createRange();
          range.selectNodeContents(header.querySelector(selector)!);
          return [...range.getClientRects()]
            .filter((r) => r.left < help.right && r.right > help.left && r.top < help.bottom && r.bottom > help.top)
            .map(() => selector);
        }),
      ];
    });
    expect(overlaps).toEqual(['rtl']);
    await popup.close();
    await page.close();
  });

  test('the focus ring of a long key point holds its "more" (the point the toggle opens), one ring, not two', async () => {
    const page = await openPage('/seed.html');
    const popup = await ext.triggerAction(page);
    // The popup opens on its first key point (the seed's is long: cut by its three lines, "more" under it).
    await popup.waitFor(() => !!document.activeElement?.matches('.or-kp-jump'));
    const boxes = await popup.evaluate(() => {
      const jump = document.activeElement as HTMLElement;
      const item = jump.closest('li')!;
      const rect = (element: Element | null | undefined) => {
        const r = element?.getBoundingClientRect();
        return r ? { top: r.top, left: r.left, bottom: r.bottom, right: r.right } : null;
      };
      const rings = [item, jump].filter((element) => getComputedStyle(element).outlineStyle !== 'none');
      return { rings: rings.length, ring: rect(rings[0]), more: rect(item.querySelector(':scope > .or-more-text')) };
    });
    expect(boxes.rings).toBe(1);
    expect(boxes.more).not.toBeNull();
    const [ring, more] = [boxes.ring!, boxes.more!];
    expect(
      more.top >= ring.top && more.bottom <= ring.bottom && more.left >= ring.left && more.right <= ring.right,
      `"more" ${JSON.stringify(more)} inside the ring ${JSON.stringify(ring)}`,
    ).toBe(true);
    await popup.close();
    await page.close();
  });

  test('a key point in the popup scrolls its paragraph into view', async () => {
    const page = await openPage('/news.html', { width: 1280, height: 500 });
    const tabId = await ext.tabIdOf(page);
    await (await ext.triggerAction(page)).close();
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    const popup = await ext.openPopupAsTab(tabId);
    await popup.waitForSelector('.or-kp-jump');
    const points = await popup.locator('.or-kp-jump .or-label').allTextContents();
    // A key point whose paragraph is out of view now (the page is scrolled to its end).
    let target: string | undefined;
    for (const point of points) if (!(await paragraphInView(page, point))) target = target ?? point;
    expect(target, 'a key point whose paragraph is out of view').toBeDefined();
    await popup
      .locator('.or-kp-jump', { hasText: target!.slice(0, 30) })
      .first()
      .press('Enter');
    await poll(() => paragraphInView(page, target!), 'the key point’s paragraph in view');
    await popup.close();
    await page.close();
  });

  test('the panel shows the key points too, and a click there jumps to the paragraph', async () => {
    const { page, tabId } = await granted('/news.html', { width: 1280, height: 500 });
    await ext.runCommand('toggle-outline', tabId);
    const panel = await poll(async () => {
      const state = await panelState(tabId);
      return state?.keyPoints.length ? state : null;
    }, 'key points in the panel');
    expect(panel.keyPoints.length).toBeGreaterThanOrEqual(3);
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    let target: string | undefined;
    for (const point of panel.keyPoints) if (!(await paragraphInView(page, point))) target = target ?? point;
    expect(target).toBeDefined();
    expect(await clickPanelButton(page, tabId, target!)).toBe(true);
    await poll(() => paragraphInView(page, target!), 'the paragraph in view after a click in the panel');
    await ext.runCommand('toggle-outline', tabId);
    await page.close();
  });

  test('the panel opens on its first key point, and "/" there goes to the filter, where the typing lands', async () => {
    const { page, tabId } = await granted('/seed.html');
    await ext.runCommand('toggle-outline', tabId);
    const inPanel = () =>
      ext.evaluateInContentWorld(tabId, () => {
        const root = (
          globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot | null } }
        ).__outlineReaderContent.shadowRoot();
        return {
          focused: root?.activeElement?.className ?? null,
          filter: root?.querySelector<HTMLInputElement>('.or-filter-input')?.value ?? null,
        };
      });
    await poll(async () => (await inPanel()).focused === 'or-kp-jump', 'focus on the first key point');
    await page.keyboard.press('/');
    await page.keyboard.type('sanction');
    expect(await inPanel()).toEqual({ focused: 'or-filter-input', filter: 'sanction' });
    await ext.runCommand('toggle-outline', tabId);
    await page.close();
  });
});

describe('the last update', () => {
  test('the popup and the panel show it after the date, with its clock', async () => {
    const page = await openPage('/updated.html');
    const tabId = await ext.tabIdOf(page);
    const popup = await ext.triggerAction(page);
    await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
    const parts = await popup.evaluate(() =>
      [...document.querySelectorAll('.or-meta > span')].map((part) => part.textContent ?? ''),
    );
    const update = parts.find((part) => part.startsWith('Updated '));
    // The day of the update and the page's clock (14:05), in the browser's locale.
    expect(update).toMatch(/^Updated .*\b13\b.*2023, (?:14:05|2:05\sPM)$/);
    await popup.close();
    await ext.runCommand('toggle-outline', tabId);
    const panelParts = await poll(
      () =>
        ext.evaluateInContentWorld(tabId, () => {
          const root = (
            globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot | null } }
          ).__outlineReaderContent.shadowRoot();
          const spans = [...(root?.querySelectorAll('.or-panel .or-meta > span') ?? [])];
          return spans.length ? spans.map((part) => part.textContent ?? '') : null;
        }) as Promise<string[] | null>,
      'the panel header',
    );
    expect(panelParts).toContain(update);
    await ext.runCommand('toggle-outline', tabId);
    await page.close();
  });
});

describe('the panel’s place', () => {
  test('collapses to a strip and moves to the other side, remembers both, and leaves the page’s markup as it was', async () => {
    const { page, tabId } = await granted('/seed.html');
    const before = await markup(page);
    const wholeBefore = await wholeMarkup(page);
    await ext.runCommand('toggle-outline', tabId);
    const opened = await poll(() => panelState(tabId), 'the panel');
    expect(opened.collapsed).toBe(false);
    const otherSide = opened.side === 'right' ? 'left' : 'right';
    expect(await clickPanelButton(page, tabId, `Move to the ${otherSide} side`)).toBe(true);
    await poll(async () => (await panelState(tabId))?.side === otherSide, 'the panel on the other side');
    expect(await clickPanelButton(page, tabId, 'Collapse to a strip')).toBe(true);
    const strip = await poll(async () => {
      const state = await panelState(tabId);
      return state?.collapsed ? state : null;
    }, 'the strip');
    expect(strip.tree).toBe(false);
    expect(strip.rect.right - strip.rect.left).toBeLessThan(80);
    expect(await markup(page)).toBe(before);

    // Closed and opened again (here, or on another page): the same side, still a strip.
    await ext.runCommand('toggle-outline', tabId);
    const stored = await ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('panel')).panel);
    expect(stored).toMatchObject({ side: otherSide, collapsed: true });
    await ext.runCommand('toggle-outline', tabId);
    const reopened = await poll(async () => {
      const state = await panelState(tabId);
      return state?.collapsed ? state : null;
    }, 'the panel opened as it was left');
    expect(reopened.side).toBe(otherSide);
    expect(await clickPanelButton(page, tabId, 'Expand the outline')).toBe(true);
    await poll(async () => (await panelState(tabId))?.tree, 'the full panel again');
    // Back to the defaults for the other tests.
    await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('panel'));
    await ext.runCommand('toggle-outline', tabId);
    expect(await wholeMarkup(page)).toBe(wholeBefore); // closed: not even the host is left
    await page.close();
  });

  test('under a site header fixed to the top of the window, it opens below the header, not over its buttons', async () => {
    const { page, tabId } = await granted('/fixed-header.html');
    await ext.runCommand('toggle-outline', tabId);
    const panel = await poll(async () => {
      const state = await panelState(tabId);
      return state?.tree ? state : null;
    }, 'the panel with its outline');
    expect(panel.rect.top).toBeGreaterThanOrEqual(64);
    expect(panel.rect.top).toBeLessThan(64 + 30); // just below it, not further down
    await ext.runCommand('toggle-outline', tabId);
    await page.close();
  });

  test('“Show beside article” in the popup shows the panel, and leaves one already open (by the shortcut) open', async () => {
    const { page, tabId } = await granted('/seed.html');
    await ext.runCommand('toggle-outline', tabId);
    await poll(async () => (await panelState(tabId))?.tree, 'the panel opened by the shortcut');
    const popup = await ext.triggerAction(page);
    await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
    await popup.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show beside article')!.click(),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await panelState(tabId))?.tree).toBe(true);
    await popup.close();
    await ext.runCommand('toggle-outline', tabId);
    await page.close();
  });

  test('in a wide window it sits beside the article’s text, not over it', async () => {
    const { page, tabId } = await granted('/column.html', { width: 1400, height: 900 });
    await ext.runCommand('toggle-outline', tabId);
    // With its outline: while a slow analysis lasts, "Reading the page…" cannot know where the article is.
    const panel = await poll(async () => {
      const state = await panelState(tabId);
      return state?.tree ? state : null;
    }, 'the panel with its outline');
    const column = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('article h2, article p')];
      const rects = blocks.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
      return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
    });
    expect(panel.overlay).toBe(false);
    expect(panel.rect.right - panel.rect.left).toBeGreaterThan(250);
    const clear = panel.side === 'right' ? panel.rect.left >= column.right : panel.rect.right <= column.left;
    expect(clear, `panel ${JSON.stringify(panel.rect)} vs article ${JSON.stringify(column)}`).toBe(true);
    // Narrowed so that the article fills the window: the panel goes over it.
    await page.setViewportSize({ width: 760, height: 900 });
    await poll(async () => (await panelState(tabId))?.overlay, 'the panel over the article in a narrow window');
    await ext.runCommand('toggle-outline', tabId);
    await page.close();
  });
});

declare const chrome: import('webextension-polyfill').Browser;
