/**
 * Everything the reader page needs from the browser, behind one small interface (the real one in
 * browser-client.ts; tests pass their own).
 */
import type { OutlineResult } from '../core/types';
import type { LibrarySaveReply, ReaderArticleReply } from '../shared/protocol';
import type { ReaderSettings } from '../shared/storage/reader-settings';
import type { DetectLanguage } from './text-language';

/** Where the article comes from: a tab the reader was opened in, or the library. */
export type ReaderSource = { kind: 'tab'; tabId: number } | { kind: 'saved'; id: string };

export interface ReaderClient {
  source: ReaderSource | null;
  getArticle(): Promise<ReaderArticleReply & { textKept?: boolean }>;
  loadSettings(): Promise<ReaderSettings>;
  saveSettings(settings: ReaderSettings): Promise<void>;
  save(article: OutlineResult): Promise<LibrarySaveReply>;
  openUrl(url: string): void;
  /** Back to the page (or wherever the reader was opened from). */
  back(): void;
  /** The language of a text (a BCP 47 tag), or null when the browser is not sure (text-language.ts). */
  detectLanguage?: DetectLanguage;
}

/** The source named in the page's query: `?tab=N` or `?saved=ID`. */
export function sourceFromQuery(search: string): ReaderSource | null {
  const query = new URLSearchParams(search);
  const tabId = Number(query.get('tab'));
  if (Number.isInteger(tabId) && tabId >= 0 && query.has('tab')) return { kind: 'tab', tabId };
  const saved = query.get('saved');
  if (saved && /^[\w-]{1,100}$/.test(saved)) return { kind: 'saved', id: saved };
  return null;
}
