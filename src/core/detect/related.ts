/**
 * Related stories: links to other articles that the page offers as related / read next / you may
 * also like / more from … / previous–next post, and standalone "Related: …" promo lines in the
 * article. Site navigation, tag / category / author pages, share and comment links, ads and
 * sponsored widgets, links inside running text, hidden elements and the page itself are left out.
 *
 * Pure: reads the document through the standard DOM API and never changes it.
 */
import type { RelatedStory } from '../types';
import { createZoneClassifier } from './related/blocks';
import { isPromoLine, lineBlockOf } from './related/promo';
import { collapseWhitespace } from './related/text';
import { MIN_TITLE_CHARS, titleFromTeaser, titleFromUrl, titleOfLink } from './related/title';
import { looksLikeArticleUrl, resolveArticleHref, urlKey } from './related/url';

export interface RelatedContext {
  /** Base for relative links: <base href> resolved against the page URL, or the page URL. */
  baseUrl: string | null;
  /** The page's own URL (canonical when known), so the page never lists itself. */
  pageUrl: string | null;
  /** The element(s) holding the article body, when found: links in its running text are not related stories. */
  articleRoots: Element[];
}

/** Text around a link in its paragraph beyond this many characters makes it a link in running text. */
const MAX_TEXT_AROUND_LINK = 120;
/** … unless the link itself is at least this share of the paragraph (a teaser line with a short dek). */
const MIN_LINK_SHARE_OF_LINE = 0.4;
/** How many levels above a text-less link (an image) the teaser's headline is looked for. */
const MAX_TEASER_LEVELS = 3;

interface Collected {
  url: string;
  title: string;
  titleFromHeading: boolean;
  anchors: Element[];
  block: Element | null;
}

export function findRelatedStories(doc: Document, context: RelatedContext): RelatedStory[] {
  const baseUrl = context.baseUrl ?? context.pageUrl ?? null;
  const pageKey = context.pageUrl ? urlKey(context.pageUrl) : baseUrl ? urlKey(baseUrl) : null;
  const pagePathKey = pageKey ? pageKey.split('?')[0] : null;
  const roots = context.articleRoots.filter(Boolean);
  const classifier = createZoneClassifier(roots);
  const blockHoldsArticle = new Map<Element, boolean>();
  const collected = new Map<string, Collected>();

  for (const anchor of doc.querySelectorAll('a[href]')) {
    const url = resolveArticleHref(anchor.getAttribute('href'), baseUrl);
    if (!url) continue;
    const key = urlKey(url);
    if (pageKey && (key === pageKey || key.split('?')[0] === pagePathKey)) continue;
    if (!looksLikeArticleUrl(url)) continue;

    const zone = classifier.classify(anchor);
    if (zone.kind === 'excluded') continue;
    let block: Element | null = null;
    if (zone.kind === 'related') {
      let holds = blockHoldsArticle.get(zone.block);
      if (holds === undefined) {
        holds = roots.some((root) => root !== zone.block && zone.block.contains(root));
        blockHoldsArticle.set(zone.block, holds);
      }
      // A "related" wrapper around the article itself is page layout, not a block of related links.
      if (!holds && !isInRunningText(anchor)) block = zone.block;
    }
    if (!block && !isPromoLine(anchor)) continue;

    const candidate = titleOfLink(anchor);
    const entry = collected.get(key);
    if (!entry) {
      collected.set(key, { url, title: candidate.text, titleFromHeading: candidate.fromHeading, anchors: [anchor], block });
    } else {
      entry.anchors.push(anchor);
      if (isBetterTitle(candidate.text, candidate.fromHeading, entry.title, entry.titleFromHeading)) {
        entry.title = candidate.text;
        entry.titleFromHeading = candidate.fromHeading;
      }
    }
  }

  const stories: RelatedStory[] = [];
  for (const entry of collected.values()) {
    let title = entry.title;
    for (const anchor of entry.anchors) {
      if (title.length >= MIN_TITLE_CHARS) break;
      title = titleFromTeaser(anchor, entry.block, MAX_TEASER_LEVELS);
    }
    if (title.length < MIN_TITLE_CHARS) title = titleFromUrl(entry.url);
    if (!title) continue;
    stories.push({ title, url: entry.url });
  }
  return stories;
}

/** A heading beats plain link text; otherwise the longer text wins (a kicker link loses to the headline link). */
function isBetterTitle(text: string, fromHeading: boolean, current: string, currentFromHeading: boolean): boolean {
  if (!text) return false;
  if (!current) return true;
  if (fromHeading !== currentFromHeading) return fromHeading && text.length >= current.length / 2;
  return text.length > current.length;
}

/** A link in the middle of a paragraph: its paragraph says much more than the link does. */
function isInRunningText(anchor: Element): boolean {
  const line = lineBlockOf(anchor);
  if (!line || line.tagName !== 'P') return false;
  const lineText = collapseWhitespace(line.textContent);
  const linkText = collapseWhitespace(anchor.textContent);
  const around = lineText.length - linkText.length;
  return around > MAX_TEXT_AROUND_LINK && linkText.length < lineText.length * MIN_LINK_SHARE_OF_LINE;
}
