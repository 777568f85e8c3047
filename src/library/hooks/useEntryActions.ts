/** Delete with Undo, and the toast that offers it. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SavedOutline } from '../../shared/storage';
import type { LibraryClient } from '../client';
import type { Notice } from '../components/Notices';
import type { ToastMessage } from '../components/Toast';
import { plural } from '../notices';
import { goToList, isTyping, routeFromHash } from './useRoute';

/** How long Undo stays offered after a delete: time to notice the mistake and reach the button. */
export const UNDO_WINDOW_MS = 10_000;

export interface EntryActions {
  toast: ToastMessage | null;
  deleteEntries(ids: string[]): Promise<void>;
  undoDelete(removed: SavedOutline[]): Promise<void>;
}

export function useEntryActions(
  client: LibraryClient,
  setNotice: (notice: Notice) => void,
  onDeleted: (ids: string[]) => void,
): EntryActions {
  const [toast, setToast] = useState<ToastMessage | null>(null);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const deleteEntries = useCallback(
    async (ids: string[]) => {
      const reply = await client.remove(ids);
      if (!reply.ok) return setNotice({ tone: 'error', title: reply.error });
      onDeleted(ids);
      const [only] = reply.removed;
      const text =
        reply.removed.length === 1 && only
          ? `Deleted “${only.title || only.url}”.`
          : `Deleted ${plural(reply.removed.length, 'outline')}.`;
      setToast({ text, undo: reply.removed });
      if (routeFromHash(location.hash).view === 'entry') goToList();
    },
    [client, setNotice, onDeleted],
  );

  const undoDelete = useCallback(
    async (removed: SavedOutline[]) => {
      setToast(null);
      const reply = await client.restore(removed);
      if (!reply.ok) setNotice({ tone: 'error', title: reply.error });
      else setToast({ text: `Restored ${plural(reply.restored, 'outline')}.` });
    },
    [client, setNotice],
  );

  // Ctrl+Z (⌘Z) undoes the delete while Undo is offered: the toast sits after the whole list, far down the Tab order.
  useEffect(() => {
    const removed = toast?.undo;
    if (!removed) return;
    const onKey = (event: KeyboardEvent) => {
      const undoKey = event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey);
      if (!undoKey || event.shiftKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      void undoDelete(removed);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [toast, undoDelete]);

  return { toast, deleteEntries, undoDelete };
}
