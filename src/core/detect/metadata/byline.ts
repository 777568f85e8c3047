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
import { TITLE_SEPARATOR } from './site-name';

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
  /** The page's first headline (h1): the boxes around it are the article's header (./byline-elements.ts). */
  headline?: Element;
  /** The site's name: a declared author that is only that name gives way to the names the page shows. */
  siteName?: string | null;
  /** The <title> as shown: its last part after a separator names the site ("Headline - Sputnik International"). */
  documentTitle?: string;
}

/** A name, a separator (a stop or comma, or a spaced bar or dash), then the rest: the site glued on after a name. */
const NAME_THEN_REST = /^(.+?)(?:[.,]\s+|\s+[|\-\u2013\u2014]\s+)([^.,|]+)$/;

/**
 * A declared author with the site's name glued on ("Finian Cunningham. Sputnik International"): the name alone. The
 * site as the site's name or the <title>'s last part says it.
 */
function withoutSite(byline: string, input: BylineInput): string {
  const match = NAME_THEN_REST.exec(byline);
  if (!match) return byline;
  // (A title without a separator is its own last part: no byline's tail is the whole headline.)
  const titleSite = (input.documentTitle ?? '').split(TITLE_SEPARATOR).pop();
  const glued = [input.siteName, titleSite].some((site) => site && isSameName(match[2]!, site));
  return glued ? match[1]!.trim() : byline;
}

/** Authors' names as one byline ("Ada Lane, Bo Reed"), each cleaned; "" when none is a name. */
function namesLine(names: readonly string[]): string {
  return names
    .map((name) => cleanByline(name))
    .filter(Boolean)
    .join(', ');
}

function declaredByline(input: BylineInput): string | null {
  const fromJsonLd = namesLine(input.jsonLd?.authors ?? []);
  if (fromJsonLd) return fromJsonLd;
  // An author meta that names the page's maker as its generator meta does ("PMJS - Coordenadoria de TI" as both on a
  // city's news page, zyte f6ac15a4) names who built the site, not who wrote the story.
  const maker = input.meta.get('generator') ?? '';
  for (const key of BYLINE_META_KEYS) {
    const value = cleanByline(firstMeta(input.meta, [key]));
    if (value && !isSameName(value, maker)) return value;
  }
  return null;
}

export function extractByline(input: BylineInput): string | null {
  const found = declaredByline(input);
  const declared = found && withoutSite(found, input);
  const site = input.siteName;
  // A declared author with the site glued on may be the publisher's group ("GESE - La Estrella de Panamá"): the name
  // the page shows in its byline, when it shows one, is the author's.
  if (declared && declared === found && !(site && isSameName(declared, site))) return declared;
  const shown = bylineFromElements(input.bylineMarked(), input.headline);
  // A byline line that names the site again ("30/10/23 | StarsInsider") is no better than the declared name.
  return shown && !(declared && site && holdsName(shown, site)) ? shown : declared;
}

/**
 * The JSON-LD author given by reference (./json-ld.ts), for a page that names no one else (no declared author, no
 * byline element or line): never a CMS account nor the site's name.
 */
export function referencedByline(jsonLd: JsonLdArticle | null, siteName: string | null): string | null {
  const byline = namesLine(jsonLd?.referencedAuthors ?? []);
  return byline && !(siteName && isSameName(byline, siteName)) ? byline : null;
}
