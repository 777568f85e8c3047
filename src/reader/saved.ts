/**
 * A saved article for the reader page, read from the library in storage: works offline, with the
 * original page gone. Entries saved before the text was kept open with their outline and a note.
 */
import type { OutlineResult, OutlineSection } from '../core/types';
import type { ReaderArticleReply } from '../shared/protocol';
import { loadLibrary, type SavedOutline, type SavedSection, type StorageAreaLike } from '../shared/storage';
import { loadArticle } from '../shared/storage/article-store';
import { errorText } from '../shared/error-text';

/**
 * Section ids as the analysis gave them (buildOutline numbers headings "h0", "h1", … in document
 * order, the untitled preamble "s0"), so that the saved text's headings and the outline match again.
 */
export function withSectionIds(sections: readonly SavedSection[]): OutlineSection[] {
  let next = 0;
  const visit = (list: readonly SavedSection[]): OutlineSection[] =>
    list.map((section) => {
      const id = section.level === 0 ? 's0' : `h${next++}`;
      return {
        id,
        level: section.level,
        text: section.text,
        bullets: [...section.bullets],
        children: visit(section.children),
      };
    });
  return visit(sections);
}

/**
 * A saved entry in the analysis's shape, for the reader, the article export and the library's
 * Markdown export. Its key points are texts only: their ids are new ("k0"…), found again in the
 * saved text by their sentence.
 */
export function savedToResult(entry: SavedOutline): OutlineResult {
  return {
    url: entry.url,
    found: true,
    title: entry.title,
    byline: entry.byline,
    siteName: entry.siteName,
    publishedTime: entry.publishedTime,
    ...(entry.modifiedTime && { modifiedTime: entry.modifiedTime }),
    lang: entry.lang,
    dir: entry.dir,
    excerpt: entry.excerpt,
    wordCount: entry.wordCount,
    readingMinutes: entry.readingMinutes,
    outline: withSectionIds(entry.outline),
    keyPoints: (entry.keyPoints ?? []).map((text, index) => ({ text, id: `k${index}` })),
    related: entry.related,
    body: '',
  };
}

export async function loadSavedArticle(
  area: StorageAreaLike,
  id: string,
): Promise<ReaderArticleReply & { textKept?: boolean }> {
  let entry: SavedOutline | undefined;
  try {
    entry = (await loadLibrary(area)).entries.find((candidate) => candidate.id === id);
  } catch (error) {
    return {
      ok: false,
      kind: 'error',
      message: `The library could not be read: ${errorText(error)}`,
    };
  }
  if (!entry)
    return { ok: false, kind: 'error', message: 'This article is no longer in your library (it was deleted).' };
  const article = savedToResult(entry);
  const status = await loadArticle(area, id).catch((error: unknown) => ({
    kind: 'damaged' as const,
    reason: String(error),
  }));
  if (status.kind === 'kept')
    return { ok: true, article: { ...article, content: status.content }, pageUrl: entry.url, textKept: true };
  if (status.kind === 'damaged')
    console.warn(`Outline Reader: the saved text of ${id} cannot be shown: ${status.reason}`);
  return { ok: true, article, pageUrl: entry.url, textKept: false };
}
