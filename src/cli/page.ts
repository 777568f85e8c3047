/**
 * The heavy half of the command, loaded only when a page is to be outlined (./outline.ts imports
 * it lazily): the HTML parser and the core. `--help`, bad options and files refused before
 * parsing (missing, a directory, binary, empty) never load it, so they answer at Node's start-up speed.
 */
import { parseHTML } from 'linkedom';
import { outlineDocument, type OutlineResult } from '../core';
import { outlineToMarkdown } from '../shared/formats/markdown';

export { outlineToMarkdown };

/** Builds a standard DOM Document from HTML text (linkedom: fast, and parses every corpus page). */
export function parseDocument(html: string): Document {
  // linkedom needs a root element to build a document; a blank page is still a page.
  const text = html.trim() ? html : '<!DOCTYPE html><html><head></head><body></body></html>';
  return parseHTML(text).document as unknown as Document;
}

/** Outlines one page's HTML with the core. */
export function outlineHtml(
  html: string,
  options: { url: string | null; explain: boolean; timeLimitMs: number },
): OutlineResult {
  return outlineDocument(parseDocument(html), options);
}
