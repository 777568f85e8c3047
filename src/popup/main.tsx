import { render } from 'preact';
import browser from 'webextension-polyfill';

function App() {
  return <h1>Outline Reader</h1>;
}
render(<App />, document.getElementById('app')!);
void browser;
