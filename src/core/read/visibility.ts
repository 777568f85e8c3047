/** Is an element hidden from readers? Judged from markup alone (no layout in Node, and fast in a browser). */
import { attr, hasAttrs } from './dom';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/** Wikimedia renders math as an aria-hidden "fallback-image" that is nonetheless the visible formula. */
const ARIA_HIDDEN_EXCEPTION = /fallback-image/;

/** The `hidden` attribute, aria-hidden="true" or an inline display:none / visibility:hidden. */
export function isHiddenElement(element: Element): boolean {
  // An element without attributes (most of a long text) is told in one call. Then each attribute is
  // asked by name: reading all the names at once (getAttributeNames) saved calls in a browser but
  // made the core 1.13x slower in Node, where linkedom builds the array from its attribute list.
  return hasAttrs(element) && isHiddenByAttributes(element);
}

/** isHiddenElement for an element known to have attributes (a walk that has asked already; `plain`: as attr). */
export function isHiddenByAttributes(element: Element, plain?: boolean): boolean {
  if (attr(element, 'hidden', plain) !== null) return true;
  const style = attr(element, 'style', plain);
  if (style && HIDDEN_STYLE.test(style)) return true;
  return (
    attr(element, 'aria-hidden', plain) === 'true' &&
    !ARIA_HIDDEN_EXCEPTION.test(`${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`)
  );
}

/**
 * A modal dialog (cookie banner, sign-up wall) is never article content. `role`: the element's role
 * attribute when the caller has read it already (the page walk reads it for its own rules too); the
 * role is asked first, as most elements with attributes have none and the second read is saved.
 */
export function isModalDialog(element: Element, role: string | null = attr(element, 'role')): boolean {
  return role === 'dialog' && attr(element, 'aria-modal') === 'true';
}
