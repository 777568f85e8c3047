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
import { isSeeAllLinkText } from './related/labels';
import { isPromoLine, lineBlockOf } from './related/promo';
import { boundedText, collapseWhitespace, countWords, linkTextShare, textBefore } from './related/text';
import { MIN_TITLE_CHARS, isPrevNextText, titleFromTeaser, titleFromUrl, titleOfLink } from './related/title';
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
/** Text before a link in its line: up to this many characters, a kicker or a date; more, a sentence. */
const MIN_TEXT_BEFORE_LINK = 20;
/** … unless the link itself is at least this share of the paragraph (a teaser line with a short dek). */
const MIN_LINK_SHARE_OF_LINE = 0.4;
/** A block of related stories is mostly headlines: at least this share of its text is link text. */
const MIN_BLOCK_LINK_DENSITY = 0.2;
/** The link density is read over this much of the block's text. */
const LINK_DENSITY_SAMPLE_CHARS = 3000;
/** Below this much text a block cannot be a stretch of article prose (image grids, one teaser with a dek). */
const MIN_PROSE_CHARS = 400;
/** A heading inside a link needs this many words to be taken as the headline rather than a kicker. */
const MIN_HEADING_TITLE_WORDS = 3;
/** How many levels above a text-less link (an image) the teaser's headline is looked for. */
const MAX_TEASER_LEVELS = 3;

/** Two letters in a row: any headline in any script has them. */
const HAS_WORD = /\p{L}\p{L}/u;

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
  const classifier = createZoneClassifier(roots, baseUrl);
  const blockIsLinkList = new Map<Element, boolean>();
  const collected = new Map<string, Collected>();

  // Pages repeat hrefs (image + headline links, menus): each distinct href is parsed once.
  const hrefs = new Map<string, { url: string; key: string } | null>();
  const articleTarget = (href: string): { url: string; key: string } | null => {
    let target = hrefs.get(href);
    if (target === undefined) {
      const url = resolveArticleHref(href, baseUrl);
      const key = url ? urlKey(url) : '';
      const isSelf = pageKey !== null && (key === pageKey || key.split('?')[0] === pagePathKey);
      target = url && !isSelf && looksLikeArticleUrl(url) ? { url, key } : null;
      hrefs.set(href, target);
    }
    return target;
  };

  for (const anchor of doc.querySelectorAll('a[href]')) {
    const target = articleTarget(anchor.getAttribute('href') ?? '');
    if (!target) continue;
    const { url, key } = target;

    const zone = classifier.classify(anchor);
    if (zone.kind === 'excluded') continue;
    let block: Element | null = null;
    if (zone.kind === 'related') {
      let isLinkList = blockIsLinkList.get(zone.block);
      if (isLinkList === undefined) {
        // A "related" wrapper around the article itself is page layout, and a block of prose under a
        // "Read more" label is the rest of the article (a "read more" expander), not a list of stories.
        const share = linkTextShare(zone.block, LINK_DENSITY_SAMPLE_CHARS);
        isLinkList =
          !roots.some((root) => root !== zone.block && zone.block.contains(root)) &&
          (share.text < MIN_PROSE_CHARS || share.linked >= share.text * MIN_BLOCK_LINK_DENSITY);
        blockIsLinkList.set(zone.block, isLinkList);
      }
      if (isLinkList && !isInRunningText(anchor)) block = zone.block;
    }
    if (!block && !isPromoLine(anchor)) continue;

    const linkText = collapseWhitespace(anchor.textContent);
    // The block's "More in Milan" / "View all" link leads to a section page, whatever its URL looks like.
    if (isSeeAllLinkText(linkText)) continue;
    const candidate = titleOfLink(anchor);
    // A link with a few words of its own that are no headline ("Latest", "Popular") is a tab, not a story.
    if (!candidate.text && linkText && !isPrevNextText(linkText)) continue;
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
    // A "headline" without a word in it is a number, an ISBN or a date: not a story link.
    if (!HAS_WORD.test(title)) continue;
    stories.push({ title, url: entry.url });
  }
  return withoutRepeatedTitles(stories);
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

/** A heading of a few words beats plain link text (which may hold a summary too); otherwise the longer text wins. */
function isBetterTitle(text: string, fromHeading: boolean, current: string, currentFromHeading: boolean): boolean {
  if (!text) return false;
  if (!current) return true;
  // The same headline with a summary run on after it: the bare headline is the title.
  if (text.startsWith(current) && countWords(current) >= MIN_HEADING_TITLE_WORDS) return false;
  if (current.startsWith(text) && countWords(text) >= MIN_HEADING_TITLE_WORDS) return true;
  if (fromHeading !== currentFromHeading) {
    const heading = fromHeading ? text : current;
    // A one- or two-word "heading" inside a link is a kicker ("News Cloud"), not the headline.
    const headingWins = countWords(heading) >= MIN_HEADING_TITLE_WORDS;
    return fromHeading ? headingWins : !headingWins;
  }
  return text.length > current.length;
}

/** A link in the middle of a paragraph: its paragraph (or text block) says much more than the link does. */
function isInRunningText(anchor: Element): boolean {
  const line = lineBlockOf(anchor);
  if (!line) return false;
  // A teaser's line starts with its headline (after a kicker or a date at most); a summary may follow.
  if (textBefore(line, anchor, MIN_TEXT_BEFORE_LINK).length < MIN_TEXT_BEFORE_LINK) return false;
  const linkText = collapseWhitespace(anchor.textContent);
  // Reading the line a little past the point where it would count as running text is enough.
  const lineText = boundedText(line, Math.max(linkText.length + MAX_TEXT_AROUND_LINK, linkText.length / MIN_LINK_SHARE_OF_LINE) + 1);
  const around = lineText.length - linkText.length;
  return around > MAX_TEXT_AROUND_LINK && linkText.length < lineText.length * MIN_LINK_SHARE_OF_LINE;
}
