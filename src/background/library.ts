// STUB — the saved-outlines library (issue 4) replaces this. Signature is final.
import type { OutlineResult } from '../core/types';
import type { LibrarySaveReply } from '../shared/protocol';

/** Saves an outline into the library; the background is the library's single writer. */
export async function saveToLibrary(_outline: OutlineResult): Promise<LibrarySaveReply> {
  return { ok: false, error: 'The library is not available yet.' };
}
