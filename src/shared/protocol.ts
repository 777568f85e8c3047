/**
 * The one message protocol between the extension's parts (popup, library page, background,
 * content script). Every message name maps to its payload and its reply; `send` and the
 * handlers in the background are typed from this map, so a message without a handler, or a
 * reply of the wrong shape, fails type-checking.
 *
 * Trust: messages whose sender is a content script run inside a web page and are untrusted.
 * The background validates them at run time (see `validateContentMessage`) before acting.
 */
import type { OutlineResult } from '../core/types';
import type { ImportReport, RepairReport, SavedOutline } from './storage';

/** Why an outline could not be shown; each has its own message in the UI. */
export type OutlineFailure =
  | { kind: 'restricted'; reason: string }
  | { kind: 'no-article'; reason: string }
  /** `title`: for a failure that is nobody's fault (a page still loading), said instead of "Something went wrong". */
  | { kind: 'error'; message: string; title?: string };

export type OutlineReply = { ok: true; outline: OutlineResult; tookMs: number } | ({ ok: false } & OutlineFailure);

/** Messages handled by the background service worker. */
export interface BackgroundProtocol {
  /** Analyse the given tab (injecting the content script on demand) and return its outline. */
  'outline/get': { payload: { tabId: number }; reply: OutlineReply };
  /** Scroll the tab to an outline heading and briefly highlight it. */
  'outline/scrollTo': { payload: { tabId: number; id: string }; reply: { ok: boolean } };
  /** Show or hide the in-page outline panel in the tab; `show`: only show it (an open panel stays). */
  'panel/toggle': { payload: { tabId: number; show?: boolean }; reply: { open: boolean } };
  /** Open an http(s) link in a new tab (anything else is refused). */
  'tabs/open': { payload: { url: string }; reply: { ok: boolean } };
  /**
   * Save an outline into the library (the background is the library's single writer). With `tabId`
   * and no `outline.content`, the article's text is read from that tab to be kept too (the reader view).
   */
  'library/save': { payload: { outline: OutlineResult; tabId?: number }; reply: LibrarySaveReply };
  /** Read the tab's article with its content and show it in the reader view, in the same tab. */
  'reader/open': { payload: { tabId: number }; reply: ReaderOpenReply };
  /** The reader page asks for the article the background read for its tab. */
  'reader/get': { payload: { tabId: number }; reply: ReaderArticleReply };
}

/**
 * Messages the background sends to reader pages: is this tab showing the reader view? (A tab's URL
 * is not visible to the extension without the "tabs" permission, so the page itself answers.)
 */
export interface ReaderPageProtocol {
  'reader/ping': { payload: { tabId: number }; reply: { showing: true } };
  /** Go back to the page, as Esc does (the page's history.back(), which no browser intervention skips). */
  'reader/back': { payload: { tabId: number }; reply: { showing: true } };
}

/** The reader view opened (the tab is on its way there), or why not (the popup's own messages). */
export type ReaderOpenReply = { ok: true } | ({ ok: false } & OutlineFailure);

/** The article for the reader page: with `content`, or the failure to explain instead. */
export type ReaderArticleReply =
  | { ok: true; article: OutlineResult; pageUrl: string | null }
  | ({ ok: false } & OutlineFailure);

export type LibrarySaveReply = { ok: true; status: 'added' | 'updated'; id: string } | { ok: false; error: string };

/**
 * The library page's writes, answered by the background's library writer (src/background/library.ts,
 * its own runtime.onMessage listener). Accepted from extension pages only, never from content scripts.
 */
export interface LibraryProtocol {
  /** Delete entries; the reply carries them, so that Undo can put them back. */
  'library/delete': { payload: { ids: string[] }; reply: LibraryReply<{ removed: SavedOutline[] }> };
  /** Undo a delete: put entries back (a page saved again meanwhile keeps its newer save). */
  'library/restore': { payload: { entries: SavedOutline[] }; reply: LibraryReply<{ restored: number }> };
  /** Import the text of a JSON export, merging by URL. A file that is not ours or is damaged changes nothing. */
  'library/import': { payload: { text: string }; reply: LibraryReply<{ report: ImportReport }> };
  /** Persist pending migrations and set damaged entries aside (the page reads; only the background writes). */
  'library/repair': { payload: Record<string, never>; reply: LibraryReply<{ report: RepairReport }> };
  /** Empty the list of set-aside (damaged) items, on the user's explicit request. */
  'library/clearQuarantine': { payload: Record<string, never>; reply: LibraryReply<object> };
}

export type LibraryReply<T> = ({ ok: true } & T) | { ok: false; error: string };
export type LibraryMessageName = keyof LibraryProtocol;

/** Messages handled by the content script inside a page. */
export interface ContentProtocol {
  /**
   * `content: true` also returns the article's blocks (`outline.content`) for the reader view, and
   * its body text; without, `outline.body` is '' (the popup does not show it; a save reads it then).
   */
  'content/analyze': { payload: { content?: boolean }; reply: OutlineReply };
  'content/scrollTo': { payload: { id: string }; reply: { ok: boolean } };
  'content/togglePanel': { payload: { show?: boolean }; reply: { open: boolean } };
  /**
   * Whether the page is still analysing (its analysis runs in slices, so it answers meanwhile), and whether its
   * HTML is still being parsed (`loading`: the analysis waits for that, src/content/main.ts documentParsed).
   */
  'content/ping': { payload: Record<string, never>; reply: { analyzing: boolean; loading: boolean } };
}

/**
 * Messages a content script sends to the background. Untrusted (the content script runs inside
 * a web page): the background accepts only these names from a tab sender and validates every
 * payload at run time (src/background/validate.ts) before acting.
 */
export interface FromContentProtocol {
  /** The in-page panel's "Save" button: save the outline it shows. */
  'panel/save': { payload: { outline: OutlineResult }; reply: LibrarySaveReply };
  /** The in-page panel's "Reader view" button: open the reader view in the sender's tab. */
  'panel/reader': { payload: Record<string, never>; reply: ReaderOpenReply };
}

export type BackgroundMessageName = keyof BackgroundProtocol;
export type FromContentMessageName = keyof FromContentProtocol;
export type ContentMessageName = keyof ContentProtocol;

export type Message<P, K extends keyof P> = P[K] extends { payload: infer Payload }
  ? { type: K; payload: Payload }
  : never;
export type Reply<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

export type BackgroundMessage = { [K in BackgroundMessageName]: Message<BackgroundProtocol, K> }[BackgroundMessageName];
export type ContentMessage = { [K in ContentMessageName]: Message<ContentProtocol, K> }[ContentMessageName];
export type FromContentMessage = {
  [K in FromContentMessageName]: Message<FromContentProtocol, K>;
}[FromContentMessageName];
