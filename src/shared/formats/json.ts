/**
 * Our own library export format: a versioned JSON document with a format marker, so that an
 * import can tell our files from anything else and refuse damaged ones before touching the library.
 *
 *   { "format": "outline-reader-library", "version": 1, "exportedAt": ISO, "count": N, "entries": [SavedOutline…] }
 *
 * Each entry is validated again by the library's writer when imported (one bad entry is rejected
 * and reported, the others are imported); this module checks the file as a whole.
 */
import type { SavedOutline } from '../storage/types';

export const LIBRARY_EXPORT_FORMAT = 'outline-reader-library';
/** Bumped when the entry shape changes; an importer reads every version up to its own. */
export const LIBRARY_EXPORT_VERSION = 1;
/**
 * The largest file an import reads: the file travels from the library page to the background as one
 * message, which Chrome refuses above 64 MiB, and a full library (10 MB of storage) exports to far
 * less. The page checks the file's size before reading it; the parser checks the text's length.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export function tooLargeToImportMessage(size: number): string {
  const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MiB`;
  return (
    `This file is too large to import (${mib(size)}; at most ${mib(MAX_IMPORT_BYTES)}). ` +
    'A library export is far smaller, so this is not one. Nothing was imported.'
  );
}

export interface LibraryExport {
  format: typeof LIBRARY_EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  count: number;
  entries: SavedOutline[];
}

export function libraryToJson(entries: SavedOutline[], exportedAt: Date = new Date()): string {
  const document: LibraryExport = {
    format: LIBRARY_EXPORT_FORMAT,
    version: LIBRARY_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    count: entries.length,
    entries,
  };
  return JSON.stringify(document, null, 2) + '\n';
}

export type ParsedLibraryExport =
  | { ok: true; entries: unknown[]; exportedAt: string | null }
  | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The library's other exports, by how they start: a user who exported Markdown or OPML and imports that file back is
 * told which file to import instead (the OPML export starts with an XML declaration, the Markdown one with `# Title`).
 */
const OTHER_EXPORTS = [
  { kind: 'an OPML', start: /^(?:<\?xml[^>]*>\s*)?<opml[\s>]/i },
  { kind: 'a Markdown', start: /^# \S/ },
];

/** A file refused as a whole: the reason, and that nothing changed. */
function refused(reason: string): ParsedLibraryExport {
  return { ok: false, error: `${reason} Nothing was imported.` };
}

/** Checks a whole file; on `ok: false`, `error` is a sentence for the user and nothing may be imported. */
export function parseLibraryExport(text: string): ParsedLibraryExport {
  // A string's length in UTF-16 units is at most its size in UTF-8 bytes: over the limit here, the file was too.
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeToImportMessage(text.length) };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return refused('This file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    if (trimmed.startsWith('{') && trimmed.includes(`"${LIBRARY_EXPORT_FORMAT}"`)) {
      return refused('This Outline Reader export is damaged (it is not complete, valid JSON).');
    }
    const kind = OTHER_EXPORTS.find(({ start }) => start.test(trimmed))?.kind;
    return refused(
      kind
        ? `This is ${kind} file: Markdown and OPML exports are for other apps, only a JSON export can be imported back.`
        : 'This is not an Outline Reader library export (it is not a JSON file).',
    );
  }
  if (!isRecord(data) || data.format !== LIBRARY_EXPORT_FORMAT) {
    return refused(
      'This is not an Outline Reader library export: it is JSON, but not a file the library’s JSON export made.',
    );
  }
  const { version, entries, count, exportedAt } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refused('This Outline Reader export is damaged (its version is missing).');
  }
  if (version > LIBRARY_EXPORT_VERSION) {
    const newer = `This export was made by a newer version of Outline Reader (format ${version}).`;
    return refused(`${newer} Update the extension to import it.`);
  }
  if (!Array.isArray(entries)) {
    return refused('This Outline Reader export is damaged (its list of outlines is missing).');
  }
  if (count !== undefined && count !== entries.length) {
    return refused(
      `This Outline Reader export is damaged: it should hold ${String(count)} outlines but holds ${entries.length}.`,
    );
  }
  return { ok: true, entries, exportedAt: typeof exportedAt === 'string' ? exportedAt : null };
}
