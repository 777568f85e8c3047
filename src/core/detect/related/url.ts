/** URL handling for related stories: resolution, normalisation and "does this look like an article?". */
import { bareHost, sameSite } from '../../read/site';
import { parseUrl, resolveHttpUrl } from '../../read/url';
import { isSpaceCode } from '../../read/text';
import { HAS_LETTER, isAsciiLetter } from '../../text';
import {
  articleSegments,
  listingNearEnd,
  profileNearEnd,
  listingSegments,
  mediaFiles,
  nonArticleHosts,
  sponsoredSegments,
} from './vocabulary/url-words.json';
import { alternation } from './vocabulary-lists';

/**
 * Resolves an href to an absolute http(s) URL without #fragment, or null (anchors, javascript:, data:,
 * mailto:, bad URLs).
 */
export function resolveArticleHref(href: string | null, baseUrl: string | null): string | null {
  return resolveHttpUrl(href, baseUrl)?.href ?? null;
}

const toUrl = (url: string | URL): URL | null => (typeof url === 'string' ? parseUrl(url, null) : url);

/**
 * The keys of a URL's query. Built with forEach: in a Firefox content script the iterators of page
 * objects are not iterable, so `[...searchParams.keys()]` throws there.
 */
function queryKeys(params: URLSearchParams): string[] {
  const keys: string[] = [];
  params.forEach((_value, key) => keys.push(key));
  return keys;
}

/** Tracking parameters that do not change which article a URL points at. */
const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|ref$|ref_|cmpid$|itm_|mc_|smid$)/i;
/**
 * A raw query ("?a=1&b=2") in which a key may be a TRACKING_PARAM, told before the query is parsed (URLSearchParams
 * and its callbacks are the costly part of a key in a browser): a key starts after "?" or "&" and is decoded only
 * where the query has a "%".
 */
const MAY_HOLD_TRACKING_PARAM = /[?&](utm_|fbclid|gclid|ref|cmpid|itm_|mc_|smid)|%/i;

/** A key that is equal for two URLs of the same article (scheme, www., trailing slash, tracking parameters ignored). */
export function urlKey(url: string | URL): string {
  const parsed = toUrl(url);
  if (!parsed) return String(url);
  let search = parsed.search;
  if (search && MAY_HOLD_TRACKING_PARAM.test(search)) {
    const keys = queryKeys(parsed.searchParams);
    if (keys.some((key) => TRACKING_PARAM.test(key))) {
      const kept = new URLSearchParams(parsed.search);
      for (const key of keys) if (TRACKING_PARAM.test(key)) kept.delete(key);
      const query = kept.toString();
      search = query ? `?${query}` : '';
    }
  }
  const credentials = parsed.username ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  const host = bareHost(parsed.hostname);
  return `//${credentials}${host}${port}${parsed.pathname}${search}`.replace(/\/$/, '');
}

/**
 * Path segments that always name a listing or utility page, wherever they stand: tags, categories,
 * authors, search, account (regular-expression source).
 */
const LISTING_SEGMENT = alternation(listingSegments);

/** Segments that name a listing when they end the path or are followed by one name ("/topics/climate", "/page/2"). */
const LISTING_NEAR_END = new RegExp(`^(${alternation([...listingNearEnd, ...profileNearEnd])})$`, 'i');
/** Segments before a person's name or number: a profile ("/users/reader12345"), whatever the number's length. */
const PROFILE_NEAR_END = new RegExp(`^(${alternation(profileNearEnd)})$`, 'i');

/** Hosts of share, social and ad services: never a related story. */
const NON_ARTICLE_HOST = new RegExp(`(^|\\.)(${alternation(nonArticleHosts)})$`, 'i');

/** Query keys that mark share / redirect / ad-click URLs. */
const SHARE_QUERY = /^(share|sharer|u|url|shareurl|text|adurl|clickurl|redirect)$/i;
/** What a shared URL in a query value starts with (or holds, encoded). */
const SHARED_URL_VALUE = /^https?:|%2F/i;
/**
 * A raw query whose values may hold a shared URL (SHARED_URL_VALUE), told before the query is parsed: such a value
 * has "http" as written, or a "%" that decodes to anything.
 */
const MAY_HOLD_SHARED_URL = /http|%/i;

/** Files that are pictures, media or documents, not pages. */
const MEDIA_FILE = new RegExp(`\\.(${alternation(mediaFiles)})$`, 'i');

/** Segments of paid or sponsored content ("/advertorial/…", "/sponsored/…"; regular-expression source). */
const SPONSORED_SEGMENT = alternation(sponsoredSegments);

