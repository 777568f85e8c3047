/**
 * Briefly highlights a heading after a jump, without touching the page's DOM: a box drawn in our
 * own shadow root, over the heading's position, following it while the page scrolls smoothly.
 */
import highlightCss from './highlight.css?inline';
import { acquireHost, releaseHost } from './host';

/** How long the highlight stays (it fades out over the last part, in CSS). */
export const HIGHLIGHT_MS = 1_600;
/** Room around the heading's text box. */
const HIGHLIGHT_PADDING_PX = 6;
const OWNER = 'highlight';

let stopCurrent: (() => void) | null = null;

export function highlightElement(element: Element): void {
  stopCurrent?.();
  const layer = acquireHost(OWNER, highlightCss).layer(OWNER);
  const box = document.createElement('div');
  box.className = 'or-flash';
  layer.append(box);
  let frame = 0;
  const follow = () => {
    const rect = element.getBoundingClientRect();
    box.style.transform = `translate(${rect.left - HIGHLIGHT_PADDING_PX}px, ${rect.top - HIGHLIGHT_PADDING_PX}px)`;
    box.style.width = `${rect.width + 2 * HIGHLIGHT_PADDING_PX}px`;
    box.style.height = `${rect.height + 2 * HIGHLIGHT_PADDING_PX}px`;
    frame = requestAnimationFrame(follow);
  };
  // A timer, not the animation frames, ends it: frames do not run in a background tab.
  const timer = setTimeout(() => stop(), HIGHLIGHT_MS);
  const stop = () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    box.remove();
    if (stopCurrent === stop) stopCurrent = null;
    releaseHost(OWNER);
  };
  stopCurrent = stop;
  follow();
}
