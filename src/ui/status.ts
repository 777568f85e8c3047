/** The short confirmations the popup and the panel show after an action ("Saved to your library."). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibrarySaveReply } from '../shared/protocol';

/** How long a confirmation stays before the status line clears. */
export const STATUS_CLEAR_MS = 4_000;

export { errorText } from '../shared/error-text';

/**
 * How long the popup waits on a page that answers "still analysing" or "still loading" before it says which (a huge
 * page on a slow machine, or a page whose HTML is still arriving: a parser-blocking script to a host that does not
 * answer held a page's parse for 19–34 s, docs/quality.md, s33-ffwait); the panel says it after as long, and waits on.
 */
export const BUSY_OUTLINE_TIMEOUT_MS = 60_000;
/** A page whose HTML had not all arrived after that wait: nothing went wrong, the page is not there yet. */
export const STILL_LOADING_TITLE = 'The page is still loading';
export const STILL_LOADING_WHY =
  `After ${BUSY_OUTLINE_TIMEOUT_MS / 1_000} seconds its text has not all arrived (it waits for a script or a server ` +
  'that does not answer).';

/** One sentence for the result of a save. */
export function describeSave(reply: LibrarySaveReply): string {
  if (!reply.ok) return `Not saved: ${reply.error}`;
  return reply.status === 'updated' ? 'Updated in your library.' : 'Saved to your library.';
}

/** A status line that clears itself: `[status, say]`. */
export function useTransientStatus(): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = (message: string) => {
    setStatus(message);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), STATUS_CLEAR_MS);
  };
  return [status, say];
}
