/**
 * Reading and using the in-page panel from e2e tests. The panel lives in a closed shadow root on
 * a host with no name of its own, so tests reach it from the content script's isolated world
 * (`__outlineReaderContent.shadowRoot()` / `.host()`), and click it like a user: real mouse
 * events at an element's position (a script's `click()` is untrusted and ignored by the panel).
 *
 * Functions passed to `evaluateInContentWorld` are serialised: they must not close over anything.
 */
import type { Page } from 'playwright-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import type { ExtensionHarness } from './chromium';

declare const chrome: WebExtensionApi;

export interface PanelSnapshot {
  headline: string | null;
  headings: string[];
  bullets: string[];
  status: string;
  filter: string | null;
  message: string | null;
}

/** The open panel's content (null when there is none). */
export function panelSnapshot(ext: ExtensionHarness, tabId: number): Promise<PanelSnapshot | null> {
  return ext.evaluateInContentWorld(tabId, () => {
    const state = (globalThis as unknown as { __outlineReaderContent?: { shadowRoot(): ShadowRoot | null } })
      .__outlineReaderContent;
    const root = state?.shadowRoot();
    // A panel still reading the page (a slow analysis) is not there yet for the tests.
    if (!root?.querySelector('.or-panel') || root.querySelector('.or-panel-loading')) return null;
    const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');
    return {
      headline: root.querySelector('.or-headline')?.textContent ?? null,
      headings: texts('[role=treeitem].or-heading > .or-row .or-label'),
      bullets: texts('[role=treeitem].or-bullet > .or-row .or-label'),
      status: root.querySelector('.or-panel-status')?.textContent ?? '',
      filter: root.querySelector<HTMLInputElement>('input')?.value ?? null,
      message: root.querySelector('.or-panel-message')?.textContent ?? null,
    };
  }) as Promise<PanelSnapshot | null>;
}

/**
 * The page's markup without our host (its <html> serialised with the host left out): what the
 * page itself would see of its document, to compare before and after the panel was used.
 */
export function markupWithoutHost(ext: ExtensionHarness, tabId: number): Promise<string> {
  return ext.evaluateInContentWorld(tabId, () => {
    const state = (globalThis as unknown as { __outlineReaderContent?: { host(): Element | null } })
      .__outlineReaderContent;
    const host = state?.host() ?? null;
    const html = document.documentElement;
    const clone = html.cloneNode(true) as Element;
    if (host) clone.childNodes[[...html.childNodes].indexOf(host)]?.remove();
    return clone.outerHTML;
  });
}

/** Facts about our host element, from the content script's world (null when there is none). */
export function hostFacts(ext: ExtensionHarness, tabId: number) {
  return ext.evaluateInContentWorld(tabId, () => {
    const state = (globalThis as unknown as { __outlineReaderContent?: { host(): HTMLElement | null } })
      .__outlineReaderContent;
    const host = state?.host();
    if (!host) return null;
    return {
      localName: host.localName,
      attributes: host.getAttributeNames(),
      parentIsHtml: host.parentElement === document.documentElement,
      display: getComputedStyle(host).display,
      opacity: getComputedStyle(host).opacity,
      openShadowRoot: host.shadowRoot !== null,
    };
  });
}

/** The centre of the first element in the panel matching `selector` (and `text`, when given). */
export async function panelPoint(ext: ExtensionHarness, tabId: number, selector: string, text: string | null = null) {
  const point = await ext.evaluateInContentWorld(
    tabId,
    ([sel, wanted]) => {
      const root = (
        globalThis as unknown as { __outlineReaderContent?: { shadowRoot(): ShadowRoot | null } }
      ).__outlineReaderContent?.shadowRoot();
      const element = [...(root?.querySelectorAll(sel) ?? [])].find(
        (el) => wanted === null || el.textContent?.trim() === wanted,
      );
      if (!element) return null;
      // The panel's body scrolls: bring the element into its visible part (the panel is fixed, the page does not move).
      element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [selector, text] as [string, string | null],
  );
  if (!point) throw new Error(`no ${selector}${text ? ` "${text}"` : ''} in the panel`);
  return point;
}

/** A real (trusted) mouse click on an element of the panel. */
export async function userClickInPanel(
  ext: ExtensionHarness,
  page: Page,
  tabId: number,
  selector: string,
  text: string | null = null,
) {
  const { x, y } = await panelPoint(ext, tabId, selector, text);
  await page.mouse.click(x, y);
}

/** Everything in the extension's storage, as JSON text. */
export function storedJson(ext: ExtensionHarness): Promise<string> {
  return ext.serviceWorker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
}
