/**
 * Standalone promo lines inside an article: "Related: <a>…</a>", "READ MORE: <a>…</a>",
 * "<a>[Read: …]</a>", "Lire aussi : <a>…</a>" — a short block that is mostly one link.
 */
import { hasPromoPrefix, isBarePromoLabel } from './labels';
import { boundedText, collapseWhitespace, descendantsWhere, isAnchorElement } from './text';

/** Tags of the block that holds a promo line. */
const LINE_TAGS = new Set(['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'ASIDE', 'SECTION', 'DD', 'FIGURE', 'FIGCAPTION', 'SPAN', 'STRONG', 'B', 'EM', 'I']);
/** Tags that end the climb: above them the "line" would be a whole section. */
const CONTAINER_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML', 'UL', 'OL', 'TABLE']);
/** A promo line is short: longer blocks are running text with a link in them. */
const MAX_PROMO_LINE_CHARS = 300;
/** The text beside the link(s) is at most a prefix like "Related:" or "Lesen Sie auch:". */
const MAX_PROMO_PREFIX_CHARS = 40;
/** The link text itself must read like a headline, not "here". */
const MIN_PROMO_LINK_CHARS = 12;

/** The nearest block element that holds the link as a line of its own (p, div, li …). */
export function lineBlockOf(anchor: Element): Element | null {
  for (let element = anchor.parentElement; element && !CONTAINER_TAGS.has(element.tagName); element = element.parentElement) {
    if (!LINE_TAGS.has(element.tagName)) continue;
    // Inline wrappers (<strong>, <i>) count only when they hold everything their parent says.
    if (['SPAN', 'STRONG', 'B', 'EM', 'I'].includes(element.tagName)) continue;
    return element;
  }
  return null;
}

/** Whether the anchor is a standalone promo line for another article. */
export function isPromoLine(anchor: Element): boolean {
  const linkText = collapseWhitespace(anchor.textContent);
  if (linkText.length < MIN_PROMO_LINK_CHARS) return false;
  if (hasPromoPrefix(linkText)) return true;
  const line = lineBlockOf(anchor);
  if (!line) return false;
  const lineText = boundedText(line, MAX_PROMO_LINE_CHARS);
  if (lineText.length > MAX_PROMO_LINE_CHARS) return false;
  // Text of the line outside its links: for a promo line, only the prefix (and brackets / punctuation).
  let outside = lineText;
  for (const link of descendantsWhere(line, isAnchorElement)) {
    const text = collapseWhitespace(link.textContent);
    if (text) outside = outside.replace(text, ' ');
  }
  outside = collapseWhitespace(outside.replace(/[\s[\]().,;:!?"'«»“”„‘’–—-]+/g, ' '));
  if (outside.length > MAX_PROMO_PREFIX_CHARS) return false;
  return hasPromoPrefix(lineText) || isBarePromoLabel(outside);
}
