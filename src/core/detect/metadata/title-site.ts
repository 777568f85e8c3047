/**
 * A <title>'s last part as the site's name: "Headline | Site". The title rules (title.ts) cut such a part off the
 * headline on evidence; the site-name rules (site-name.ts) take it as the site's name when the page declares none
 * and the host is the evidence.
 */
import { initialsSpellHost, namesHost, opensWithHostName } from './site-name';

/**
 * Separators before a site-name suffix (also "·", "•" and "›": "… › Litradio" on litradio.net, "… › evang.at" on
 * evang.at, trafilatura 0254 and 0624, the only titles in the corpus with a spaced "›"; not "/", ">" or "»").
 */
export const SUFFIX_SEPARATOR = / [|\-\u2013\u2014·•\u203a] /g;
/** A suffix holding any of these (any dash included) is several parts ("Site - Tagline"), not one name. */
export const SEPARATOR_CHARACTER = /[|\-\u2010-\u2015\u2212:·•\u203a]/;
/** Unless an h1 confirms it, a site-name suffix is only removed when this many characters of headline remain. */
export const MIN_STRIPPED_TITLE_LENGTH = 10;
/** A trailing part longer than this (characters) is part of the headline, not a site name. */
export const MAX_SITE_SUFFIX_LENGTH = 60;

/** Whether `suffix` may be one name at all: short, and of one part. */
export const mayBeSiteName = (suffix: string): boolean =>
  !!suffix && suffix.length <= MAX_SITE_SUFFIX_LENGTH && !SEPARATOR_CHARACTER.test(suffix);

/**
 * Whether the title rules cut `suffix` off `headline` as the site's name on the host's evidence alone: it spells the
 * host ("Harbour Times", "harbourtimes.com") or opens with the host's name as a word ("sheego ♥ Magazin"); asked
 * `byInitials` (by the site-name rules), also when its words' initials spell it ("Rhein Neckar Zeitung", rnz.de).
 */
export function hostNamesSuffix(headline: string, suffix: string, hostname: string, byInitials = false): boolean {
  return (
    headline.length >= MIN_STRIPPED_TITLE_LENGTH &&
    mayBeSiteName(suffix) &&
    (namesHost(suffix, hostname) ||
      opensWithHostName(suffix, hostname) ||
      (byInitials && initialsSpellHost(suffix, hostname)))
  );
}

/**
 * The <title>'s last part when the title rules cut it off as the site's name on the host's evidence ("… › Litradio"
 * on litradio.net, "… - Tagesspiegel" on tagesspiegel.de), or when its words' initials spell the host ("… - Rhein
 * Neckar Zeitung" on rnz.de, trafilatura 0019: a name, though the title rules keep it), else null.
 */
export function siteNameInTitle(documentTitle: string, hostname: string): string | null {
  const separators = [...documentTitle.matchAll(SUFFIX_SEPARATOR)];
  const last = separators[separators.length - 1];
  if (!last) return null;
  const headline = documentTitle.slice(0, last.index).trim();
  const suffix = documentTitle.slice(last.index + last[0].length).trim();
  return hostNamesSuffix(headline, suffix, hostname, true) ? suffix : null;
}
