/** Is an element hidden from readers? Judged from markup alone (no layout in Node or for a fast pass). */
import { attr, classAndId } from '../dom';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/** Wikimedia renders math as an aria-hidden "fallback-image" that is nonetheless the visible formula. */
const ARIA_HIDDEN_EXCEPTION = /fallback-image/;

export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = attr(element, 'style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (attr(element, 'aria-hidden') === 'true' && !ARIA_HIDDEN_EXCEPTION.test(classAndId(element))) return true;
  return false;
}

/** A modal dialog (cookie banner, sign-up wall) is never article content. */
export function isModalDialog(element: Element): boolean {
  return attr(element, 'aria-modal') === 'true' && attr(element, 'role') === 'dialog';
}
