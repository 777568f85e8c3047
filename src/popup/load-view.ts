/**
 * The popup's request for the tab's outline, and the view it leads to. A module of its own, without
 * Preact: main.tsx starts the request before the popup's UI code is loaded.
 */
import type { OutlineResult } from '../core/types';
import { errorText } from '../shared/error-text';
import type { PopupClient } from './client';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; outline: OutlineResult }
  | { kind: 'restricted'; reason: string }
  | { kind: 'no-article'; reason: string }
  | { kind: 'error'; message: string; title?: string };

/** Asks for the tab's outline and turns the reply into the view to show. Never throws. */
export async function loadView(client: PopupClient): Promise<PopupView> {
  try {
    const tabId = await client.getTargetTabId();
    if (__E2E__) performance.mark('outline-requested');
    const reply = await client.getOutline(tabId);
    if (__E2E__) {
      performance.mark('outline-received');
      // The analysis's own time in the page, for the speed bench's split of the click-to-outline time.
      if (reply.ok) document.documentElement.dataset.analysisMs = String(reply.tookMs);
    }
    if (reply.ok) return { kind: 'ready', tabId, outline: reply.outline };
    if (reply.kind === 'error')
      return { kind: 'error', message: reply.message, ...(reply.title ? { title: reply.title } : {}) };
    return { kind: reply.kind, reason: reply.reason };
  } catch (error) {
    return { kind: 'error', message: errorText(error) };
  }
}
