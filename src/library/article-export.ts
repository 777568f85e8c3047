/**
 * One saved article as a file: Markdown of the whole article, or a self-contained HTML page. The
 * text is read from storage (article-store.ts); an entry saved without its text exports its outline.
 */
import type { OutlineResult } from '../core/types';
import { articleToHtml } from '../shared/article/html';
import { articleToMarkdown } from '../shared/article/markdown';
import type { SavedOutline, StorageAreaLike } from '../shared/storage';
import { loadArticle } from '../shared/storage/article-store';
import { savedToResult } from '../reader/saved';
import type { ExportFile } from './export';

export type ArticleExportFormat = 'markdown' | 'html';

/** The reader page for a saved entry (same tab: Back returns to the library). */
export function readerHref(id: string): string {
  return `reader.html?saved=${encodeURIComponent(id)}`;
}

/** A file name from the title: letters, digits and dashes, at most this many characters. */
const FILE_NAME_MAX = 60;

function fileBase(article: OutlineResult): string {
  const slug = (article.title || 'article')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, FILE_NAME_MAX)
    .replace(/-+$/, '');
  return slug || 'article';
}

export function buildArticleExport(article: OutlineResult, format: ArticleExportFormat): ExportFile {
  const base = fileBase(article);
  return format === 'html'
    ? { name: `${base}.html`, type: 'text/html', text: articleToHtml(article) }
    : { name: `${base}.md`, type: 'text/markdown', text: articleToMarkdown(article) };
}

export async function exportSavedArticle(
  area: StorageAreaLike,
  entry: SavedOutline,
  format: ArticleExportFormat,
): Promise<ExportFile> {
  const article = savedToResult(entry);
  const status = await loadArticle(area, entry.id).catch(() => ({ kind: 'not-kept' as const }));
  // Without its text, the outline stands in (headings and bullets), as the reader shows it.
  const content = status.kind === 'kept' ? status.content : undefined;
  return buildArticleExport(content ? { ...article, content } : { ...article, content: undefined }, format);
}
