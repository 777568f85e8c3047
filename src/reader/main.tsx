/** Entry of reader.html: the reader view over the real browser client. */
import { render } from 'preact';
import '../ui/outline.css';
import './reader.css';
import { App } from './App';
import { createBrowserClient } from './browser-client';

render(<App client={createBrowserClient()} />, document.getElementById('app')!);
