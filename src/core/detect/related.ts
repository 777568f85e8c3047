/**
 * Related stories: links to other articles that the page offers as related / read next / you may
 * also like / more from … / previous–next post, and standalone "Related: …" promo lines in the
 * article. Site navigation, tag / category / author pages, share and comment links, ads and
 * sponsored widgets, links inside running text, hidden elements and the page itself are left out.
 *
 * Pure: reads the document through the standard DOM API and never changes it.
 */
import { attr, resolveUrl } from '../dom';
import type { RelatedStory } from '../types';
import { httpHost } from './body-links';
import { createZoneClassifier } from './related/blocks';
import { isSeeAllLinkText } from './related/labels';
import { isLinkListBlock } from './related/link-list';
import { createPromoRules } from './related/promo';
import { isInRunningText } from './related/running-text';
import { collapseWhitespace, rememberingBoundedText } from './related/text';
import { MIN_TITLE_CHARS, isBetterTitle, isPrevNextText, titleFromTeaser, titleFromUrl, titleOfLink, type TitleCandidate } from './related/title';
import { looksLikeArticleUrl, parseArticleHref, plainPathVerdict, urlKey } from './related/url';

export interface RelatedContext {
  /** Base for relative links: <base href> resolved against the page URL, or the page URL. */
  baseUrl: string | null;
  /** The page's own URL (canonical when known), so the page never lists itself. */
  pageUrl: string | null;
  /** The element(s) holding the article body, when found: links in its running text are not related stories. */
  articleRoots: Element[];
  /** The page's <a href> elements in document order, when the caller has them (the analysis's page scan); else they are queried. */
  links?: readonly Element[];
}

/** How many levels above a text-less link (an image) the teaser's headline is looked for. */
const MAX_TEASER_LEVELS = 3;

/** Two letters in a row: any headline in any script has them. */
const HAS_WORD = /\p{L}\p{L}/u;

interface Collected {
  url: string;
  title: TitleCandidate;
  anchors: Element[];
  block: Element | null;
}

