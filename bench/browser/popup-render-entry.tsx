/**
 * The popup's App with a canned outline (bench/browser/popup-render.ts): its render alone, without
 * the extension, the page's analysis or the messages.
 */
import { render } from 'preact';
import '../../src/ui/outline.css';
import '../../src/popup/popup.css';
import type { OutlineReply } from '../../src/shared/protocol';
import { App, type PopupView } from '../../src/popup/App';
import { createMockClient } from '../../src/popup/mock-client';

Object.assign(window, {
  renderPopup(reply: OutlineReply & { ok: true }) {
    const client = createMockClient({ outline: reply });
    const view: PopupView = { kind: 'ready', tabId: 1, outline: reply.outline };
    performance.mark('render-start');
    render(<App client={client} initial={Promise.resolve(view)} />, document.getElementById('app')!);
  },
});
