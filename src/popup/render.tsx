/** The popup's UI, loaded by main.tsx once the outline's request is under way. */
import { render } from 'preact';
import { App } from './App';
import type { PopupClient } from './client';
import type { PopupView } from './load-view';

export function renderPopup(client: PopupClient, initial: Promise<PopupView>, root: HTMLElement): void {
  render(<App client={client} initial={initial} />, root);
}
