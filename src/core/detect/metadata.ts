/**
 * Article metadata (headline, byline, site name, publication date, language, direction,
 * excerpt) from the page's declared metadata and its markup. One heuristic per file under
 * ./metadata/. Pure: reads the document, never changes it; standard DOM API only.
 */
import type { ArticleMetadata } from '../types';
import { extractByline } from './metadata/byline';
import { extractPublishedTime } from './metadata/dates';
import { extractExcerpt } from './metadata/excerpt';
import { readJsonLdArticle, type JsonLdArticle } from './metadata/json-ld';
import { extractDir, extractLang } from './metadata/language';
import { readMetaValues, type MetaValues } from './metadata/meta-tags';
import { extractSiteName } from './metadata/site-name';
import { extractTitle } from './metadata/title';

export interface MetadataContext {
  /** The article's root element(s) when found (a byline or h1 inside them weighs more). */
  articleRoots: Element[];
  /** The page's URL, when known: its host name confirms that a " - Site" title suffix is the site's name. */
  pageUrl?: string | null;
}

/**
 * One field's value, or `fallback` when reading it fails: a hostile or malformed page may cost
 * a field, never the whole analysis.
 */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function extractMetadata(doc: Document, context: MetadataContext): ArticleMetadata {
  const articleRoots = context.articleRoots ?? [];
  const meta: MetaValues = safely(() => readMetaValues(doc), new Map());
  const jsonLd: JsonLdArticle | null = safely(() => readJsonLdArticle(doc), null);
  const siteName = safely(() => extractSiteName(meta, jsonLd), null);
  return {
    title: safely(() => extractTitle(doc, { jsonLd, meta, siteName, articleRoots, pageUrl: context.pageUrl ?? null }), ''),
    byline: safely(() => extractByline(doc, { jsonLd, meta, articleRoots }), null),
    siteName,
    publishedTime: safely(() => extractPublishedTime(doc, { jsonLd, meta, articleRoots }), null),
    lang: safely(() => extractLang(doc, meta, jsonLd?.inLanguage ?? null), null),
    dir: safely(() => extractDir(doc, articleRoots), null),
    excerpt: safely(() => extractExcerpt(meta, jsonLd), null),
  };
}
