/** Popup entry: renders the App with the real browser client. */
import { render } from 'preact';
import '../ui/outline.css';
import './popup.css';
import { App, loadView } from './App';
import { createBrowserClient } from './browser-client';

if (__E2E__) performance.mark('popup-script-start');
const client = createBrowserClient();
// Ask for the outline before the first render: the request runs while Preact draws "loading".
const initial = loadView(client);
render(<App client={client} initial={initial} />, document.getElementById('app')!);
