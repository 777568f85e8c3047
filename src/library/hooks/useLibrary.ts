/**
 * The library as the page shows it: loaded once, then kept current from storage changes applied as
 * deltas (a save in another tab changes one entry: the page does not read the whole library again).
 * Damaged entries or an older schema are handed to the background, the only writer, to repair.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CURRENT_SCHEMA_VERSION,
  applyLibraryChanges,
  type LoadedLibrary,
  type StorageChanges,
} from '../../shared/storage';
import type { LibraryClient } from '../client';
import { errorText } from '../notices';

/** The performance mark the end-to-end test reads to measure how long the page takes to open. */
export const READY_MARK = 'library-ready';
/** A write of many keys can arrive as a burst of change events: they are applied together after this pause. */
const CHANGE_BATCH_MS = 50;

export type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; library: LoadedLibrary };

export function useLibrary(client: LibraryClient, onRepairError: (message: string) => void): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const repairRequested = useRef(false);
  const readyMarked = useRef(false);

  useEffect(() => {
    let pending: StorageChanges = {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    let loading = true;
    let live = true;
    /** What the page shows: every state change below goes through this effect. */
    let shown: LoadedLibrary | null = null;
    const reload = async () => {
      loading = true;
      pending = {};
      try {
        shown = await client.load();
        if (live) setState({ status: 'ready', library: shown });
      } catch (error) {
        shown = null;
        if (live) setState({ status: 'error', message: errorText(error) });
      } finally {
        loading = false;
        if (Object.keys(pending).length) schedule();
      }
    };
    const flush = () => {
      const changes = pending;
      pending = {};
      const next = shown && applyLibraryChanges(shown, changes);
      if (!next) return void reload();
      shown = next;
      if (live) setState({ status: 'ready', library: next });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => (loading ? undefined : flush()), CHANGE_BATCH_MS);
    };
    // Changes that arrive while loading are kept, and applied on top of what the load read.
    const unsubscribe = client.onChange((changes) => {
      Object.assign(pending, changes);
      if (!loading) schedule();
    });
    void reload();
    return () => {
      live = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [client]);

  const library = state.status === 'ready' ? state.library : null;

  useEffect(() => {
    if (!library || repairRequested.current) return;
    const outdated = library.storedSchemaVersion > 0 && library.storedSchemaVersion < CURRENT_SCHEMA_VERSION;
    if (!library.problems.length && !outdated) return;
    repairRequested.current = true;
    void client.repair().then((reply) => {
      if (!reply.ok) onRepairError(reply.error);
    });
  }, [library, client, onRepairError]);

  useEffect(() => {
    if (library && !readyMarked.current) {
      readyMarked.current = true;
      performance.mark(READY_MARK);
    }
  }, [library]);

  return state;
}
