/** Entry of library.html: renders the saved-outlines page over the real extension storage. */
import { render } from 'preact';
import { App } from './App';
import { createBrowserClient } from './client';
import './library.css';

render(<App client={createBrowserClient()} />, document.getElementById('app')!);
