/**
 * A host that names no site: apart from ./site.ts, which reads the public suffixes, so that the popup and the panel
 * tell it without carrying that data.
 */

/** This machine or a bare IP address ("localhost", "127.0.0.1", "[::1]"): the server of a copy, no site's name. */
const NO_SITE_HOST = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[\d:a-f.]+\])$/i;

/** Whether a host name is this machine or a bare IP address: the server of a copy, not a site. */
export function namesNoSite(host: string): boolean {
  return NO_SITE_HOST.test(host);
}
