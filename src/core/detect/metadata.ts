/**
 * Article metadata (headline, byline, site name, publication date, language, direction,
 * excerpt) from the page's declared metadata and its markup. One heuristic per file under
 * ./metadata/. Pure: reads the document, never changes it; standard DOM API only.
 */
import type { ArticleMetadata } from '../types';
import { extractByline, referencedByline } from './metadata/byline';
import { bylineInNameCase } from './metadata/byline-case';
import { bylineLineAfter } from './metadata/byline-line';
import { extractPublishedTime } from './metadata/dates';
import { extractExcerpt } from './metadata/excerpt';
import { readJsonLdArticle, type JsonLdArticle } from './metadata/json-ld';
import { extractDir, extractLang } from './metadata/language';
import { readMetaValues, type MetaValues } from './metadata/meta-tags';
import { emptyScan, scanPageSteps, type PageScan } from './metadata/page-scan';
import { runToEnd, type Steps } from '../steps';
import { declaredChange, laterChange } from './metadata/updated';
import { extractSiteName } from './metadata/site-name';
import { siteNameInTitle } from './metadata/title-site';
import { documentTitleText, extractTitle } from './metadata/title';
import { httpHostname } from '../read/url';

export interface MetadataContext {
  /** The page's URL, when known: its host name confirms that a " - Site" title suffix is the site's name. */
  pageUrl?: string | null;
  /** The page scan, when the caller made it already (the analysis shares one with the related-stories rule). */
  scan?: PageScan;
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

/** The page scan; on a page that makes it fail, an empty one (the rules then fall back to what else they read). */
export function scanPageSafely(doc: Document): PageScan {
  return runToEnd(scanPageSafelySteps(doc));
}

/** scanPageSafely in steps (../steps.ts). */
export function* scanPageSafelySteps(doc: Document): Steps<PageScan> {
  try {
    return yield* scanPageSteps(doc);
  } catch {
    return emptyScan();
  }
}

/** A byline written all in capitals, in the case of names (./metadata/byline-case.ts). */
const inNameCase = (byline: string | null, siteName: string | null): string | null =>
  byline && safely(() => bylineInNameCase(byline, siteName), byline);

export function extractMetadata(doc: Document, context: MetadataContext): ArticleMetadata {
  // One pass over the page gathers what every rule below reads (no selector query per rule).
  const scan = context.scan ?? scanPageSafely(doc);
  const meta: MetaValues = safely(() => readMetaValues(scan.metas), new Map());
  const jsonLd: JsonLdArticle | null = safely(() => readJsonLdArticle(scan.jsonLdScripts), null);
  const hostname = httpHostname(context.pageUrl);
  const documentTitle = documentTitleText(scan);
  // Declared none: the <title>'s last part when it names the host ("… › Litradio" on litradio.net).
  const siteName = safely(
    () =>
      extractSiteName(meta, jsonLd, hostname, documentTitle) ??
      (hostname ? siteNameInTitle(documentTitle, hostname) : null),
    null,
  );
  const byline = safely(
    () =>
      extractByline({ jsonLd, meta, bylineMarked: scan.bylineMarked, headline: scan.h1s[0], siteName, documentTitle }),
    null,
  );
  const publishedTime = safely(() => extractPublishedTime({ jsonLd, meta, scan }), null);
  // Neither declared nor marked: a line under the headline that opens with a byline label and a link, or a dateline.
  const line = byline && publishedTime ? null : safely(() => bylineLineAfter(scan.h1s[0], siteName), null);
  const dated = publishedTime ?? line?.date ?? null;
  // The last change the page declares, where it is later than the publication (./metadata/updated.ts).
  const changed = dated && safely(() => laterChange(dated, declaredChange(jsonLd, meta, scan)), null);
  return {
    title: safely(() => extractTitle(doc, { jsonLd, meta, siteName, hostname, scan }), ''),
    byline: inNameCase(byline ?? line?.byline ?? safely(() => referencedByline(jsonLd, siteName), null), siteName),
    siteName,
    publishedTime: dated,
    ...(changed && { modifiedTime: changed }),
    lang: safely(() => extractLang(doc, meta, jsonLd?.inLanguage ?? null), null),
    dir: safely(() => extractDir(doc, scan.firstBodyWithDir), null),
    excerpt: safely(() => extractExcerpt(meta, jsonLd), null),
  };
}
