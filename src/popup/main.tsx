/**
 * Popup entry: asks for the tab's outline first, then loads the UI (Preact, the App) while the
 * page is read: the request does not wait for the UI's code to load and run. The page keeps
 * its final size meanwhile (popup.css: #app), so the popup does not jump when the App appears.
 */
import '../ui/outline.css';
import './popup.css';
import { createBrowserClient } from './browser-client';
import { loadView, type PopupView } from './load-view';

if (__E2E__) performance.mark('popup-script-start');
const client = createBrowserClient();
const initial = loadView(client);
// A repeat click's answer often comes before the UI's code has loaded: the App then starts with it.
let settled: PopupView | undefined;
void initial.then((view) => {
  settled = view;
});
void import('./render').then(({ renderPopup }) => {
  if (__E2E__) performance.mark('popup-ui-loaded');
  renderPopup(client, initial, document.getElementById('app')!, settled);
});
