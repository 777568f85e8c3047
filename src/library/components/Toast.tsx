import type { SavedOutline } from '../../shared/storage';

export interface ToastMessage {
  text: string;
  /** Deleted entries that Undo puts back. */
  undo?: SavedOutline[];
}

/** The undo shortcut as the user's keyboard labels it (useEntryActions takes Ctrl+Z and ⌘Z). */
const UNDO_KEY = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '') ? '⌘Z' : 'Ctrl+Z';

export function Toast({ toast, onUndo }: { toast: ToastMessage; onUndo(entries: SavedOutline[]): void }) {
  return (
    <div class="toast" role="status" aria-live="polite">
      <span dir="auto">{toast.text}</span>
      {toast.undo && (
        <>
          <button type="button" class="button" aria-keyshortcuts="Control+Z Meta+Z" onClick={() => onUndo(toast.undo!)}>
            Undo
          </button>
          <kbd class="toast-key">{UNDO_KEY}</kbd>
        </>
      )}
    </div>
  );
}
