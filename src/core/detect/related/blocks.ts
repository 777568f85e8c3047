/**
 * Which kind of page block a link sits in: a related-stories block (by its class / id / aria-label,
 * by the label just before it, or by rel=prev/next), page furniture (navigation, share, comments,
 * tags, site-wide lists), an ad / sponsored widget, or a hidden element.
 */
import { attr, upperTag } from '../../dom';
import { nextElementWithin } from '../metadata/dom-text';
import { hasFurnitureHint, hasRelatedHint, hasSitewideHint, hasSponsoredHint, isRelatedLabel, isSponsoredLabel } from './labels';
import { attributeHints, boundedText, descendantsWhere, isAnchorElement, isLink, rememberingBoundedText, type BoundedTextReader } from './text';
import { looksLikeArticleUrl, resolveArticleHref } from './url';
import { isHiddenElement } from './visibility';

export type LinkZone =
  | { kind: 'related'; block: Element }
  /** `reason`: the nearest one found (a menu inside an ad widget is told as furniture). */
  | { kind: 'excluded'; reason: 'hidden' | 'sponsored' | 'furniture' }
  | { kind: 'none' };

/** How many previous siblings of a block are read to find its label (a heading may sit after an icon or a rule). */
const MAX_LABEL_SIBLINGS = 3;
/** A label is short; longer sibling text is content, not a heading. */
const MAX_LABEL_TEXT = 80;
/** A link sibling this short ("See all", "More »", an icon) between a label and its list is stepped over. */
const MAX_SKIPPED_LINK_TEXT = 20;
/** Teasers of one list before this one are skipped to reach the list's label; a list is rarely longer. */
const MAX_PEERS_SKIPPED = 30;
/** A peer teaser is short (headline, kicker, date, a line of summary); longer peers are paragraphs of text. */
const MAX_PEER_TEXT = 500;
/** Bare "previous" / "next" classes only count right around the link: higher up they name sliders and pagers. */
const MAX_PREV_NEXT_DEPTH = 2;
/** Ad / sponsored classes veto a link only this close to it: higher up, "ad" classes belong to page layout wrappers. */
const MAX_SPONSORED_DEPTH = 10;
/** A "Sponsored" label before a block vetoes only the widget right around the link, not the page column it sits in. */
const MAX_SPONSORED_LABEL_DEPTH = 5;

/** A "More from <section>" heading names its section in a few words. */
const MAX_SECTION_HEADING_CHARS = 40;
/** … and its link holds most of that text (a "More from" prefix aside). */
const MIN_SECTION_LINK_SHARE = 0.5;

/**
 * 'section-list': a list under a heading that links to a section / column / author page ("Deal
 * Professor", "More from Tech"): a "more from <section>" block unless it sits in navigation.
 */
type Signal = 'related' | 'section-list' | 'sitewide' | 'furniture' | 'sponsored' | 'sponsored-label' | null;

