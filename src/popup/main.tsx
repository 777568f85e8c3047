/** Popup entry: renders the App with the real browser client. */
import { render } from 'preact';
import '../ui/outline.css';
import './popup.css';
import { App } from './App';
import { createBrowserClient } from './browser-client';

render(<App client={createBrowserClient()} />, document.getElementById('app')!);
