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

/**
 * A summary says something in words: one without three letters in a row ("&#xg; 😭 😭 � �", a row of emoji or dots,
 * readability/005-unescape-html-entities) is none.
 */
const WORD = /\p{L}{3}/u;

function summary(value: string | null | undefined): string | null {
  const text = cleanValue(value);
  return text && WORD.test(text) ? text : null;
}

export function extractExcerpt(meta: MetaValues, jsonLd: JsonLdArticle | null): string | null {
  return summary(jsonLd?.description) ?? summary(firstMeta(meta, DESCRIPTION_META_KEYS));
}