/** A LISTING_SEGMENT or SPONSORED_SEGMENT anywhere in a "/"-joined path: one test instead of two per segment. */
const LISTING_OR_SPONSORED_SEGMENT = new RegExp(`(^|/)(${LISTING_SEGMENT}|${SPONSORED_SEGMENT})(/|$)`, 'i');

/** Segments that introduce one article ("/story/youtube-union/", "/meldung/…"): a shorter slug suffices. */
const ARTICLE_SEGMENT = new RegExp(`^(${alternation(articleSegments)})$`, 'i');
/** Words a slug needs after such a segment. */
const MIN_SLUG_WORDS_AFTER_ARTICLE_SEGMENT = 2;

/** A slug needs this many words to look like an article title ("putin-in-kyrgystan-for-…"). */
const MIN_SLUG_WORDS = 3;
/** A numeric run this long is an article id (318674.php, 2596987); four digits would match a bare year. */
const MIN_ID_DIGITS = 5;
const ID_RUN = new RegExp(`\\d{${MIN_ID_DIGITS},}`);

/**
 * Whether the URL looks like one individual article rather than a home, section, tag, author or
 * utility page: a dated path, a long numeric id or a slug of several words, and no listing segment.
 */
export function looksLikeArticleUrl(url: string | URL, ownHost: string | null = null): boolean {
  const parsed = toUrl(url);
  return (
    parsed !== null &&
    looksLikeArticleParts(parsed.hostname, parsed.pathname, parsed.search, parsed.searchParams, ownHost)
  );
}

/**
 * A root-relative href that a URL parser keeps exactly as it is written: "/" then letters, digits
 * and the path characters that are never percent-encoded, not "//" (another host) and without
 * "." segments (which resolution removes). Its parsed URL has the base's host, this very path
 * and no query.
 */
const VERBATIM_ROOT_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
const DOT_SEGMENT = /(^|\/)(\.|%2e)/i;

/**
 * The article test of a root-relative href, told without parsing it (pages list thousands of
 * "/users/…" or "/tags/…" links, and parsing is the costly part of the test): null when a URL
 * parser would not keep the href verbatim (see VERBATIM_ROOT_PATH); else whether the URL it
 * resolves to (the base's origin and this very path) looks like an article. `baseHostname`: the
 * host name of the http(s) URL the href resolves against.
 */
export function plainPathVerdict(href: string, baseHostname: string): boolean | null {
  return !VERBATIM_ROOT_PATH.test(href) || DOT_SEGMENT.test(href)
    ? null
    : looksLikeArticleParts(baseHostname, href, '', EMPTY_PARAMS);
}

const EMPTY_PARAMS = new URLSearchParams();

/**
 * A root-relative href that plainPathVerdict tells for no article by its characters alone (see mayHoldArticleName):
 * "/world/europe", "/story/1234", on any host. One scan, and the pattern only where the scan found no article's mark.
 */
export function isPlainPathOfNoArticle(href: string): boolean {
  return !mayHoldArticleName(href) && VERBATIM_ROOT_PATH.test(href);
}

/**
 * An absolute http(s) href whose host and path a URL parser keeps exactly as they are written: a lower-case scheme
 * and host of letters, digits, "-" and "." (its last label starting with a letter, so never an IPv4 address to
 * normalise; no port, no credentials), then a path of VERBATIM_ROOT_PATH's characters. Groups: host, path, query
 * ("?" and what follows; a parser may percent-encode some of its characters and drops a lone "?", which the article
 * test never tells apart: it reads a query only when it holds "http" or "%", see MAY_HOLD_SHARED_URL).
 */
const VERBATIM_ABSOLUTE_URL = new RegExp(
  `^https?://((?:[a-z0-9-]+\\.)*[a-z][a-z0-9-]*)(${VERBATIM_ROOT_PATH.source.slice(1, -1)})?(\\?[^#]*)?(?:#|$)`,
);

/**
 * The article test of an absolute http(s) href, told without parsing it (pages list hundreds of share, social and
 * section links on other hosts): null when a URL parser would not keep it verbatim (VERBATIM_ABSOLUTE_URL), or
 * when its query may hold a shared URL (read from the parsed query); else whether the URL looks like an article,
 * as looksLikeArticleUrl(href, ownHost) says. `href`: trimmed.
 */
export function absoluteUrlVerdict(href: string, ownHost: string | null): boolean | null {
  const parts = VERBATIM_ABSOLUTE_URL.exec(href);
  if (!parts) return null;
  // No path is "/" to a parser: no article either way.
  const [, hostname, pathname = '', search = ''] = parts;
  return DOT_SEGMENT.test(pathname) || MAY_HOLD_SHARED_URL.test(search)
    ? null
    : looksLikeArticleParts(hostname!, pathname, search, EMPTY_PARAMS, ownHost);
}

