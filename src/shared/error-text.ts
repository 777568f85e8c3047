/**
 * An error's message as one sentence for the user (also a thrown non-Error, as text). In a file of
 * its own, without Preact: the background and the content script use it too.
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
