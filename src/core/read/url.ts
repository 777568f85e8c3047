/** URL resolution: only http(s) URLs leave the page. */

/** Resolves `href` against `base`; null for anything that is not a valid absolute URL (any scheme). */
export function parseUrl(href: string, base: string | null): URL | null {
  try {
    return base ? new URL(href.trim(), base) : new URL(href.trim());
  } catch {
    return null;
  }
}

/** A first character that no absolute URL has (a scheme starts with a letter). */
const RELATIVE_START = /^[/.?]/;
/** Schemes that never lead to a page (told before parsing: throwing and parsing are the slow part). */
const NON_PAGE_SCHEME = /^(javascript|data|mailto|tel|sms|about|blob|file|ftp|whatsapp|fb-messenger):/i;

/**
 * An href resolved to an absolute http(s) URL without its #fragment, or null (in-page anchors,
 * javascript:, data:, mailto:, other schemes, unparsable URLs).
 */
export function resolveHttpUrl(href: string | null | undefined, baseUrl: string | null): URL | null {
  const raw = (href ?? '').trim();
  if (!raw || raw.startsWith('#')) return null;
  // Without a base, a relative href cannot resolve.
  if (!baseUrl && RELATIVE_START.test(raw)) return null;
  if (NON_PAGE_SCHEME.test(raw)) return null;
  // The #fragment is cut before parsing: the same URL as parsing and then clearing `hash`.
  const hashAt = raw.indexOf('#');
  const withoutFragment = hashAt === -1 ? raw : raw.slice(0, hashAt);
  let url: URL;
  try {
    url = baseUrl ? new URL(withoutFragment, baseUrl) : new URL(withoutFragment);
  } catch {
    return null;
  }
  return isHttpUrl(url) ? url : null;
}

/** An href that goes nowhere: "#", empty or "javascript:" (a script's button: print, share, a toggle). */
export function leadsNowhere(href: string): boolean {
  return /^\s*(#?|javascript:.*)\s*$/is.test(href);
}

export function isHttpUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** The host name of an http(s) URL, lower case, or null. */
export function httpHostname(url: string | null | undefined): string | null {
  if (!url) return null;
  const parsed = parseUrl(url, null);
  return parsed && isHttpUrl(parsed) ? parsed.hostname.toLowerCase() : null;
}
