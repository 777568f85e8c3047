/**
 * Sending to the background from the popup and the in-page panel, with the two failures a user
 * can actually meet turned into sentences instead of the browser's internal wording:
 * - The browser stops an idle MV3 service worker (and may do so while it handles a message); the
 *   sender then gets "The message port closed before a response was received" or similar. A
 *   second send wakes a fresh worker, so such a send is tried once more before giving up.
 * - A page opened before the extension was updated or reloaded keeps an orphaned content script,
 *   whose every call fails with "Extension context invalidated": only reloading the page helps.
 * And a request that never comes back (a page frozen by its own scripts) ends after a time limit.
 */

import { errorText } from './error-text';

/** Chromium ("message port/channel closed", "receiving end does not exist") and Firefox wordings. */
const CHANNEL_CLOSED =
  /message (port|channel) closed|receiving end does not exist|could not establish connection|message manager disconnected|went out of scope/i;
const CONTEXT_GONE = /extension context invalidated/i;

/** Tries after the first that failed on a closed channel: one, since a restarted worker answers the next. */
const CHANNEL_RETRIES = 1;

export const WORKER_RESTARTED_MESSAGE =
  'Outline Reader was restarted by the browser before it could answer. Please try again.';
export const EXTENSION_RELOADED_MESSAGE =
  'Outline Reader was updated or reloaded after this page was opened. Reload the page to use it here.';

/** The error a user should read for a failed send (the browser's internal wording replaced). */
export function humaneSendError(error: unknown): Error {
  const message = errorText(error);
  if (CONTEXT_GONE.test(message)) return new Error(EXTENSION_RELOADED_MESSAGE);
  if (CHANNEL_CLOSED.test(message)) return new Error(WORKER_RESTARTED_MESSAGE);
  return error instanceof Error ? error : new Error(message);
}

/** Runs `send`, once more when the channel closed under it, and rejects with a humane error. */
export async function sendWithRetry<R>(send: () => Promise<R>): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= CHANNEL_RETRIES || !CHANNEL_CLOSED.test(errorText(error))) throw humaneSendError(error);
    }
  }
}

/** `promise`, or `onTimeout()` when it has not settled after `ms` (the timer is cleared either way). */
export function withTimeout<R>(promise: Promise<R>, ms: number, onTimeout: () => R): Promise<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<R>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
