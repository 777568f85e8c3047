/**
 * A plain page for working on the popup's design without a browser extension: the App with the
 * mock client. Not part of the extension build. Run `npx vite` and open /src/popup/dev.html,
 * e.g. ?state=ready|news|loading|restricted|no-article|error and &dir=rtl (news: key points, no headings).
 */
import { render } from 'preact';
import '../ui/outline.css';
import './popup.css';
import type { OutlineReply } from '../shared/protocol';
import { App } from './App';
import { createMockClient, sampleKeyPoints, sampleOutline } from './mock-client';

const params = new URLSearchParams(location.search);
const rtl = params.get('dir') === 'rtl';

const replies: Record<string, () => OutlineReply | Promise<OutlineReply>> = {
  ready: () => ({
    ok: true,
    outline: sampleOutline({ keyPoints: sampleKeyPoints(), ...(rtl ? { dir: 'rtl', lang: 'ar' } : {}) }),
    tookMs: 1,
  }),
  news: () => ({ ok: true, outline: sampleOutline({ outline: [], keyPoints: sampleKeyPoints() }), tookMs: 1 }),
  loading: () => new Promise<OutlineReply>(() => undefined),
  restricted: () => ({
    ok: false,
    kind: 'restricted',
    reason: 'This is one of the browser’s own pages (chrome:); browsers do not let extensions read them.',
  }),
  'no-article': () => ({
    ok: false,
    kind: 'no-article',
    reason: 'The page is mostly links (a menu, an index or a search page), not an article.',
  }),
  error: () => ({ ok: false, kind: 'error', message: 'The page could not be read: Frame with ID 0 was removed.' }),
};

const reply = replies[params.get('state') ?? 'ready'] ?? replies.ready!;
render(<App client={createMockClient({ outline: reply })} />, document.getElementById('app')!);
