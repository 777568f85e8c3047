/** The article's summary as the page declares it (JSON-LD / Dublin Core / Open Graph / meta description). */
import type { JsonLdArticle } from './json-ld';
import { firstMeta, type MetaValues } from './meta-tags';
import { cleanValue } from './text';

const DESCRIPTION_META_KEYS = [
  'dc:description',
  'dcterm:description',
  'og:description',
  'weibo:article:description',
  'weibo:webpage:description',
  'description',
  'twitter:description',
] as const;

export function extractExcerpt(meta: MetaValues, jsonLd: JsonLdArticle | null): string | null {
  return cleanValue(jsonLd?.description) ?? cleanValue(firstMeta(meta, DESCRIPTION_META_KEYS));
}
