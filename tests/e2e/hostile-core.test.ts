/**
 * Hostile pages whose defence lies in the analysis core (issue 13, items 2 and 5), in Chromium with
 * the built extension: DOM clobbering (form controls named `parentElement`, `nextElementSibling`,
 * `closest`… around and inside the article, which override those properties on the <form>, also in
 * the extension's isolated world) and headings made only of zero-width characters or soft hyphens.
 * Each gives a normal outline, in the popup and in the panel, within the popup's time limit; the
 * page never sees the panel, and its markup outside our host is unchanged.
 *
 * A separate file (its own browser): a core that loops on such a page freezes that tab's renderer.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { poll } from './support/chromium';
import { hostileBrowser } from './support/hostile';
import { hostFacts, markupWithoutHost, panelSnapshot } from './support/panel';

/** Longer than the popup's own limit (OUTLINE_TIMEOUT_MS, 10 s): the popup must have settled by then. */
const POPUP_SETTLES_MS = 15_000;

const browser = hostileBrowser({
  '/clobbering-forms.html': 'clobbering-forms.html',
  '/clobbering-form-wrapper.html': 'clobbering-form-wrapper.html',
  '/invisible-headings.html': 'invisible-headings.html',
});
const { openPage } = browser;

/** The page's own view: nothing of the panel in its markup, and our host's root closed to it. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const strangers = [...document.documentElement.children].filter(
      (el) => el !== document.head && el !== document.body,
    );
    return {
      leaks: /class="or-|data-layer=|Close the outline/.test(document.documentElement.outerHTML),
      roots: strangers.map((el) => el.shadowRoot),
    };
  });
}

/** Popup, then panel, on one page: the outline both show, and the markup before, during and after. */
async function outlineEverywhere(pathname: string) {
  const { page, tabId } = await openPage(pathname);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const popup = await browser.popupOutline(page, POPUP_SETTLES_MS);
  expect(popup.state, `the popup's state (${popup.message ?? ''})`).toBe('ready');
  expect(await markupWithoutHost(browser.ext, tabId)).toBe(before);

  expect(await browser.ext.runCommand('toggle-outline', tabId)).toEqual({ open: true });
  const panel = await poll(() => panelSnapshot(browser.ext, tabId), 'the panel', POPUP_SETTLES_MS);
  expect((await hostFacts(browser.ext, tabId))?.openShadowRoot).toBe(false);
  expect(await pageView(page)).toEqual({ leaks: false, roots: [null] });
  expect(await markupWithoutHost(browser.ext, tabId)).toBe(before);
  expect(await browser.ext.runCommand('toggle-outline', tabId)).toEqual({ open: false });
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  await page.close();
  return { popup, panel };
}

const FERRY_HEADINGS = ['Fewer crossings on weekdays', 'Weekend service', 'Tickets and passes'];
const FERRY_BULLETS = [
  'The first ferry leaves at seven',
  'The last one at nine',
  'Saturday unchanged',
  'Sunday reduced',
];

describe('DOM clobbering: form controls named like the DOM properties the core walks with', () => {
  test('forms before, inside and after the article: a normal outline, no hang, no change to the page', async () => {
    const { popup, panel } = await outlineEverywhere('/clobbering-forms.html');
    expect(popup.headline).toBe('Ferry timetable changes for the winter');
    expect(popup.headings).toEqual(FERRY_HEADINGS);
    expect(popup.bullets).toEqual(expect.arrayContaining(FERRY_BULLETS));
    expect(panel.headline).toBe(popup.headline);
    expect(panel.headings).toEqual(popup.headings);
  });

  test('a form wrapped around the whole article: the same', async () => {
    const { popup, panel } = await outlineEverywhere('/clobbering-form-wrapper.html');
    expect(popup.headline).toBe('Ferry timetable changes for the winter');
    expect(popup.headings).toEqual(FERRY_HEADINGS);
    expect(popup.bullets).toEqual(expect.arrayContaining(FERRY_BULLETS));
    expect(panel.headings).toEqual(popup.headings);
  });
});

describe('headings made only of invisible characters', () => {
  test('zero-width spaces, joiners, BOM, word joiner and soft hyphens make no (empty) rows', async () => {
    const { popup, panel } = await outlineEverywhere('/invisible-headings.html');
    expect(popup.headline).toBe('Night trains return to the coast line');
    expect(popup.headings).toEqual(['Timetable from May', 'Fares and bookings']);
    expect(panel.headings).toEqual(popup.headings);
  });
});