const STOP_TAGS = new Set(['BODY', 'HTML']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface ZoneClassifier {
  classify(anchor: Element): LinkZone;
}

/**
 * One classifier per analysis: it remembers each element's own signal, so shared ancestors are read
 * once. `readText`: the analysis's remembering text reader (see rememberingBoundedText).
 */
export function createZoneClassifier(articleRoots: readonly Element[], baseUrl: string | null = null, readText: BoundedTextReader = rememberingBoundedText()): ZoneClassifier {
  const roots = new Set(articleRoots);
  const signals = new Map<Element, Signal>();
  const labels: LabelMemo = { found: new Map(), readText, links: new Map(), elementsById: null };
  const hidden = new Map<Element, boolean>();

  const signalOf = (element: Element): Signal => {
    let signal = signals.get(element);
    if (signal === undefined) {
      signal = ownSignal(element, baseUrl, labels);
      signals.set(element, signal);
    }
    return signal;
  };

  // Whether the element's signal is 'sponsored': its hints alone say so (the label before it is not read).
  const isSponsoredBlock = (element: Element): boolean => {
    const known = signals.get(element);
    return known !== undefined ? known === 'sponsored' : hasSponsoredHint(attributeHints(element));
  };

  const isHiddenCached = (element: Element): boolean => {
    let value = hidden.get(element);
    if (value === undefined) {
      // Content of <noscript> / <template> is not shown (and is plain text to a browser with scripts on).
      value =
        isHiddenElement(element) ||
        upperTag(element) === 'NOSCRIPT' ||
        upperTag(element) === 'TEMPLATE' ||
        (element.parentElement ? isHiddenCached(element.parentElement) : false);
      hidden.set(element, value);
    }
    return value;
  };

  return {
    classify(anchor: Element): LinkZone {
      if (isHiddenCached(anchor)) return { kind: 'excluded', reason: 'hidden' };
      const rel = (attr(anchor, 'rel') ?? '').toLowerCase();
      if (/\bsponsored\b/.test(rel)) return { kind: 'excluded', reason: 'sponsored' };
      if (/\b(tag|category|author)\b/.test(rel)) return { kind: 'excluded', reason: 'furniture' };
      let decided: LinkZone | null = /\b(prev|next)\b/.test(rel) ? { kind: 'related', block: anchor } : null;
      let sectionList: Element | null = null;
      let depth = 0;
      for (let element: Element | null = anchor; element && !STOP_TAGS.has(upperTag(element)); element = element.parentElement, depth++) {
        // An article container's own classes count only when they say "related": then it was misdetected.
        const isRoot = roots.has(element) && signalOf(element) !== 'related';
        // Once decided, an element beyond the sponsored-label depth can only veto as 'sponsored', which its
        // hints alone tell: its label, the costly part of its signal, is not read.
        const onlySponsoredMatters = decided !== null && depth > MAX_SPONSORED_LABEL_DEPTH;
        const signal = isRoot ? null : onlySponsoredMatters ? (isSponsoredBlock(element) ? 'sponsored' : null) : signalOf(element);
        if (signal === 'sponsored' && depth <= MAX_SPONSORED_DEPTH) return { kind: 'excluded', reason: 'sponsored' };
        if (signal === 'sponsored-label' && depth <= MAX_SPONSORED_LABEL_DEPTH) return { kind: 'excluded', reason: 'sponsored' };
        if (!decided) {
          if (signal === 'related' || (depth <= MAX_PREV_NEXT_DEPTH && depth > 0 && isPrevNextBox(element))) decided = { kind: 'related', block: element };
          else if (signal === 'furniture' || (sectionList && (upperTag(element) === 'HEADER' || upperTag(element) === 'FOOTER'))) decided = { kind: 'excluded', reason: 'furniture' };
          else if (signal === 'section-list' && !sectionList) sectionList = element;
          // A site-wide list (latest, most read) is not asked for, but may hold a "more from <section>" list.
          else if (signal === 'sitewide' && !sectionList) decided = { kind: 'excluded', reason: 'furniture' };
        }
        // A link in furniture is out whatever holds the furniture (an ad above it only changes the
        // reason): the blocks above are not read.
        if (decided?.kind === 'excluded') return decided;
        // Blocks above the article container say nothing about the links inside it.
        if (isRoot) break;
        if (decided && depth > MAX_SPONSORED_DEPTH) break;
      }
      // A section list counts only when no navigation, header or footer holds it (mega-menus list stories too).
      return decided ?? (sectionList ? { kind: 'related', block: sectionList } : { kind: 'none' });
    },
  };
}

/** The element's own signal: its class / id / aria-label, its tag or role, and the label just before it. */
function ownSignal(element: Element, baseUrl: string | null, labelMemo: LabelMemo): Signal {
  const hints = attributeHints(element);
  if (hints && hasSponsoredHint(hints)) return 'sponsored';
  const labelElement = labelElementBefore(element, labelMemo).label;
  // The block's own accessible name ("<nav aria-label="More stories">"), then the label before it.
  const labels = [ariaLabelledText(element, labelMemo), attr(element, 'aria-label'), precedingLabel(labelElement)].filter((text): text is string => !!text);
  if (labels.some(isSponsoredLabel)) return 'sponsored-label';
  if (hints && hasRelatedHint(hints)) return 'related';
  if (labels.some(isRelatedLabel)) return 'related';
  if (hints && hasFurnitureHint(hints)) return 'furniture';
  if (hints && hasSitewideHint(hints)) return 'sitewide';
  const role = attr(element, 'role');
  if (upperTag(element) === 'NAV' || role === 'navigation' || role === 'menu' || role === 'menubar') return 'furniture';
  if (isSectionHeading(labelElement, baseUrl)) return 'section-list';
  return null;
}

/** A box whose own class says previous / next (a "paddle" or pager box around one story link). */
function isPrevNextBox(element: Element): boolean {
  return /(^|[^a-z])(prev|previous|next)([^a-z]|$)/.test(attributeHints(element));
}

/**
 * The nearest element before this one among its siblings that may be its label (a block heading
 * such as "You may also like" before the list of teasers), or null. Empty siblings (rules, icons,
 * empty ad slots) are skipped, and so are short peers of the same tag (the teasers before this one
 * in the same list); a sibling with longer text is content and ends the search.
 */
function labelElementBefore(element: Element, memo: LabelMemo): LabelFound {
  // Words inside a line of text (emphasis, citations, footnote marks) have no block label.
  if (INLINE_TAGS.has(upperTag(element))) return NO_LABEL;
  const known = memo.found.get(element);
  if (known) return known;
  const found = scanForLabel(element, memo);
  memo.found.set(element, found);
  return found;
}

/**
 * The label found for an element, and how many peer teasers were stepped over to reach it. With no
 * label, the count may include teasers before a long one that ended the search (its text is not
 * read, see scanForLabel); a count that reaches the peer limit then makes the next element scan its
 * siblings itself, which finds that long teaser and the same "no label".
 */
interface LabelFound {
  label: Element | null;
  peersSkipped: number;
}

/** Inline elements other than links: they sit inside a line of text, not under a heading. */
const INLINE_TAGS = new Set(['SPAN', 'B', 'I', 'EM', 'STRONG', 'SUP', 'SUB', 'SMALL', 'ABBR', 'CITE', 'CODE', 'TIME', 'MARK', 'Q', 'S', 'U', 'BDI', 'BDO', 'DFN', 'KBD', 'SAMP', 'VAR', 'WBR', 'BR', 'IMG', 'FONT']);
const NO_LABEL: LabelFound = { label: null, peersSkipped: 0 };

/**
 * Labels already found (the teasers of one list share their label, so each list is scanned once),
 * the remembering text reader (each sibling is looked at by several elements after it), which
 * siblings hold links, and the page's elements by id for aria-labelledby (made on first use).
 */
interface LabelMemo {
  found: Map<Element, LabelFound>;
  readText: BoundedTextReader;
  links: Map<Element, boolean>;
  elementsById: Map<string, Element> | null;
}

/**
 * The first element with each id, in document order (as getElementById answers). One walk for all
 * aria-labelledby lookups: some DOMs walk the whole page on every getElementById, and pages with
 * many labelled blocks (Wikipedia's navigation boxes) would be walked once per block.
 */
function indexIds(doc: Document): Map<string, Element> {
  const byId = new Map<string, Element>();
  const root = doc.documentElement;
  for (let element: Element | null = root; element; element = nextElementWithin(element, root)) {
    if (!element.hasAttributes()) continue;
    const id = attr(element, 'id');
    if (id && !byId.has(id)) byId.set(id, element);
  }
  return byId;
}

/** Whether the element is or holds an <a> (remembered: each sibling is looked at several times). */
function holdsLink(element: Element, memo: LabelMemo): boolean {
  let holds = memo.links.get(element);
  if (holds === undefined) {
    holds = upperTag(element) === 'A' || descendantsWhere(element, isAnchorElement, 1).length > 0;
    memo.links.set(element, holds);
  }
  return holds;
}

function scanForLabel(element: Element, memo: LabelMemo): LabelFound {
  let scanned = 0;
  let peers = 0;
  for (let sibling = element.previousElementSibling; sibling && scanned < MAX_LABEL_SIBLINGS; sibling = sibling.previousElementSibling) {
    if (upperTag(sibling) === 'SCRIPT' || upperTag(sibling) === 'STYLE' || upperTag(sibling) === 'TEMPLATE') continue;
    const sameTag = upperTag(sibling) === upperTag(element) && upperTag(element) !== 'A';
    // Right after this element comes a teaser of the same list whose own search found no label: then
    // this one has none either, however long that teaser is (too long: no label; short: its label),
    // so its text is not read. Menus and teaser lists are long, and most have no label.
    if (sameTag && peers === 0 && scanned === 0 && holdsLink(sibling, memo)) {
      const fromPeer = labelElementBefore(sibling, memo);
      if (fromPeer.label === null && fromPeer.peersSkipped + 1 < MAX_PEERS_SKIPPED - 1) return { label: null, peersSkipped: fromPeer.peersSkipped + 1 };
    }
    const hasLink = holdsLink(sibling, memo);
    // Only a peer (same tag, with a link) may be longer than a label; any other sibling longer than a
    // label ends the search, so its text is read no further (paragraphs before a paragraph with a link).
    const limit = sameTag && hasLink ? MAX_PEER_TEXT : MAX_LABEL_TEXT;
    const text = memo.readText(sibling, limit);
    if (text.length > limit) return { label: null, peersSkipped: peers };
    // A peer teaser holds a link (a native-ad row may hold one without href); a label holds none.
    if (sameTag && hasLink && peers < MAX_PEERS_SKIPPED) {
      // Right after this element comes a peer: from here on the search is the peer's own search,
      // one peer further, unless that runs into the peer limit (then scan on, as the rule says).
      if (peers === 0 && scanned === 0) {
        const fromPeer = labelElementBefore(sibling, memo);
        if (fromPeer.peersSkipped + 1 < MAX_PEERS_SKIPPED - 1) return { label: fromPeer.label, peersSkipped: fromPeer.peersSkipped + 1 };
      }
      peers++;
      continue;
    }
    scanned++;
    if (text.length > MAX_LABEL_TEXT) return { label: null, peersSkipped: peers };
    if (hasLink) {
      // A heading with a link may label the block ("More from <a>Politics</a>"); a short "See all"
      // or icon link between the label and the list is stepped over; other links are content.
      const isHeadingish = HEADING_TAGS.has(upperTag(sibling)) || descendantsWhere(sibling, (child) => HEADING_TAGS.has(upperTag(child)), 1).length > 0;
      if (isHeadingish) return { label: sibling, peersSkipped: peers };
      if (text.length <= MAX_SKIPPED_LINK_TEXT) continue;
      return { label: null, peersSkipped: peers };
    }
    if (text) return { label: sibling, peersSkipped: peers };
  }
  return { label: null, peersSkipped: peers };
}

/** The label text before the element: a heading, or a short element without links. */
function precedingLabel(labelElement: Element | null): string | null {
  if (!labelElement) return null;
  const isHeading = HEADING_TAGS.has(upperTag(labelElement)) || attr(labelElement, 'role') === 'heading';
  // A teaser or link before the block is content, not its label ("More from <a>Politics</a>" headings aside).
  if (!isHeading && descendantsWhere(labelElement, isLink, 1).length > 0) return null;
  return boundedText(labelElement, MAX_LABEL_TEXT);
}

/**
 * Whether the label before a block is a short heading whose one link leads to a section, column or
 * author page of the same site ("<h2><a href="/column/deal-professor">Deal Professor</a></h2>").
 */
function isSectionHeading(labelElement: Element | null, baseUrl: string | null): boolean {
  if (!labelElement || !baseUrl) return false;
  const heading = HEADING_TAGS.has(upperTag(labelElement)) ? labelElement : (descendantsWhere(labelElement, (element) => HEADING_TAGS.has(upperTag(element)), 1)[0] ?? null);
  if (!heading) return false;
  const text = boundedText(labelElement, MAX_SECTION_HEADING_CHARS);
  if (!text || text.length > MAX_SECTION_HEADING_CHARS) return false;
  const links = descendantsWhere(labelElement, isLink, 2);
  if (links.length !== 1 || !heading.contains(links[0]!)) return false;
  // The link is the heading ("Deal Professor", "More from <a>Tech</a>"), not an "edit" or "see all" beside it.
  const linkText = boundedText(links[0]!, MAX_SECTION_HEADING_CHARS);
  if (linkText.length < text.length * MIN_SECTION_LINK_SHARE) return false;
  const url = resolveArticleHref(attr(links[0]!, 'href'), baseUrl);
  return url !== null && isSameHost(url, baseUrl) && !looksLikeArticleUrl(url) && new URL(url).pathname.length > 1;
}

/** The section of a "more from" heading is on the page's own host (a wiki or tracker elsewhere is a reference). */
function isSameHost(url: string, other: string): boolean {
  const host = (value: string) => new URL(value).hostname.toLowerCase().replace(/^www\./, '');
  try {
    return host(url) === host(other);
  } catch {
    return false;
  }
}

/** The text of the element(s) named by aria-labelledby, when short. */
function ariaLabelledText(element: Element, memo: LabelMemo): string | null {
  const ids = attr(element, 'aria-labelledby');
  if (!ids) return null;
  memo.elementsById ??= indexIds(element.ownerDocument);
  const elementsById = memo.elementsById;
  const text = ids
    .split(/\s+/)
    .map((id) => {
      const label = id ? (elementsById.get(id) ?? null) : null;
      return label ? boundedText(label, MAX_LABEL_TEXT) : '';
    })
    .join(' ')
    .trim();
  return text && text.length <= MAX_LABEL_TEXT ? text : null;
}
