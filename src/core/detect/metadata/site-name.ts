/**
 * The site's name: the JSON-LD publisher's name, og:site_name, then application-name
 * (only when it reads as a name, not as "Site - Tagline").
 */
import type { JsonLdArticle } from './json-ld';
import type { MetaValues } from './meta-tags';
import { cleanValue, looksLikeUrl, wordCount } from './text';

/** An application-name longer than this (words) is a tagline or a page title, not a name. */
const MAX_APPLICATION_NAME_WORDS = 4;
/** A separator inside application-name means "Site - Tagline" rather than a bare name. */
const TITLE_SEPARATOR = / [|\-\u2013\u2014:·•] /;

function asApplicationName(value: string | undefined): string | null {
  const name = cleanValue(value);
  if (!name || TITLE_SEPARATOR.test(name) || wordCount(name) > MAX_APPLICATION_NAME_WORDS) return null;
  return name;
}

export function extractSiteName(meta: MetaValues, jsonLd: JsonLdArticle | null): string | null {
  for (const value of [
    jsonLd?.publisherName,
    meta.get('og:site_name'),
    asApplicationName(meta.get('application-name')),
  ]) {
    const name = cleanValue(value);
    if (name && !looksLikeUrl(name)) return name;
  }
  return null;
}
