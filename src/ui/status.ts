/** The short confirmations the popup and the panel show after an action ("Saved to your library."). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibrarySaveReply } from '../shared/protocol';

/** How long a confirmation stays before the status line clears. */
export const STATUS_CLEAR_MS = 4_000;

export { errorText } from '../shared/error-text';

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
