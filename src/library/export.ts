/** Builds export files from saved outlines and hands them to the browser as downloads. */
import { libraryToJson } from '../shared/formats/json';
import { outlineToMarkdown } from '../shared/formats/markdown';
import { libraryToOpml } from '../shared/formats/opml';
import type { SavedOutline } from '../shared/storage';
import { savedToResult } from '../reader/saved';

/** "YYYY-MM-DD", the date part of an ISO time: file names sort by date. */
const ISO_DATE_LENGTH = 10;

export type ExportFormat = 'json' | 'markdown' | 'opml';

export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'opml', label: 'OPML' },
];

export function libraryToMarkdown(entries: SavedOutline[]): string {
  return entries.map((entry) => outlineToMarkdown(savedToResult(entry))).join('\n---\n\n');
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export function buildExport(entries: SavedOutline[], format: ExportFormat, now: Date = new Date()): ExportFile {
  const stamp = now.toISOString().slice(0, ISO_DATE_LENGTH);
  const base = `outline-reader-library-${stamp}`;
  switch (format) {
    case 'json':
      return { name: `${base}.json`, type: 'application/json', text: libraryToJson(entries, now) };
    case 'markdown':
      return { name: `${base}.md`, type: 'text/markdown', text: libraryToMarkdown(entries) };
    case 'opml':
      return { name: `${base}.opml`, type: 'text/x-opml', text: libraryToOpml(entries, { createdAt: now }) };
  }
}

/** The download reads the blob after the click handler has returned: revoke its URL only later. */
const BLOB_URL_LIFETIME_MS = 60_000;

/** Saves a file through the browser's download UI (a blob URL on a temporary link; nothing leaves the machine). */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
