/** Hidden elements are ignored: the `hidden` attribute, aria-hidden="true" and inline display:none / visibility:hidden. */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important)?\s*(;|$)/i.test(style);
}
