/**
 * An error's message as one sentence for the user. In a file of its own (not ui/status.ts, which
 * holds Preact hooks): the content script, injected into every page on a toolbar click, has no Preact.
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
