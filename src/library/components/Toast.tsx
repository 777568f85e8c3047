import type { SavedOutline } from '../../shared/storage';

export interface ToastMessage {
  text: string;
  /** Deleted entries that Undo puts back. */
  undo?: SavedOutline[];
}

export function Toast({ toast, onUndo }: { toast: ToastMessage; onUndo(entries: SavedOutline[]): void }) {
  return (
    <div class="toast" role="status" aria-live="polite">
      <span dir="auto">{toast.text}</span>
      {toast.undo && (
        <button type="button" class="button" onClick={() => onUndo(toast.undo!)}>
          Undo
        </button>
      )}
    </div>
  );
}
