/**
 * What the popup must show once it gave up waiting on PARSE_BLOCKED_PAGE (./chromium.ts), in Chromium and Firefox
 * alike: the same assertions for both browsers' tests.
 */
import { expect } from 'vitest';
import { PARSE_BLOCKED_SETTLE_MS } from './chromium';

/** Read in the popup: its state's title and text. */
export const popupStateTexts = (): string[] =>
  ['.or-state-title', '.or-state-text'].map((selector) => document.querySelector(selector)?.textContent ?? '');

/**
 * The popup's end state on a page still loading: under its own title (nothing went wrong, the page is not there yet;
 * "Something went wrong" said otherwise), a message that says what happened, after a wait as long as it says
 * (`minimumWaitMs`: what the test could see of the popup's 60 s).
 */
export function expectStillLoading(
  state: unknown,
  [title, message]: string[],
  waitedMs: number,
  minimumWaitMs: number,
): void {
  expect(state).toBe('error');
  expect(title).toBe('The page is still loading');
  expect(message).toMatch(/^After 60 seconds its text has not all arrived/);
  expect(waitedMs).toBeGreaterThanOrEqual(minimumWaitMs);
  expect(waitedMs).toBeLessThan(PARSE_BLOCKED_SETTLE_MS);
}
