/**
 * Paragraphs of the article that are promotion links rather than text: "READ MORE: <headline>",
 * lists of teaser headlines to the site's other stories, "Skip to content". Readability keeps
 * them, but they are not part of the article's body text; neither is the short label that heads
 * such a list ("Don't miss", "You may also like", "Trending"). A list under such a label gives no
 * bullets either (outline-furniture.ts); one under no label stays in the outline.
 *
 * Links to other sites are left alone: shopping links, sources and handles are part of the text.
 */

import { attr, headElements, tagOf } from '../dom';
import {
  documentUrl,
  localName,
  nextElementSibling,
  ownerDocument,
  previousElementSibling,
  querySelector,
} from '../read/dom';
import { httpHost, sameSite } from '../read/site';
import { memoized } from '../read/memo';
import { isCellBesideDatum } from './data-table';
import { linkTextShare } from './related/text';

export { httpHost } from '../read/site';

/** A paragraph with at least this share of its characters inside links is a link, not text ... */
export const LINK_PARAGRAPH_MIN_DENSITY = 0.5;
/** ... when what is not link text is at most a label like "READ MORE:" (characters). */
export const LINK_PARAGRAPH_MAX_LABEL_CHARS = 20;
/** A paragraph this short (characters) without sentence punctuation can be the label of a list of links. */
export const LINK_LABEL_MAX_CHARS = 40;
/** Sentence punctuation at the end marks a sentence rather than a label. */
export const SENTENCE_STOP = /[.!?…。！？]["'”’)]*$/;
/** An href with a scheme or a network path: it may point to another site. */
const ABSOLUTE_HREF = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

export interface LinkCounts {
  chars: number;
  linkChars: number;
  /** Some of the link text points to another site (not asked: the body reader asks it after, only of a promotion). */
  external?: boolean;
}

/**
 * `line`: the paragraph's element, when known (a linked point of the writer's list is text: isPointOfPlainList).
 * `shareOf`: how its sibling items are read (rememberedItemShare for a caller that judges every line of a list).
 */
export function isPromoLinkParagraph(counts: LinkCounts, line?: Element | null, shareOf = itemShare): boolean {
  if (counts.chars === 0 || counts.external) return false;
  // The list's siblings are read last, for a line that is mostly link (a long list of lines read each one's siblings).
  return (
    counts.linkChars >= counts.chars * LINK_PARAGRAPH_MIN_DENSITY &&
    counts.chars - counts.linkChars <= LINK_PARAGRAPH_MAX_LABEL_CHARS &&
    !(line && (isPointOfPlainList(line, shareOf) || isCellBesideDatum(line)))
  );
}

export const SCRIPT_HREF = /^\s*javascript:/i;
/** Text items beside a linked one that make a list the writer's points, not teasers ... */
const MIN_PLAIN_LIST_ITEMS = 2;
/** ... an item being text when less than this share of it is link text ("Die Stege an der Dove Elbe", "<a>Blob</a>
 * (and friends)"); a teaser's headline is all or most of its item. */
const PLAIN_ITEM_MAX_LINK_SHARE = 0.5;
/** Sibling items read on each side, and characters read of each: a long list is judged by the line's neighbours. */
const PLAIN_LIST_MAX_SIBLINGS = 8;
const PLAIN_ITEM_MAX_CHARS = 200;

/** How much of a list item's text is link text (its first PLAIN_ITEM_MAX_CHARS characters). */
export type ItemShare = (item: Element) => { text: number; linked: number };
const itemShare: ItemShare = (item) => linkTextShare(item, PLAIN_ITEM_MAX_CHARS);
/**
 * An ItemShare that reads each item once, for one analysis: a caller that judges every line of a long list reads
 * each item as a sibling of up to 2 × PLAIN_LIST_MAX_SIBLINGS lines.
 */
export const rememberedItemShare = (): ItemShare => memoized(itemShare);

/**
 * A list item that is one of the writer's points, however much of it is a link: most of its sibling items are text,
 * not links ("Is this a planned purchase?", "<a>Where am I going to put it</a>?", "Have I included this in my
 * budget?"; "Die Stege an der Dove Elbe", "<a>Smucke Steed</a> und die <a>Ostsee-Lodges</a> in Glücksburg").
 */
export function isPointOfPlainList(line: Element, shareOf = itemShare): boolean {
  if (localName(line) !== 'li') return false;
  let [plain, linked] = [0, 0];
  for (const step of [previousElementSibling, nextElementSibling]) {
    let item = step(line);
    for (let read = 0; item && read < PLAIN_LIST_MAX_SIBLINGS; item = step(item), read++) {
      const share = shareOf(item);
      if (!share.text) continue;
      if (share.linked < share.text * PLAIN_ITEM_MAX_LINK_SHARE) plain++;
      else linked++;
    }
  }
  if (plain < MIN_PLAIN_LIST_ITEMS || plain <= linked) return false;
  // A "javascript:" link is a button (print, share), no point of the text. (Asked last: a selector query per line.)
  const link = querySelector(line, 'a[href]');
  return !!link && !SCRIPT_HREF.test(attr(link, 'href') ?? '');
}

/**
 * A line all of whose text (`total` characters) is in links (`link` of them, `hrefs` theirs) to the
 * site's own pages: their sites are asked (`anyExternal`, a URL parsed per link) only when all of it
 * is link text.
 */
export function isOwnLinkLine(
  line: { total: number; link: number; hrefs: readonly string[] },
  anyExternal: (hrefs: readonly string[]) => boolean,
): boolean {
  return line.link === line.total && !anyExternal(line.hrefs);
}

/** A short line that can head a list of links ("Don't miss", "More stories"). */
export function isLinkListLabel(text: string): boolean {
  return text.length <= LINK_LABEL_MAX_CHARS && !SENTENCE_STOP.test(text);
}

/** The page's own host (without "www."), from its canonical URL, og:url or address; null when unknown. */
export function siteHostOf(doc: Document | null): string | null {
  if (!doc) return null;
  // The <head>'s children first: a whole-document query costs more than the rest of the reading.
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  for (const element of headElements(doc)) {
    const tag = tagOf(element);
    if (tag === 'link' && !canonical && /(^|\s)canonical(\s|$)/i.test(attr(element, 'rel') ?? ''))
      canonical = attr(element, 'href');
    else if (tag === 'meta' && !ogUrl && attr(element, 'property') === 'og:url') ogUrl = attr(element, 'content');
  }
  if (!canonical && !ogUrl) {
    // Some pages close their <head> early, and the parser moves the rest into the <body>.
    canonical = attrOfFirst(doc, 'link[rel~="canonical"][href]', 'href');
    ogUrl = attrOfFirst(doc, 'meta[property="og:url"][content]', 'content');
  }
  for (const candidate of [canonical, ogUrl, documentUrl(doc)]) {
    const host = httpHost(candidate);
    if (host) return host;
  }
  return null;
}

/**
 * True when the href leads to another site than `siteHost` (an absolute link with an unknown site
 * does). Sites as read/site.ts tells them: subdomains of one domain, and one brand under several
 * public suffixes, are one site.
 */
export function isExternalHref(href: string, siteHost: string | null): boolean {
  const trimmed = href.trim();
  if (!ABSOLUTE_HREF.test(trimmed)) return false;
  const host = httpHost(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed);
  // javascript:, mailto: and tel: links are page furniture of this site; other schemes lead elsewhere.
  if (!host) return !/^(javascript|mailto|tel):/i.test(trimmed);
  if (!siteHost) return true;
  return !sameSite(host, siteHost);
}

/**
 * Whether some of the hrefs lead to another site than the page's (`siteHost`, or when not given the one its
 * document names, read on the first need).
 */
export function externalHrefTest(part: Node, siteHost?: string | null): (hrefs: readonly string[]) => boolean {
  return (hrefs) =>
    hrefs.some((href) => {
      if (siteHost === undefined) siteHost = siteHostOf(ownerDocument(part));
      return isExternalHref(href, siteHost);
    });
}

/** An attribute of the first element matching the selector, or null. */
function attrOfFirst(doc: Document, selector: string, name: string): string | null {
  const element = querySelector(doc, selector);
  return element ? attr(element, name) : null;
}
