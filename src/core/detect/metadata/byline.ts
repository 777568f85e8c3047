/**
 * The author line. Declared sources first (JSON-LD author names, Dublin Core creator,
 * meta author, Parse.ly author, article:author when it is not a profile URL), then the page's
 * byline element (./byline-elements.ts). Cleaned by ./byline-clean.ts: no leading "By",
 * no trailing date, never a URL.
 */
import { cleanByline } from './byline-clean';
import { bylineFromElements } from './byline-elements';
import type { JsonLdArticle } from './json-ld';
import { firstMeta, type MetaValues } from './meta-tags';
import { holdsName, isSameName } from '../../read/text';

const BYLINE_META_KEYS = [
  'dc:creator',
  'dcterm:creator',
  'author',
  'parsely-author',
  'sailthru:author',
  'article:author',
] as const;

export interface BylineInput {
  jsonLd: JsonLdArticle | null;
  meta: MetaValues;
  /** The page's elements marked as a byline (./page-scan.ts: found when first asked for). */
  bylineMarked: () => readonly Element[];
  /** The site's name: a declared author that is only that name gives way to the names the page shows. */
  siteName?: string | null;
}

function declaredByline(input: BylineInput): string | null {
  const fromJsonLd = input.jsonLd?.authors
    .map((name) => cleanByline(name))
    .filter(Boolean)
    .join(', ');
  if (fromJsonLd) return fromJsonLd;
  for (const key of BYLINE_META_KEYS) {
    const value = cleanByline(firstMeta(input.meta, [key]));
    if (value) return value;
  }
  return null;
}

export function extractByline(input: BylineInput): string | null {
  const declared = declaredByline(input);
  const site = input.siteName;
  if (declared && !(site && isSameName(declared, site))) return declared;
  const shown = bylineFromElements(input.bylineMarked());
  // A byline line that names the site again ("30/10/23 | StarsInsider") is no better than the declared name.
  return shown && !(declared && site && holdsName(shown, site)) ? shown : declared;
}
