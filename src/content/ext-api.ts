/**
 * The few extension APIs the content script uses, without webextension-polyfill: it would add
 * about 3 KB (gzipped) to the code injected into every page, for three calls. Same behaviour:
 * - Firefox has a promise-based `browser` already (the polyfill then passes it through as is);
 * - Chromium's `chrome` returns promises in MV3 for sendMessage and storage, but its onMessage
 *   listeners answer through `sendResponse`; a rejected handler is sent back in the polyfill's
 *   own error shape, which the background's polyfill turns into a rejected promise again.
 */
import type { PrefsArea } from '../shared/storage/panel-prefs';

export interface MessageSenderLike {
  id?: string;
}

export type MessageHandler = (message: unknown, sender: MessageSenderLike) => Promise<unknown> | undefined;

export interface ContentExtensionApi {
  runtimeId(): string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage(handler: MessageHandler): void;
  storageLocal(): PrefsArea;
}

interface NativeApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: MessageSenderLike, sendResponse: (reply: unknown) => void) => unknown,
      ): void;
    };
  };
  storage: { local: PrefsArea };
}

/** The polyfill's reply for a rejected handler (its sender side rejects with `message`). */
const REJECT_FLAG = '__mozWebExtensionPolyfillReject__';

/** Firefox's own promise-based `browser` (the polyfill's test: a plain object, not a wrapper). */
function nativeBrowser(): NativeApi | null {
  const candidate = (globalThis as { browser?: unknown }).browser;
  return typeof candidate === 'object' && candidate !== null && Object.getPrototypeOf(candidate) === Object.prototype
    ? (candidate as NativeApi)
    : null;
}

function api(): { native: NativeApi; promiseListeners: boolean } {
  const firefox = nativeBrowser();
  if (firefox) return { native: firefox, promiseListeners: true };
  return { native: (globalThis as unknown as { chrome: NativeApi }).chrome, promiseListeners: false };
}

export const extensionApi: ContentExtensionApi = {
  runtimeId: () => api().native.runtime.id,
  sendMessage: (message) => api().native.runtime.sendMessage(message),
  storageLocal: () => api().native.storage.local,
  onMessage(handler) {
    const { native, promiseListeners } = api();
    if (promiseListeners) {
      native.runtime.onMessage.addListener((message, sender) => handler(message, sender));
      return;
    }
    native.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const reply = handler(message, sender);
      if (!reply) return false;
      reply.then(sendResponse, (error: unknown) =>
        sendResponse({
          [REJECT_FLAG]: true,
          message: error instanceof Error ? error.message : 'An unexpected error occurred',
        }),
      );
      return true; // the answer comes later
    });
  },
};
