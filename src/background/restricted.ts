/**
 * Which pages the browser does not let an extension read, and how to say why.
 * Pure: handed a URL (and whether file: access is allowed), it returns a reason or null.
 * The background checks this before injecting, so the popup can explain instead of failing.
 */

export interface RestrictedPage {
  /** One sentence for the user. */
  reason: string;
}

export interface ClassifyOptions {
  /** Whether the user allowed the extension to read file: pages (extension.isAllowedFileSchemeAccess). */
  fileAccessAllowed: boolean;
  /** This extension's own pages start with this (runtime.getURL('')): the reader view, the library. */
  ownOrigin?: string;
}

/** Schemes of the browser's own pages and other extensions' pages: never scriptable. */
const BROWSER_PAGE_SCHEMES = new Set([
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'jar:',
]);

/**
 * Hosts where browsers forbid extension scripts: the extension stores (Chrome, Edge, Firefox)
 * and Firefox's other protected hosts (its `extensions.webextensions.restrictedDomains` default).
 */
const STORE_HOSTS = new Map<string, string>([
  ['chromewebstore.google.com', 'the Chrome Web Store'],
  ['chrome.google.com', 'the Chrome Web Store'],
  ['microsoftedge.microsoft.com', 'the Edge Add-ons store'],
  ['addons.mozilla.org', 'addons.mozilla.org'],
  ['discovery.addons.mozilla.org', 'addons.mozilla.org'],
  ['addons.cdn.mozilla.net', 'addons.mozilla.org'],
  ['accounts.firefox.com', 'Firefox Accounts'],
  ['api.accounts.firefox.com', 'Firefox Accounts'],
  ['oauth.accounts.firefox.com', 'Firefox Accounts'],
  ['profile.accounts.firefox.com', 'Firefox Accounts'],
  ['accounts-static.cdn.mozilla.net', 'Firefox Accounts'],
  ['support.mozilla.org', 'Mozilla Support'],
  ['sync.services.mozilla.com', 'Firefox Sync'],
  ['install.mozilla.org', 'Mozilla'],
  ['content.cdn.mozilla.net', 'Mozilla'],
]);

/** Only the Web Store's extension pages live under this path on chrome.google.com. */
const OLD_WEB_STORE_PATH = '/webstore';

/** A URL path that ends in .pdf opens in the browser's built-in PDF viewer, which extensions cannot read. */
const PDF_PATH = /\.pdf$/i;

export function classifyRestrictedUrl(url: string | null | undefined, options: ClassifyOptions): RestrictedPage | null {
  if (!url) return null; // unknown: let injection decide (its error is mapped to a restriction)
  if (url.startsWith('view-source:')) {
    return { reason: 'This is the browser’s page source view (view-source:); extensions cannot read it.' };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { reason: 'This page’s address is not one an extension can read.' };
  }
  const { protocol, hostname, pathname } = parsed;
  if (options.ownOrigin && url.startsWith(options.ownOrigin)) return ownPage(pathname);
  if (protocol === 'chrome-extension:' || protocol === 'moz-extension:') {
    return { reason: 'This is an extension’s own page; the browser keeps extensions out of each other’s pages.' };
  }
  if (BROWSER_PAGE_SCHEMES.has(protocol)) {
    return {
      reason: `This is one of the browser’s own pages (${protocol}); browsers do not let extensions read them.`,
    };
  }
  if (protocol === 'file:') {
    if (options.fileAccessAllowed) return PDF_PATH.test(pathname) ? pdfViewer() : null;
    return {
      reason:
        'This is a file on your computer. To outline local files, turn on “Allow access to file URLs” in the extension’s details.',
    };
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    return { reason: `Pages with ${protocol} addresses cannot be read by extensions.` };
  }
  const store = STORE_HOSTS.get(hostname);
  if (store && (hostname !== 'chrome.google.com' || pathname.startsWith(OLD_WEB_STORE_PATH))) {
    return {
      reason: `This is ${store}; browsers do not let extensions run on it, to protect your add-ons and accounts.`,
    };
  }
  if (PDF_PATH.test(pathname)) return pdfViewer();
  return null;
}

/** Our own page: not "another extension's", and the reader view has its outline already. */
function ownPage(pathname: string): RestrictedPage {
  return {
    reason: pathname.endsWith('/reader.html')
      ? 'This is Outline Reader’s reader view: the article’s outline is beside it.'
      : 'This is one of Outline Reader’s own pages.',
  };
}

function pdfViewer(): RestrictedPage {
  return { reason: 'This is a PDF shown by the browser’s built-in viewer, which extensions cannot read.' };
}

/**
 * When the URL was not visible (no tab permission yet) or did not look restricted but injection
 * still failed, the browser's error says whether it was a permission problem.
 */
const PERMISSION_ERROR =
  /cannot access|cannot be scripted|missing host permission|extensions gallery|not allowed|permission/i;

export function restrictionFromInjectionError(message: string): RestrictedPage | null {
  return PERMISSION_ERROR.test(message) ? { reason: 'The browser does not let extensions read this page.' } : null;
}
