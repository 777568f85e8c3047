/**
 * Article metadata (headline, byline, site name, publication date, language, direction,
 * excerpt) from the page's declared metadata and its markup. One heuristic per file under
 * ./metadata/. Pure: reads the document, never changes it; standard DOM API only.
 */
import type { ArticleMetadata } from '../types';
import { extractByline } from './metadata/byline';
import { extractPublishedTime } from './metadata/dates';
import { extractExcerpt } from './metadata/excerpt';
import { readJsonLdArticle } from './metadata/json-ld';
import { extractDir, extractLang } from './metadata/language';
import { readMetaValues } from './metadata/meta-tags';
import { extractSiteName } from './metadata/site-name';
import { extractTitle } from './metadata/title';

export interface MetadataContext {
  /** The article's root element(s) when found (a byline or h1 inside them weighs more). */
  articleRoots: Element[];
}

export function extractMetadata(doc: Document, context: MetadataContext): ArticleMetadata {
  const articleRoots = context.articleRoots ?? [];
  const meta = readMetaValues(doc);
  const jsonLd = readJsonLdArticle(doc);
  const siteName = extractSiteName(meta, jsonLd);
  return {
    title: extractTitle(doc, { jsonLd, meta, siteName, articleRoots }),
    byline: extractByline(doc, { jsonLd, meta }),
    siteName,
    publishedTime: extractPublishedTime(doc, { jsonLd, meta, articleRoots }),
    lang: extractLang(doc, meta, jsonLd?.inLanguage ?? null),
    dir: extractDir(doc, articleRoots),
    excerpt: extractExcerpt(meta, jsonLd),
  };
}
