/** Is an element hidden from readers? Judged from markup alone (no layout in Node or for a fast pass). */
import { classAndId } from '../dom';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/** Wikimedia renders math as an aria-hidden "fallback-image" that is nonetheless the visible formula. */
const ARIA_HIDDEN_EXCEPTION = /fallback-image/;

export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (element.getAttribute('aria-hidden') === 'true' && !ARIA_HIDDEN_EXCEPTION.test(classAndId(element))) return true;
  return false;
}

/** A modal dialog (cookie banner, sign-up wall) is never article content. */
export function isModalDialog(element: Element): boolean {
  return element.getAttribute('aria-modal') === 'true' && element.getAttribute('role') === 'dialog';
}
