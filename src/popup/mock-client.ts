/** The PopupClient's twin for unit tests and a plain dev page: canned replies, and a log of calls. */
import type { KeyPoint, OutlineResult } from '../core/types';
import type { LibrarySaveReply, OutlineReply } from '../shared/protocol';
import type { PopupClient, ShortcutInfo } from './client';

export interface MockClientOptions {
  /** The reply to getOutline; a function is called on every request (e.g. to fail once, then succeed). */
  outline?: OutlineReply | (() => OutlineReply | Promise<OutlineReply>);
  saveReply?: LibrarySaveReply;
  shortcuts?: ShortcutInfo[];
  tabId?: number;
}

export interface MockCall {
  method: keyof PopupClient;
  args: unknown[];
}

export type MockClient = PopupClient & { calls: MockCall[]; copied: string[] };

export const DEFAULT_SHORTCUTS: ShortcutInfo[] = [
  { name: '_execute_action', description: 'Open the outline popup', shortcut: 'Alt+Shift+L' },
  { name: 'toggle-outline', description: 'Show or hide the outline beside the article', shortcut: 'Alt+Shift+O' },
];

export function sampleOutline(overrides: Partial<OutlineResult> = {}): OutlineResult {
  return {
    url: 'https://news.example.org/world/story/',
    found: true,
    title: 'A sample headline',
    byline: 'Jane Doe',
    siteName: 'Example News',
    publishedTime: '2023-10-12T09:14:00+00:00',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    wordCount: 900,
    readingMinutes: 4,
    outline: [
      { id: 'h0', level: 2, text: 'First section', bullets: ['Alpha point', 'Beta point'], children: [] },
      {
        id: 'h1',
        level: 2,
        text: 'Second section',
        bullets: [],
        children: [{ id: 'h2', level: 3, text: 'A deeper heading', bullets: ['Gamma point'], children: [] }],
      },
    ],
    keyPoints: [],
    related: [
      { title: 'Another story', url: 'https://news.example.org/world/another/' },
      { title: 'Unsafe story', url: 'javascript:alert(1)' },
    ],
    body: 'Body text.',
    ...overrides,
  };
}

/** Key points as the core gives them (the first one long enough to be clamped). */
export function sampleKeyPoints(): KeyPoint[] {
  return [
    {
      id: 'k0',
      text:
        'The council approved the new river water rules on Tuesday after a year of talks with farmers, ' +
        'fishing groups and the two towns downstream, ending a dispute that had held up the spring planting.',
    },
    { id: 'k1', text: 'Farms in the north will get their water allowance a month earlier than last year.' },
    { id: 'k2', text: 'Prices for irrigation are expected to fall by about a tenth as supply grows.' },
  ];
}

export function createMockClient(options: MockClientOptions = {}): MockClient {
  const calls: MockCall[] = [];
  const copied: string[] = [];
  const log = (method: keyof PopupClient, ...args: unknown[]) => calls.push({ method, args });
  const outline = options.outline ?? { ok: true, outline: sampleOutline(), tookMs: 1 };
  return {
    calls,
    copied,
    async getTargetTabId() {
      log('getTargetTabId');
      return options.tabId ?? 1;
    },
    async getOutline(tabId) {
      log('getOutline', tabId);
      return typeof outline === 'function' ? outline() : outline;
    },
    async scrollTo(tabId, id) {
      log('scrollTo', tabId, id);
      return true;
    },
    async showPanel(tabId) {
      log('showPanel', tabId);
      return true;
    },
    async openReader(tabId) {
      log('openReader', tabId);
      return { ok: true };
    },
    async save(result) {
      log('save', result);
      return options.saveReply ?? { ok: true, status: 'added', id: 'saved-1' };
    },
    async openUrl(url) {
      log('openUrl', url);
      return true;
    },
    async openLibrary() {
      log('openLibrary');
    },
    async getShortcuts() {
      log('getShortcuts');
      return options.shortcuts ?? DEFAULT_SHORTCUTS;
    },
    shortcutSettingsHint: () => 'chrome://extensions/shortcuts',
    async openShortcutSettings() {
      log('openShortcutSettings');
      return true;
    },
    async copyText(text) {
      log('copyText', text);
      copied.push(text);
    },
    closePopup() {
      log('closePopup');
    },
  };
}