/**
 * Whether a previous / next link's address (rel="prev|next" on a link of the page) may be the post before or after
 * this one. The markup says it is a post, so the name the article test asks for (a slug of three words, an id, a
 * date) is not asked: "/social-networks", "/?p=2866" (WordPress's plain address). It must be on the page's own site,
 * name a page (a path that is not only numbers, which is an archive, or a query that is no page number), and be no
 * listing, media or utility page.
 */
export function looksLikeSequenceUrl(url: URL, ownHost: string | null): boolean {
  if (!ownHost || !sameSite(url.hostname.toLowerCase(), ownHost.toLowerCase())) return false;
  const joined = nonEmptySegments(decodePath(url.pathname)).join('/');
  if (joined ? ARCHIVE_PATH.test(joined) : !url.search || queryKeys(url.searchParams).some(isPageNumberKey))
    return false;
  return looksLikeArticleParts(url.hostname, url.pathname, url.search, url.searchParams, ownHost, true);
}

/** A path of numbers alone ("2013/11"): a dated archive, no post. */
const ARCHIVE_PATH = /^[\d/]+$/;
/** Query keys of a listing's page number ("?paged=2"). */
const isPageNumberKey = (key: string): boolean => /^(page|paged|pg|start|offset)$/i.test(key);

/**
 * `ownHost`: the page's own host. A share or social service's host is never an article elsewhere,
 * but on a page of that service (an article published on a social network) its links are its pages.
 * The URL's parts are passed one by one (the verdicts without the parser built an object per href).
 * `named`: the markup names the link a post (looksLikeSequenceUrl): the article's name is not asked.
 */
function looksLikeArticleParts(
  hostname: string,
  pathname: string,
  search: string,
  searchParams: URLSearchParams,
  ownHost: string | null = null,
  named = false,
): boolean {
  // Most links of a page are menus ("/world", "/sport/football"): told before any pattern is run.
  if (!named && !mayHoldArticleName(pathname)) return false;
  const path = decodePath(pathname);
  // The non-empty segments joined by "/" (no pattern below matches across a "/"), and the segments.
  const joined =
    path.startsWith('/') && !path.includes('//')
      ? path.slice(1, path.endsWith('/') ? -1 : undefined)
      : nonEmptySegments(path).join('/');
  // What makes an article (an id, a slug of several words, a date, an article segment) is read first: most links
  // that get this far have none, and then no listing, host or share pattern is run.
  if (!named && (!joined || !namesAnArticle(joined))) return false;
  if (isNonArticleHost(hostname) && !(ownHost && sameSite(hostname.toLowerCase(), ownHost.toLowerCase()))) return false;
  if (search && MAY_HOLD_SHARED_URL.test(search)) {
    let isShareLink = false;
    searchParams.forEach((value, key) => {
      if (SHARE_QUERY.test(key) && SHARED_URL_VALUE.test(value)) isShareLink = true;
    });
    if (isShareLink) return false;
  }
  if (MEDIA_FILE.test(pathname) || LISTING_OR_SPONSORED_SEGMENT.test(joined)) return false;
  // The last two segments read in place (no segment is empty).
  const lastSlash = joined.lastIndexOf('/');
  const lastSegment = joined.slice(lastSlash + 1);
  const secondLast = lastSlash < 0 ? '' : joined.slice(joined.lastIndexOf('/', lastSlash - 1) + 1, lastSlash);
  const nearEndIsListing = LISTING_NEAR_END.test(lastSegment) || LISTING_NEAR_END.test(secondLast);
  if (nearEndIsListing && !/\d{4,}/.test(lastSegment) && countSlugWords(lastSegment) < MIN_SLUG_WORDS) return false;
  // A long number after a listing word may be an article's id ("/section/123456"); after a profile word, a person's.
  if (nearEndIsListing && PROFILE_NEAR_END.test(secondLast) && countSlugWords(lastSegment) < MIN_SLUG_WORDS)
    return false;
  // Wiki-style namespaces ("File:…", "Special:BookSources", "Category:…") and "@handle" profiles are not articles.
  if (
    (joined.includes(':') || joined.includes('@')) &&
    joined.split('/').some((segment) => /^[A-Za-z_]+:/.test(segment) || segment.startsWith('@')) &&
    !joined
      .split('/')
      .some((segment) => /^@/.test(segment) === false && /\d{5,}|-.*-.*-/.test(segment) && !/:/.test(segment))
  )
    return false;
  return !(joined.indexOf('/') === lastSlash && INDEX_PAGE.test(lastSegment));
}

