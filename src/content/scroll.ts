/**
 * Scrolling the page to a heading or a key point's paragraph. Reads layout only; never changes
 * the page's DOM or styles.
 */
import { highlightElement } from './highlight';

/** Space left above a heading scrolled to the top, so it does not touch the window's edge. */
const SCROLL_MARGIN_PX = 16;
/** A fixed or sticky bar taller than this share of the window is not a header (e.g. a cookie wall). */
const MAX_HEADER_SHARE = 0.4;
/** Points along the top edge sampled for fixed / sticky headers (fractions of the window's width). */
const HEADER_SAMPLE_POINTS = [0.25, 0.5, 0.75];
function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Height of fixed / sticky bars covering the top of the window (a site header), 0 if none. */
export function topObstruction(ignore?: Element | null): number {
  let bottom = 0;
  for (const share of HEADER_SAMPLE_POINTS) {
    for (const element of document.elementsFromPoint(window.innerWidth * share, 1)) {
      if (ignore && (element === ignore || ignore.contains(element))) continue;
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        const position = getComputedStyle(node).position;
        if (position === 'fixed' || position === 'sticky') {
          bottom = Math.max(bottom, node.getBoundingClientRect().bottom);
          break;
        }
      }
    }
  }
  return bottom > 0 && bottom < window.innerHeight * MAX_HEADER_SHARE ? bottom : 0;
}

function scrollsInsideContainer(element: Element): boolean {
  for (
    let node = element.parentElement;
    node && node !== document.body && node !== document.documentElement;
    node = node.parentElement
  ) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return true;
  }
  return false;
}

/** Scrolls so the element sits just below any fixed site header. */
export function scrollToElement(element: Element, ignore?: Element | null): void {
  const behavior: ScrollBehavior =
    prefersReducedMotion() || document.visibilityState === 'hidden' ? 'instant' : 'smooth';
  if (scrollsInsideContainer(element)) {
    element.scrollIntoView({ block: 'start', behavior });
    return;
  }
  const top = element.getBoundingClientRect().top + window.scrollY - topObstruction(ignore) - SCROLL_MARGIN_PX;
  window.scrollTo({ top: Math.max(0, top), behavior });
}

/**
 * Scrolls to an outline element (a heading, or a key point's paragraph) and briefly highlights
 * it; false when it is no longer on the page.
 */
export function jumpToSection(elementsById: ReadonlyMap<string, Element>, sectionId: string): boolean {
  const element = elementsById.get(sectionId);
  if (!element?.isConnected) return false;
  scrollToElement(element);
  highlightElement(element);
  return true;
}
