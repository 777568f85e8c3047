/**
 * Which links of the page lead to another individual article, and under which key (one key per
 * article whatever the URL's spelling). Each distinct href is parsed once; plain "/path" links are
 * told without the URL parser (pages list thousands of menu and tag links).
 */
import { resolveUrl } from '../../dom';
import { NON_ASCII } from '../../text';
import { httpHost, sameSite } from '../../read/site';
import { memoized } from '../../read/memo';
import { resolveHttpUrl } from '../../read/url';
import {
  absoluteUrlVerdict,
  isPlainPathOfNoArticle,
  looksLikeArticleUrl,
  looksLikeSequenceUrl,
  plainPathVerdict,
  urlKey,
} from './url';

export interface ArticleTarget {
  url: string;
  key: string;
}

/**
 * `sequence`: the link says it is the previous / next post (rel="prev|next"): asked only where the plain answer was
 * null, its address is judged by looksLikeSequenceUrl (not remembered).
 */
export type TargetOf = (href: string, sequence?: boolean) => ArticleTarget | null;

/**
 * `baseUrl`: what relative links resolve against; `pageUrl`: the page itself, never its own related story.
 * `shownBase`: what the stories' URLs resolve against when not `baseUrl` (their keys, which judge them, do not).
 */
export function createTargetReader(
  baseUrl: string | null,
  pageUrl: string | null,
  shownBase?: string | null,
): TargetOf {
  const pageKey = pageUrl ? urlKey(pageUrl) : baseUrl ? urlKey(baseUrl) : null;
  const pagePathKey = pageKey ? pageKey.split('?')[0]! : null;
  const pageNumberless = pagePathKey?.replace(PAGE_NUMBER, '') ?? null;
  // The start of the keys of the page's sub-pages (written once, not per href).
  const subPagePrefix = pagePathKey !== null ? `${pagePathKey}/` : null;
  const pageIsArticle = pageUrl !== null && looksLikeArticleUrl(pageUrl, httpUrlOf(pageUrl)?.hostname ?? null);
  const base = httpUrlOf(baseUrl);
  // The plain-path shortcut judges a path on the base's host as any host (a social network's own pages go to the
  // parser).
  const baseHostname = base && !looksLikeArticleUrl(`${base.origin}/a/one-two-three`) ? null : (base?.hostname ?? null);
  const ownHost = base?.hostname ?? null;
  const baseOrigin = base?.origin ?? null;
  // A plain "/path" resolves to the base's origin and this very path (not when the base carries credentials).
  const plainPathKeyPrefix = base && !base.username && !base.password ? urlKey(base.origin) : null;
  // Absolute hrefs on the base's origin are read as their path (the prefix written once, not per href).
  const baseOriginSlash = baseOrigin !== null ? `${baseOrigin}/` : null;
  // A shown base only where it is a web address other than the base (a copy served from this machine).
  const shown = shownBase && shownBase !== baseUrl ? httpUrlOf(shownBase) : null;
  // The page's own address with its numbers as "0": a link of that shape on its host is a sibling article.
  const pageShape = pageIsArticle ? null : articleShape(httpUrlOf(pageUrl)?.pathname);
  const known = memoized(read);
  // A plain path of no article (menus, numbered links: "/story/1234") is null on any page that has no pageShape: told
  // before the memo, which then holds only the hrefs that are read.
  return (href, sequence) =>
    sequence
      ? read(href, true)
      : baseHostname !== null && pageShape === null && isPlainPathOfNoArticle(href)
        ? null
        : known(href);

  function read(href: string, sequence = false): ArticleTarget | null {
    const trimmed = href.trim();
    const path =
      baseOriginSlash !== null && trimmed.startsWith(baseOriginSlash)
        ? trimmed.slice(baseOriginSlash.length - 1)
        : trimmed;
    // A link whose path is letters and "/" only ("/world/europe", "https://other.example/sport") never names an
    // article: told without the URL parser or any pattern (a parser keeps such a path as written).
    if (LETTERS_ONLY_PATH.test(path) && !sequence) return null;
    const plainPath = baseHostname !== null && !sequence ? plainPathVerdict(path, baseHostname) : null;
    // An absolute href on another host (share, social, section links): judged without the URL parser too.
    let article = sequence ? null : (plainPath ?? absoluteUrlVerdict(trimmed, ownHost));
    if (article === false) {
      // A path on the page's origin of the page's own shape is a sibling article (asked only where the test failed).
      if (pageShape === null || !path.startsWith('/') || path.replace(DIGITS, '0') !== pageShape) return null;
      article = true;
    }
    let url: string;
    let key: string;
    if (plainPath && plainPathKeyPrefix !== null) {
      url = `${shown && path === trimmed ? shown.origin : baseOrigin}${path}`;
      key = `${plainPathKeyPrefix}${path.endsWith('/') ? path.slice(0, -1) : path}`;
    } else {
      const parsed = resolveHttpUrl(href, baseUrl);
      if (!parsed || (!article && !(sequence ? looksLikeSequenceUrl : looksLikeArticleUrl)(parsed, ownHost)))
        return null;
      url = (shown && resolveHttpUrl(href, shown.href)?.href) || parsed.href;
      key = urlKey(parsed);
    }
    const queryAt = key.indexOf('?');
    const pathKey = queryAt < 0 ? key : key.slice(0, queryAt);
    // The page itself, another page of it ("…/slug/2/", "?page=2", "…/slug-33.html" of "…/slug-34.html") or one
    // of its sub-pages ("…/slug/amp/"). A post named by its query alone ("/?p=2866") is another post unless the same.
    const namedByQuery = sequence && queryAt >= 0 && ROOT_KEY.test(pathKey);
    const isSelf =
      pagePathKey !== null &&
      (namedByQuery
        ? key === pageKey
        : pathKey === pagePathKey ||
          (pageNumberless !== null &&
            pathKey.startsWith(pageNumberless) &&
            pathKey.replace(PAGE_NUMBER, '') === pageNumberless) ||
          (pathKey.startsWith(subPagePrefix!) &&
            (pageIsArticle || /^\/?\d{1,3}$/.test(pathKey.slice(pagePathKey.length)))));
    return isSelf ? null : { url, key };
  }
}

