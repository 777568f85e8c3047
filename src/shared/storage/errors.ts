/** The library's failures, each with a message written for the user. */

import { errorText } from '../error-text';

export type LibraryErrorKind = 'quota' | 'newer-schema' | 'invalid' | 'storage';

/** A failure the UI can explain: `message` is written for the user. */
export class LibraryError extends Error {
  constructor(
    readonly kind: LibraryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export const QUOTA_MESSAGE =
  'Your library is full: the browser’s storage for this extension is used up. Nothing already saved was lost. ' +
  'Export and delete some outlines, then try again.';
export const NEWER_SCHEMA_MESSAGE =
  'Your library was saved by a newer version of Outline Reader. ' +
  'Update the extension to read or change it; nothing was changed.';

/** Chrome: "QUOTA_BYTES quota exceeded" / "Resource::kQuotaBytes quota exceeded"; Firefox: a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof LibraryError) return error.kind === 'quota';
  const name = (error as { name?: unknown } | null)?.name;
  const message = errorText(error);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  if (isQuotaError(error)) return new LibraryError('quota', QUOTA_MESSAGE);
  const detail = errorText(error);
  return new LibraryError('storage', `The library could not be written: ${detail}`);
}
