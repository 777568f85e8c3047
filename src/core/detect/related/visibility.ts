/** Hidden elements: the reading layer's rule. */
export { isHiddenElement } from '../../read/visibility';