const DIGITS = /\d+/g;
/** A key of a site's root ("//example.org", "//example.org/"). */
const ROOT_KEY = /^\/\/[^/]*\/?$/;
/** A last segment of a word and a number ("index-2726.html", "story_315.htm"): a numbered article of a series. */
export const NUMBERED_NAME = /\p{L}[^/]*\d|\d[^/]*\p{L}/u;
/** NUMBERED_NAME for a segment in ASCII, without a Unicode class to compile (text.ts NON_ASCII). */
export const ASCII_NUMBERED_NAME = /[A-Za-z][^/]*\d|\d[^/]*[A-Za-z]/;

/**
 * The shape of the page's own address whose number the article test does not take (fewer than five digits: "…/blog/
 * decision-info/index-2726.html"), its numbers written "0": a link on the page's origin of that very shape is
 * another numbered article of the same series ("…/index-172.html" under "関連記事"). Null when the page's address is
 * not named by a word and a number in its last segment.
 */
function articleShape(pathname: string | undefined): string | null {
  const last = pathname?.slice(pathname.lastIndexOf('/') + 1) ?? '';
  return (NON_ASCII.test(last) ? NUMBERED_NAME : ASCII_NUMBERED_NAME).test(last)
    ? pathname!.replace(DIGITS, '0')
    : null;
}

/**
 * Whether an article URL is on the page's own site (null when unknown). Site identity from the reading
 * layer: bbc.com and bbc.co.uk, www. and m. are one site. Answered once per host.
 */
export function createSiteReader(pageUrl: string | null): (url: string) => boolean | null {
  const pageHost = httpHost(pageUrl);
  const answers = new Map<string, boolean>();
  return (url) => {
    // Article URLs and keys (urlKey's "//host/path") are written by the parser: the host is read without parsing again.
    const host = pageHost ? HOST_OF_URL.exec(url)?.[1] : undefined;
    if (!host) return null;
    let same = answers.get(host);
    if (same === undefined) {
      same = sameSite(host.toLowerCase(), pageHost!);
      answers.set(host, same);
    }
    return same;
  };
}

/**
 * An absolute http(s) or root-relative href whose path holds only ASCII letters and "/": no digit, "%" nor slug
 * separator, so the article test (url.ts, mayHoldArticleName) fails whatever its host and query.
 */
const LETTERS_ONLY_PATH = /^(https?:\/\/[^/?#\\]*(\/[A-Za-z/]*)?|\/(?!\/)[A-Za-z/]*)([?#]|$)/i;

/**
 * A page number at a path's end, after a dash or "_" (before an extension): a forum thread's pages
 * ("…/123-title-34.html", "-33.html"). One to three digits: an article's id is longer.
 */
const PAGE_NUMBER = /[-_]\d{1,3}(\.\w+)?$/;

/** The host of an absolute http(s) URL as the URL parser writes it. */
const HOST_OF_URL = /^(?:https?:)?\/\/(?:[^@/]*@)?([^/:?#]+)/;

function httpUrlOf(url: string | null): URL | null {
  const parsed = url ? resolveUrl(url, null) : null;
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : null;
}

/** Up to this many targets, a key is compared with each (most groups hold a link or two): no set of paths is made. */
const MAX_PAIRWISE_TARGETS = 8;
const SLASH = 0x2f;

/**
 * Whether a key is one of the paths above the targets' keys ("//host/noticias/acceso-miami" above
 * "…/acceso-miami/article1.html"): a link to one of them leads to the section of another link of its box (a teaser's
 * kicker), not to a story. A path above a key is its part before one of its "/" after the second character.
 */
export function pathsAbove(targets: readonly ArticleTarget[]): (key: string) => boolean {
  if (targets.length <= MAX_PAIRWISE_TARGETS)
    return (key) =>
      key.length > 1 &&
      targets.some(({ key: below }) => below.charCodeAt(key.length) === SLASH && below.startsWith(key));
  const paths = new Set<string>();
  for (const { key } of targets)
    for (let at = key.lastIndexOf('/'); at > 1; at = key.lastIndexOf('/', at - 1)) paths.add(key.slice(0, at));
  return (key) => paths.has(key);
}
