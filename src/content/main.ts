/** The content script's state and its message listener, installed once per page. */
import browser, { type Runtime } from 'webextension-polyfill';
import { analyzeDocument } from '../core';
import type { AnalysisWithElements } from '../core/types';
import type { ContentMessage, OutlineReply } from '../shared/protocol';

const STATE_KEY = '__outlineReaderContent';

export interface ContentState {
  analysis: AnalysisWithElements | null;
  handleMessage: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;
}

export function analyzePage(state: ContentState): OutlineReply {
  const started = performance.now();
  try {
    const analysis = analyzeDocument(document, { url: location.href });
    state.analysis = analysis;
    const tookMs = performance.now() - started;
    if (!analysis.result.found) {
      return { ok: false, kind: 'no-article', reason: analysis.result.reason ?? 'The page has no article-like text.' };
    }
    return { ok: true, outline: analysis.result, tookMs };
  } catch (error) {
    return { ok: false, kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function createState(): ContentState {
  const state: ContentState = {
    analysis: null,
    handleMessage(message, sender) {
      if (sender.id !== browser.runtime.id) return undefined;
      const { type } = (message ?? {}) as ContentMessage;
      switch (type) {
        case 'content/analyze':
          return Promise.resolve(analyzePage(state));
        case 'content/scrollTo': {
          const el = state.analysis?.elementsById.get((message as { payload: { id: string } }).payload.id);
          el?.scrollIntoView({ block: 'start' });
          return Promise.resolve({ ok: !!el });
        }
        case 'content/togglePanel':
          return Promise.resolve({ open: false });
        default:
          return undefined;
      }
    },
  };
  return state;
}

export function installContentScript(): ContentState {
  const scope = globalThis as Record<string, unknown>;
  const existing = scope[STATE_KEY] as ContentState | undefined;
  if (existing) return existing;
  const state = createState();
  scope[STATE_KEY] = state;
  browser.runtime.onMessage.addListener(state.handleMessage);
  return state;
}
