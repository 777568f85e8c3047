/**
 * Which kind of page block a link sits in: a related-stories block (by its class / id / aria-label,
 * by the label just before it, or by rel=prev/next), page furniture (navigation, share, comments,
 * tags, site-wide lists), an ad / sponsored widget, or a hidden element.
 */
import { hasFurnitureHint, hasRelatedHint, hasSponsoredHint, isRelatedLabel, isSponsoredLabel } from './labels';
import { attributeHints, boundedText } from './text';
import { isHiddenElement } from './visibility';

export type LinkZone =
  | { kind: 'related'; block: Element }
  | { kind: 'excluded'; reason: 'hidden' | 'sponsored' | 'furniture' }
  | { kind: 'none' };

/** How many previous siblings of a block are read to find its label (a heading may sit after an icon or a rule). */
const MAX_LABEL_SIBLINGS = 3;
/** A label is short; longer sibling text is content, not a heading. */
const MAX_LABEL_TEXT = 80;
/** Teasers of one list before this one are skipped to reach the list's label; a list is rarely longer. */
const MAX_PEERS_SKIPPED = 30;
/** A peer teaser is short (headline, kicker, date, a line of summary); longer peers are paragraphs of text. */
const MAX_PEER_TEXT = 300;
/** Bare "previous" / "next" classes only count right around the link: higher up they name sliders and pagers. */
const MAX_PREV_NEXT_DEPTH = 2;
/** Ad / sponsored classes veto a link only this close to it: higher up, "ad" classes belong to page layout wrappers. */
const MAX_SPONSORED_DEPTH = 10;
/** A "Sponsored" label before a block vetoes only the widget right around the link, not the page column it sits in. */
const MAX_SPONSORED_LABEL_DEPTH = 5;

type Signal = 'related' | 'furniture' | 'sponsored' | 'sponsored-label' | null;

const STOP_TAGS = new Set(['BODY', 'HTML']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export interface ZoneClassifier {
  classify(anchor: Element): LinkZone;
}

/** One classifier per analysis: it remembers each element's own signal, so shared ancestors are read once. */
export function createZoneClassifier(articleRoots: readonly Element[]): ZoneClassifier {
  const roots = new Set(articleRoots);
  const signals = new Map<Element, Signal>();
  const hidden = new Map<Element, boolean>();

  const signalOf = (element: Element): Signal => {
    let signal = signals.get(element);
    if (signal === undefined) {
      signal = ownSignal(element);
      signals.set(element, signal);
    }
    return signal;
  };

  const isHiddenCached = (element: Element): boolean => {
    let value = hidden.get(element);
    if (value === undefined) {
      value = isHiddenElement(element) || (element.parentElement ? isHiddenCached(element.parentElement) : false);
      hidden.set(element, value);
    }
    return value;
  };

  return {
    classify(anchor: Element): LinkZone {
      if (isHiddenCached(anchor)) return { kind: 'excluded', reason: 'hidden' };
      const rel = (anchor.getAttribute('rel') ?? '').toLowerCase();
      if (/\bsponsored\b/.test(rel)) return { kind: 'excluded', reason: 'sponsored' };
      if (/\b(tag|category|author)\b/.test(rel)) return { kind: 'excluded', reason: 'furniture' };
      let decided: LinkZone | null = /\b(prev|next)\b/.test(rel) ? { kind: 'related', block: anchor } : null;
      let depth = 0;
      for (let element: Element | null = anchor; element && !STOP_TAGS.has(element.tagName); element = element.parentElement, depth++) {
        const isRoot = roots.has(element);
        const signal = isRoot ? null : signalOf(element);
        if (signal === 'sponsored' && depth <= MAX_SPONSORED_DEPTH) return { kind: 'excluded', reason: 'sponsored' };
        if (signal === 'sponsored-label' && depth <= MAX_SPONSORED_LABEL_DEPTH) return { kind: 'excluded', reason: 'sponsored' };
        if (!decided) {
          if (signal === 'related' || (depth <= MAX_PREV_NEXT_DEPTH && depth > 0 && isPrevNextBox(element))) decided = { kind: 'related', block: element };
          else if (signal === 'furniture') decided = { kind: 'excluded', reason: 'furniture' };
        }
        // Blocks above the article container say nothing about the links inside it.
        if (isRoot) break;
        if (decided && depth > MAX_SPONSORED_DEPTH) break;
      }
      return decided ?? { kind: 'none' };
    },
  };
}

/** The element's own signal: its class / id / aria-label, its tag or role, and the label just before it. */
function ownSignal(element: Element): Signal {
  const hints = attributeHints(element);
  if (hints && hasSponsoredHint(hints)) return 'sponsored';
  const label = ariaLabelledText(element) ?? precedingLabel(element);
  if (label !== null && isSponsoredLabel(label)) return 'sponsored-label';
  if (hints && hasRelatedHint(hints)) return 'related';
  if (label !== null && isRelatedLabel(label)) return 'related';
  if (hints && hasFurnitureHint(hints)) return 'furniture';
  const role = element.getAttribute('role');
  if (element.tagName === 'NAV' || role === 'navigation' || role === 'menu' || role === 'menubar') return 'furniture';
  return null;
}

/** A box whose own class says previous / next (a "paddle" or pager box around one story link). */
function isPrevNextBox(element: Element): boolean {
  return /(^|[^a-z])(prev|previous|next)([^a-z]|$)/.test(attributeHints(element));
}

/**
 * The text of the nearest short element before this one among its siblings (a block heading such
 * as "You may also like" before the list of teasers), or null. Empty siblings (rules, icons, empty
 * ad slots) are skipped, and so are short peers of the same tag (the teasers before this one in the
 * same list); any other sibling with links or with longer text is content and ends the search.
 */
function precedingLabel(element: Element): string | null {
  let scanned = 0;
  let peers = 0;
  for (let sibling = element.previousElementSibling; sibling && scanned < MAX_LABEL_SIBLINGS; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === 'SCRIPT' || sibling.tagName === 'STYLE' || sibling.tagName === 'TEMPLATE') continue;
    const isPeer =
      sibling.tagName === element.tagName &&
      element.tagName !== 'A' &&
      // A peer teaser holds a link (a native-ad row may hold one without href); a label holds none.
      sibling.querySelector('a') !== null;
    if (isPeer && peers < MAX_PEERS_SKIPPED) {
      if (boundedText(sibling, MAX_PEER_TEXT).length > MAX_PEER_TEXT) return null;
      peers++;
      continue;
    }
    scanned++;
    if (sibling.tagName === 'A') return null;
    const text = boundedText(sibling, MAX_LABEL_TEXT);
    if (text.length > MAX_LABEL_TEXT) return null;
    const isHeading = HEADING_TAGS.has(sibling.tagName) || sibling.getAttribute('role') === 'heading';
    // A teaser or link before the block is content, not its label ("More from <a>Politics</a>" headings aside).
    if (!isHeading && sibling.querySelector('a[href]')) return null;
    if (!text) continue;
    return text;
  }
  return null;
}

/** The text of the element(s) named by aria-labelledby, when short. */
function ariaLabelledText(element: Element): string | null {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return null;
  const doc = element.ownerDocument;
  const text = ids
    .split(/\s+/)
    .map((id) => {
      const label = id ? doc.getElementById(id) : null;
      return label ? boundedText(label, MAX_LABEL_TEXT) : '';
    })
    .join(' ')
    .trim();
  return text && text.length <= MAX_LABEL_TEXT ? text : null;
}
