/** The popup's UI, loaded by main.tsx once the outline's request is under way. */
import { render } from 'preact';
import { prepareDateFormat } from '../ui/format';
import { App } from './App';
import type { PopupClient } from './client';
import type { PopupView } from './load-view';

/** `settled`: the view `initial` led to, when it is already known (no skeleton frame first). */
export function renderPopup(
  client: PopupClient,
  initial: Promise<PopupView>,
  root: HTMLElement,
  settled?: PopupView,
): void {
  render(<App client={client} initial={initial} settled={settled} />, root);
  // While the page is read (the skeleton is on screen), make the date format the header will need.
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 0));
  whenIdle(() => prepareDateFormat());
}
