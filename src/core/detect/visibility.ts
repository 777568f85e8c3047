/** Hidden elements and modal dialogs: the reading layer's rule (read/visibility.ts). */
export { isHiddenElement, isModalDialog } from '../read/visibility';
