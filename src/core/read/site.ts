/**
 * Site identity: which hosts are one site.
 *
 * A host's registrable domain is the label in front of its public suffix: "news.bbc.co.uk" →
 * "bbc.co.uk", "www.bbc.com" → "bbc.com", "alice.github.io" → "alice.github.io". The public
 * suffixes of more than one label come from a trimmed list kept as data (data/public-suffixes.json);
 * any other host's suffix is its last label.
 *
 * Two hosts are the same site when they share a registrable domain (www., m., news. and other
 * subdomains of one domain are one site), and also when their registrable domains carry the same
 * name under different public suffixes: bbc.com and bbc.co.uk, spiegel.de and spiegel.at are one
 * brand's sites, and a link between them is the publisher's own. (Two unrelated owners of one name
 * under different suffixes are taken for one site; for telling a publisher's promotion links from
 * links to others, that error is rare and cheap.) Hosting suffixes (github.io, blogspot.com) keep
 * their subdomains apart, and their names are not brands.
 */
import suffixData from './data/public-suffixes.json';
import { namesNoSite } from './host';
import { httpHostname } from './url';

/**
 * "co.uk", "org.uk", …: the data keeps the labels in front of each country code as one string (uk: "co org"; fewer
 * bytes in the injected core than a list of strings each). Pure: a script that reads no site (the block reader) is
 * built without it and the data.
 */
const COUNTRY_SECOND_LEVEL = /* @__PURE__ */ Object.entries(suffixData.countrySecondLevel).flatMap(
  ([country, labels]) => labels.split(' ').map((label) => `${label}.${country}`),
);
const MULTI_LABEL_SUFFIXES: ReadonlySet<string> = new Set([...COUNTRY_SECOND_LEVEL, ...suffixData.hosting]);
const HOSTING_SUFFIXES: ReadonlySet<string> = new Set(suffixData.hosting);

/** An IPv4 address or a bracketed IPv6 one: its own site, with no suffix to strip. */
const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[.*\])$/;

/** The host name without a leading "www." (or "www2." …), lower case. */
export function bareHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .replace(/\.$/, '');
}

export interface SiteIdentity {
  /** The registrable domain ("bbc.co.uk"). */
  domain: string;
  /** The public suffix ("co.uk"; "" for IP addresses and single-label hosts). */
  suffix: string;
  /** The name in front of the suffix ("bbc"), or null when it names no brand (hosting, IP address). */
  brand: string | null;
}

/** The site a host name belongs to. */
export function siteOf(hostname: string): SiteIdentity {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (IP_ADDRESS.test(host) || !host.includes('.')) return { domain: host, suffix: '', brand: null };
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const suffixLabels = labels.length > 2 && MULTI_LABEL_SUFFIXES.has(lastTwo) ? 2 : 1;
  if (labels.length <= suffixLabels) return { domain: host, suffix: host, brand: null };
  const suffix = labels.slice(-suffixLabels).join('.');
  const name = labels[labels.length - suffixLabels - 1]!;
  return { domain: `${name}.${suffix}`, suffix, brand: HOSTING_SUFFIXES.has(suffix) ? null : name };
}

/** The registrable domain of a host name ("news.bbc.co.uk" → "bbc.co.uk"). */
export function registrableDomain(hostname: string): string {
  return siteOf(hostname).domain;
}

/** Whether two host names belong to one site (see the module comment: same domain, or same brand name). */
export function sameSite(hostA: string, hostB: string): boolean {
  if (hostA === hostB) return true;
  const a = siteOf(hostA);
  const b = siteOf(hostB);
  return a.domain === b.domain || (a.brand !== null && a.brand === b.brand);
}

/** The host of an http(s) URL, lower case and without "www.", or null (other schemes, bad URLs). */
export function httpHost(url: string | null | undefined): string | null {
  const hostname = httpHostname(url);
  return hostname === null ? null : bareHost(hostname);
}

/** httpHost, unless the host names no site (./host.ts: a page served from this machine or an IP address). */
export function namedSiteHost(url: string | null | undefined): string | null {
  const host = httpHost(url);
  return host !== null && namesNoSite(host) ? null : host;
}

/** Whether two URLs are http(s) URLs of one site. */
export function sameSiteUrls(urlA: string | null | undefined, urlB: string | null | undefined): boolean {
  const a = httpHost(urlA);
  const b = httpHost(urlB);
  return a !== null && b !== null && sameSite(a, b);
}