/** A dated path, a long numeric id, a slug of several words, or a short slug after an article segment. */
export function namesAnArticle(joined: string): boolean {
  if (ID_RUN.test(joined)) return true;
  // Counting slug words is the costly part: only when the id rule has not decided.
  const segments = joined.split('/');
  let slugWords = 0;
  for (const segment of segments) {
    slugWords = Math.max(slugWords, countSlugWords(segment));
    if (slugWords >= MIN_SLUG_WORDS) return true;
  }
  const hasDate =
    /(^|\/)(19|20)\d\d[/-](0?[1-9]|1[0-2]|[a-z]{3})([/-]|$)/i.test(joined) ||
    /(19|20)\d\d-?(0[1-9]|1[0-2])-?([0-2]\d|3[01])/.test(joined);
  if (hasDate && slugWords >= 1 && segments.length >= 2) return true;
  return (
    segments.length >= 2 &&
    ARTICLE_SEGMENT.test(segments[segments.length - 2]!) &&
    countSlugWords(segments[segments.length - 1]!) >= MIN_SLUG_WORDS_AFTER_ARTICLE_SEGMENT
  );
}

/** A site's or section's index page ("index.html", "default.aspx", "home"): one extension at most. */
const INDEX_PAGE = /^(index|default|home|main)(\.(s?html?|php|aspx?|jsp|cms))?$/i;

/** The last host asked about and its answer: a page's links are mostly on one or two hosts (a pure memo). */
let lastHost: { host: string; nonArticle: boolean } = { host: '', nonArticle: false };

function isNonArticleHost(host: string): boolean {
  if (host !== lastHost.host) lastHost = { host, nonArticle: NON_ARTICLE_HOST.test(host) };
  return lastHost.nonArticle;
}

/**
 * Whether a path can pass the article test at all. A slug of several words and an article segment's slug need a
 * slug separator ("%" may decode to one); without one, every segment is one word at most, and only an id (a run of
 * MIN_ID_DIGITS digits) or a date (a year of four digits, then "/" where no "-" is) can name an article. A path with
 * none of these ("/world/europe", "/story/1234") never does.
 */
export function mayHoldArticleName(pathname: string): boolean {
  let digits = 0;
  for (let i = 0; i < pathname.length; i++) {
    const code = pathname.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (++digits >= MIN_ID_DIGITS) return true;
      continue;
    }
    // Letters and "/" first (most of a path): no separator test for them.
    if (code === SLASH) {
      if (digits === YEAR_DIGITS) return true;
    } else if (!isAsciiLetter(code) && (code === 37 || isSlugSeparator(code))) return true;
    digits = 0;
  }
  return false;
}

/** The digits of a year in a dated path ("/2024/05/…"). */
const YEAR_DIGITS = 4;
const SLASH = 0x2f;

function nonEmptySegments(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/**
 * Words of a slug, conjunctions and single letters left out: "science-and-health" and "Mac-OS-X"
 * are names of two words, not headlines.
 */
function countSlugWords(segment: string): number {
  let count = 0;
  let start = 0;
  for (let i = 0; i <= segment.length; i++) {
    if (i < segment.length && !isSlugSeparator(segment.charCodeAt(i))) continue;
    if (i - start > 1 && isSlugWord(segment, start, i)) count++;
    start = i + 1;
  }
  return count;
}

/** Whether segment[start, end) is a word: it has a letter and is no conjunction (those are two or three letters). */
function isSlugWord(segment: string, start: number, end: number): boolean {
  // The code test only for a word that opens with a capital (few do): the common case stays a scan in place.
  const first = segment.charCodeAt(start);
  if (first >= 65 && first <= 90 && CAPITALS.test(segment.slice(start, end)) && CAPITALISED.test(segment)) return false;
  if (end - start > 3 && hasAsciiLetter(segment, start, end)) return true;
  const word = segment.slice(start, end);
  return HAS_LETTER.test(word) && (word.length > 3 || !SLUG_CONJUNCTION.test(word));
}

function hasAsciiLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAsciiLetter(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A word of capitals only ("DE", "THW", "NRW") beside a capitalised word ("BY_Landesverband"): a code or an
 * abbreviation in a page's name, no headline's word. In a slug written all in capitals each is a word.
 */
const CAPITALS = /^[A-Z]+$/;
const CAPITALISED = /[A-Z][a-z]/;
const SLUG_CONJUNCTION = /^(and|und|et|och|og|и)$/i;

/** The characters that separate slug words: - _ + . , ~ and whitespace (JavaScript's \s). */
function isSlugSeparator(code: number): boolean {
  return code === 45 || code === 95 || code === 43 || code === 46 || code === 44 || code === 126 || isSpaceCode(code);
}

function decodePath(pathname: string): string {
  if (!pathname.includes('%')) return pathname;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
