/** Is an element hidden from readers? Judged from markup alone (no layout in Node, and fast in a browser). */
import { attr, hasAttr, hasAttrs } from './dom';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
/** Wikimedia renders math as an aria-hidden "fallback-image" that is nonetheless the visible formula. */
const ARIA_HIDDEN_EXCEPTION = /fallback-image/;

/** The attributes that say whether an element is hidden (null: absent). */
export interface VisibilityAttributes {
  hidden: boolean;
  style: string | null;
  ariaHidden: string | null;
  className: string | null;
  id: string | null;
}

/** The `hidden` attribute, aria-hidden="true" or an inline display:none / visibility:hidden. */
export function isHiddenElement(element: Element): boolean {
  if (!hasAttrs(element)) return false;
  if (hasAttr(element, 'hidden')) return true;
  const style = attr(element, 'style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (attr(element, 'aria-hidden') !== 'true') return false;
  return isHiddenByAttributes({
    hidden: false,
    style: null,
    ariaHidden: 'true',
    className: attr(element, 'class'),
    id: attr(element, 'id'),
  });
}

/** isHiddenElement over attribute values already read (the page index reads each element's attributes once). */
export function isHiddenByAttributes(values: VisibilityAttributes): boolean {
  if (values.hidden) return true;
  if (values.style && HIDDEN_STYLE.test(values.style)) return true;
  return values.ariaHidden === 'true' && !ARIA_HIDDEN_EXCEPTION.test(`${values.className ?? ''} ${values.id ?? ''}`);
}

/** A modal dialog (cookie banner, sign-up wall) is never article content. */
export function isModalDialog(element: Element): boolean {
  return isModalByAttributes(attr(element, 'aria-modal'), attr(element, 'role'));
}

/** isModalDialog over the aria-modal and role values already read. */
export function isModalByAttributes(ariaModal: string | null, role: string | null): boolean {
  return ariaModal === 'true' && role === 'dialog';
}
