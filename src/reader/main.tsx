/** Entry of reader.html: the reader view over the real browser client. */
import { render } from 'preact';
import '../ui/outline.css';
import './reader.css';
import { App } from './App';
import { createBrowserClient, listenToBackground } from './browser-client';

const client = createBrowserClient();
listenToBackground(client.source, () => client.back());
render(<App client={client} />, document.getElementById('app')!);
