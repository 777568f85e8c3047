/** Hidden elements are ignored: the `hidden` attribute, aria-hidden="true" and inline display:none / visibility:hidden. */
import { attr } from '../../dom';
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (attr(element, 'aria-hidden') === 'true') return true;
  const style = attr(element, 'style');
  return style !== null && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important)?\s*(;|$)/i.test(style);
}
