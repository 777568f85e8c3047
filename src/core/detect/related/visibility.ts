/** Hidden elements are ignored: the same rule as the article's (the `hidden` attribute, aria-hidden="true", inline display:none / visibility:hidden). */
export { isHiddenElement } from '../visibility';