export function findRelatedStories(doc: Document, context: RelatedContext): RelatedStory[] {
  const baseUrl = context.baseUrl ?? context.pageUrl ?? null;
  const pageKey = context.pageUrl ? urlKey(context.pageUrl) : baseUrl ? urlKey(baseUrl) : null;
  const pagePathKey = pageKey ? pageKey.split('?')[0]! : null;
  const pageIsArticle = context.pageUrl !== null && looksLikeArticleUrl(context.pageUrl);
  const roots = context.articleRoots.filter(Boolean);
  const pageHost = httpHost(context.pageUrl ?? baseUrl);
  // One text reader for the block and promo rules: they read many of the same blocks.
  const readText = rememberingBoundedText();
  const classifier = createZoneClassifier(roots, baseUrl, readText);
  const blockIsLinkList = new Map<Element, boolean>();
  const collected = new Map<string, Collected>();

  const base = httpUrlOf(baseUrl);
  const baseHostname = base?.hostname ?? null;
  const baseOrigin = base?.origin ?? null;
  // A plain "/path" resolves to the base's origin and this very path: its URL and key are written
  // down without the parser (not when the base carries credentials, which the URL keeps).
  const plainPathKeyPrefix = base && !base.username && !base.password ? urlKey(base.origin) : null;
  const promo = createPromoRules(pageHost, readText);
  // Pages repeat hrefs (image + headline links, menus): each distinct href is parsed once.
  const hrefs = new Map<string, { url: string; key: string } | null>();
  const articleTarget = (href: string): { url: string; key: string } | null => {
    let target = hrefs.get(href);
    if (target === undefined) {
      // Plain "/path" links (or "<base origin>/path") that are no article are told so without parsing them.
      const trimmed = href.trim();
      const path = baseOrigin !== null && trimmed.startsWith(`${baseOrigin}/`) ? trimmed.slice(baseOrigin.length) : trimmed;
      const plainPath = baseHostname !== null ? plainPathVerdict(path, baseHostname) : 'unknown';
      if (plainPath === 'not-article') {
        hrefs.set(href, null);
        return null;
      }
      let url: string;
      let key: string;
      if (plainPath === 'article' && plainPathKeyPrefix !== null) {
        url = `${baseOrigin}${path}`;
        key = `${plainPathKeyPrefix}${path}`.replace(/\/$/, '');
      } else {
        const parsed = parseArticleHref(href, baseUrl);
        // Most links of a page (menus, sections, tags) are no article: ask that first.
        if (!parsed || (plainPath !== 'article' && !looksLikeArticleUrl(parsed))) {
          hrefs.set(href, null);
          return null;
        }
        url = parsed.href;
        key = urlKey(parsed);
      }
      const pathKey = key.split('?')[0]!;
      // The page itself, also as another page of the article ("…/story-slug/2/", "?page=2") or one of
      // its sub-pages ("…/story-slug/comment-page-2/", "…/amp/") when the page is an article.
      const isSelf =
        pagePathKey !== null &&
        (pathKey === pagePathKey || (pathKey.startsWith(`${pagePathKey}/`) && (pageIsArticle || /^\/?\d{1,3}$/.test(pathKey.slice(pagePathKey.length)))));
      target = isSelf ? null : { url, key };
      hrefs.set(href, target);
    }
    return target;
  };

  for (const anchor of context.links ?? doc.querySelectorAll('a[href]')) {
    const target = articleTarget(attr(anchor, 'href') ?? '');
    if (!target) continue;
    const { url, key } = target;

    const zone = classifier.classify(anchor);
    if (zone.kind === 'excluded') continue;
    let block: Element | null = null;
    if (zone.kind === 'related') {
      let isLinkList = blockIsLinkList.get(zone.block);
      if (isLinkList === undefined) {
        isLinkList = isLinkListBlock(zone.block, roots);
        blockIsLinkList.set(zone.block, isLinkList);
      }
      if (isLinkList && !isInRunningText(anchor)) block = zone.block;
    }
    const linkText = collapseWhitespace(anchor.textContent);
    // Outside related blocks: a standalone promo line ("Related: …") or promo box in the article.
    if (!block && zone.kind === 'none' && !promo.isPromoLine(anchor, linkText)) {
      block = promo.promoBoxOf(anchor);
      if (!block) continue;
    } else if (!block && !promo.isPromoLine(anchor, linkText)) continue;

    // The block's "More in Milan" / "View all" link leads to a section page, whatever its URL looks like.
    if (isSeeAllLinkText(linkText)) continue;
    const candidate = titleOfLink(anchor);
    // A link with a few words of its own that are no headline ("Latest", "Popular") is a tab, not a story.
    if (!candidate.text && HAS_WORD.test(linkText) && !isPrevNextText(linkText)) continue;
    const entry = collected.get(key);
    if (!entry) {
      collected.set(key, { url, title: candidate, anchors: [anchor], block });
    } else {
      entry.anchors.push(anchor);
      if (isBetterTitle(candidate, entry.title)) entry.title = candidate;
    }
  }

  const stories: RelatedStory[] = [];
  for (const entry of collected.values()) {
    let title = entry.title.text;
    for (const anchor of entry.anchors) {
      if (title.length >= MIN_TITLE_CHARS) break;
      title = titleFromTeaser(anchor, entry.block, MAX_TEASER_LEVELS);
    }
    if (title.length < MIN_TITLE_CHARS) title = titleFromUrl(entry.url);
    // A "headline" without a word in it is a number, an ISBN or a date: not a story link.
    if (!HAS_WORD.test(title)) continue;
    stories.push({ title, url: entry.url });
  }
  return withoutRepeatedTitles(stories);
}

/** The URL parsed when it is an http(s) URL, else null. */
function httpUrlOf(url: string | null): URL | null {
  const parsed = url ? resolveUrl(url, null) : null;
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed : null;
}

/**
 * Links that share one headline but lead to different URLs are one story under two addresses, or
 * tabs / filters of one hub page ("… Fallen Order" → ?filter=news, ?filter=guides): the first is kept.
 */
function withoutRepeatedTitles(stories: RelatedStory[]): RelatedStory[] {
  const seen = new Set<string>();
  return stories.filter((story) => {
    const key = story.title.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

