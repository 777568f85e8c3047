/** Hidden elements: the reading layer's rule. */
export { isHiddenByAttributes, isHiddenElement } from '../../read/visibility';
