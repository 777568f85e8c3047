/**
 * Opens and closes the in-page panel. Everything it adds to the page (the host element, event
 * listeners, observers, timers) is tied to one AbortController and goes away on close; the
 * page's own DOM is never changed.
 *
 * Every action the panel takes (save, jump, open a link, close) is the user's: untrusted events
 * are stopped at the shadow root (host.ts), and the actions below also run only inside a trusted
 * event (`userOnly`), so a script that got hold of an element of ours still could not trigger one.
 */
import { h, render } from 'preact';
import outlineCss from '../../ui/outline.css?inline';
import panelCss from './panel.css?inline';
import type { AnalysisWithElements, OutlineResult, OutlineSection } from '../../core/types';
import { isHttpUrl } from '../../shared/formats/markdown';
import type { FromContentMessage, LibrarySaveReply, ReaderOpenReply } from '../../shared/protocol';
import { sendWithRetry } from '../../shared/messaging';
import { DEFAULT_PANEL_PREFS, type PanelPrefs } from '../../shared/storage/panel-prefs';
import { errorText } from '../../shared/error-text';
import { BUSY_OUTLINE_TIMEOUT_MS, STILL_LOADING_TITLE, STILL_LOADING_WHY } from '../../ui/status';
import type * as HostModule from '../host';
import { trackSectionBeingRead } from '../../ui/reading-tracker';
import { watchUrlChanges, whenDomSettles } from '../spa';
import { Panel, type PanelContent } from './Panel';
import { PANEL_GAP_PX, articleColumn, placePanel, type Placement } from './placement';

const OWNER = 'panel';
/** The panel's stylesheet in our host's shadow root. */
const PANEL_CSS = `${outlineCss}\n${panelCss}`;

/** What a save that no user asked for answers (the trust gate should have stopped it before). */
const NOT_A_USER_ACTION: LibrarySaveReply = { ok: false, error: 'it did not come from your own click.' };
const NOT_A_USER_READER_ACTION: ReaderOpenReply = {
  ok: false,
  kind: 'error',
  message: 'Ignored: it did not come from your click.',
};

/**
 * `action` when called inside a trusted user event (`trusted`: host.ts's `inTrustedUserEvent`), else
 * `refused`.
 */
export function userOnly<A extends unknown[], R>(
  trusted: () => boolean,
  action: (...args: A) => R,
  refused: () => R,
): (...args: A) => R {
  return (...args) => (trusted() ? action(...args) : refused());
}

type PanelAnalysis = AnalysisWithElements | { error: string };

/**
 * An analysis that takes longer than this gets "Reading the page…" meanwhile; a quicker one (most
 * pages) shows the outline at once, in its place beside the article: no flash of a notice, no move.
 */
export const LOADING_NOTICE_MS = 150;
/** What the panel does meanwhile on a page still loading. */
export const STILL_WAITING = 'The outline shows here once it has loaded.';

export interface PanelDependencies {
  /**
   * Runs the analysis core on the page as it is now (also updates the content script's id → element
   * map). A promise when the analysis runs in slices: the panel says "loading" meanwhile.
   */
  analyze(): PanelAnalysis | Promise<PanelAnalysis>;
  /**
   * Scrolls to an outline element and highlights it (src/content/scroll.ts): the content script's
   * own, so that the panel's script carries no second copy and one highlight is shown at a time.
   */
  jump(elementsById: ReadonlyMap<string, Element>, id: string): boolean;
  /** Height of the site's fixed header at the window's top, 0 if none (the content script's, scroll.ts). */
  headerHeight(): number;
  /** The stored side / collapsed choice (storage.local), read on open and written on change; none: defaults, kept per page. */
  prefs?: {
    read(): Promise<PanelPrefs>;
    write(prefs: PanelPrefs): Promise<unknown>;
  };
  /**
   * The content script's own host of our shadow root and its user-event check (src/content/host.ts),
   * and its channel to the background (ext-api.ts): passed in, so that the panel's script carries no
   * second copy of them (what opening the panel injects is the content script and this script together).
   */
  host: Pick<typeof HostModule, 'acquireHost' | 'releaseHost' | 'hostIntact' | 'inTrustedUserEvent'>;
  sendMessage(message: FromContentMessage): Promise<unknown>;
}

export class PanelController {
  #abort: AbortController | null = null;
  #container: HTMLElement | null = null;
  #content: PanelContent = { kind: 'loading' };
  #elementsById: Map<string, Element> = new Map();
  #activeId: string | null = null;
  #previousFocus: Element | null = null;
  #frame = 0;
  #prefs: PanelPrefs = { ...DEFAULT_PANEL_PREFS };
  #placement: Placement | null = null;
  /** Stops the reading tracker of the outline shown now (a refresh starts a new one). */
  #tracking: AbortController | null = null;
  /** Counts refreshes: an analysis that ends after a newer one started is dropped. */
  #requests = 0;
  /** Clears the pending analysis's "loading" timers: closing or a newer refresh ends them, not only its end. */
  #stopWaiting: () => void = () => undefined;

  readonly #deps: PanelDependencies;
  constructor(deps: PanelDependencies) {
    this.#deps = deps;
  }

  get isOpen(): boolean {
    return this.#abort !== null;
  }

  /** Closes an open panel, opens a closed one; a panel the page removed or tampered with opens afresh. */
  toggle(): boolean {
    const shown = this.isOpen && this.#deps.host.hostIntact();
    if (this.isOpen) this.close();
    if (!shown) this.open();
    return this.isOpen;
  }

  open(): void {
    if (this.isOpen) return;
    const abort = new AbortController();
    this.#abort = abort;
    const { signal } = abort;
    this.#previousFocus = document.activeElement;
    this.#container = this.#deps.host.acquireHost(OWNER, PANEL_CSS).layer(OWNER);
    this.refresh();

    // Where the panel goes depends on the window's width: placed again after a resize, once a frame.
    const onResize = () => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#place());
    };
    window.addEventListener('resize', onResize, { passive: true, signal });
    const prefs = this.#deps.prefs;
    // (A storage that is missing or throws leaves the defaults.)
    void Promise.resolve()
      .then(() => prefs?.read())
      .then((stored) => {
        if (signal.aborted || !stored) return;
        this.#prefs = stored;
        this.#place();
      })
      .catch(() => undefined);
    window.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted) return; // the page's own synthetic keys do not close our panel
        // Esc closes the panel when the page itself is not using the key (focus in nothing in particular).
        const idle =
          document.activeElement === null ||
          document.activeElement === document.body ||
          document.activeElement === document.documentElement;
        if (event.key === 'Escape' && idle && !event.defaultPrevented) this.close();
      },
      { signal },
    );
    watchUrlChanges(signal, () => {
      this.#setContent({ kind: 'loading' });
      // A single-page site changes the URL first and the article after: wait for the DOM to settle.
      void whenDomSettles(signal).then(() => {
        if (!signal.aborted) this.refresh();
      });
    });
    signal.addEventListener('abort', () => {
      this.#stopWaiting();
      cancelAnimationFrame(this.#frame);
      this.#tracking?.abort();
      this.#tracking = null;
    });
  }

  close(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = null;
    if (this.#container) render(null, this.#container); // unmounts Preact: its listeners go too
    this.#container = null;
    this.#deps.host.releaseHost(OWNER);
    const focusBack = this.#previousFocus;
    this.#previousFocus = null;
    if (focusBack instanceof HTMLElement && focusBack.isConnected) focusBack.focus({ preventScroll: true });
  }

  /** Re-reads the page (on open, and after a single-page site changed the article). */
  refresh(): void {
    this.#stopWaiting();
    this.#tracking?.abort();
    this.#tracking = null;
    this.#activeId = null;
    const request = ++this.#requests;
    const pending = this.#deps.analyze();
    if (!(pending instanceof Promise)) return this.#show(pending);
    const signal = this.#abort?.signal;
    const current = () => request === this.#requests && signal !== undefined && !signal.aborted;
    const notice = setTimeout(() => current() && this.#setContent({ kind: 'loading' }), LOADING_NOTICE_MS);
    // A page whose HTML never finishes arriving is never read: after the popup's wait, say so as the popup does (and
    // wait on: the outline shows once the page has loaded).
    const stalled = setTimeout(() => {
      if (current() && document.readyState === 'loading')
        this.#setContent({
          kind: 'error',
          title: STILL_LOADING_TITLE,
          message: `${STILL_LOADING_WHY} ${STILL_WAITING}`,
        });
    }, BUSY_OUTLINE_TIMEOUT_MS);
    const stopWaiting = () => {
      clearTimeout(notice);
      clearTimeout(stalled);
    };
    this.#stopWaiting = stopWaiting;
    void pending
      .catch((error: unknown): PanelAnalysis => ({ error: errorText(error) }))
      .then((analysis) => {
        stopWaiting();
        // Only the newest request of a panel still open shows its result.
        if (current()) this.#show(analysis);
      });
  }

  #show(analysis: PanelAnalysis): void {
    if ('error' in analysis) {
      this.#elementsById = new Map();
      this.#setContent({ kind: 'error', message: analysis.error });
      return;
    }
    this.#elementsById = analysis.elementsById;
    const { result } = analysis;
    this.#content = result.found
      ? { kind: 'ready', outline: result }
      : { kind: 'no-article', reason: result.reason ?? 'The page has no article-like text.' };
    this.#place(); // renders
    const headings = headingIds(result.outline).flatMap((id): Array<[string, Element]> => {
      const element = this.#elementsById.get(id);
      return element ? [[id, element]] : [];
    });
    const tracking = new AbortController();
    this.#tracking = tracking;
    trackSectionBeingRead(
      headings,
      (id) => {
        if (tracking.signal.aborted || id === this.#activeId) return;
        this.#activeId = id;
        this.#renderPanel();
      },
      tracking.signal,
      undefined,
      // On a page scrolled to its bottom, the last section: a short one at the end never reaches the line.
      'page',
    );
  }

  #jumpTo(id: string): boolean {
    return this.#deps.jump(this.#elementsById, id);
  }

  /** Measures the article column (from the outline's elements) and places the panel beside it if it can. */
  #place(): void {
    if (!this.#container) return;
    const dir = this.#content.kind === 'ready' ? this.#content.outline.dir : null;
    const endSide = (dir ?? document.documentElement.dir) === 'rtl' ? 'left' : 'right';
    const width = document.documentElement.clientWidth || window.innerWidth;
    this.#placement = {
      ...placePanel(this.#prefs, endSide, width, articleColumn(this.#elementsById.values())),
      top: this.#deps.headerHeight() + PANEL_GAP_PX,
    };
    this.#renderPanel();
  }

  #setPrefs(change: Partial<PanelPrefs>): void {
    this.#prefs = { ...this.#prefs, ...change };
    const prefs = this.#deps.prefs;
    const chosen = this.#prefs;
    void Promise.resolve()
      .then(() => prefs?.write(chosen))
      .catch(() => undefined);
    this.#place();
  }

  #setContent(content: PanelContent): void {
    this.#content = content;
    this.#renderPanel();
  }

  #renderPanel(): void {
    if (!this.#container) return;
    const placement = this.#placement ?? placePanel(this.#prefs, 'right', window.innerWidth, null);
    const { inTrustedUserEvent: trusted } = this.#deps.host;
    const send = this.#deps.sendMessage;
    render(
      h(Panel, {
        content: this.#content,
        activeId: this.#activeId,
        placement,
        collapsed: this.#prefs.collapsed,
        onJump: userOnly(
          trusted,
          (id: string) => void this.#jumpTo(id),
          () => undefined,
        ),
        onSave: userOnly(
          trusted,
          (outline: OutlineResult) => savePanelOutline(send, outline),
          () => Promise.resolve(NOT_A_USER_ACTION),
        ),
        onReader: userOnly(
          trusted,
          () => openPanelReader(send),
          () => Promise.resolve(NOT_A_USER_READER_ACTION),
        ),
        onOpen: userOnly(
          trusted,
          (url: string) => {
            if (isHttpUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
          },
          () => undefined,
        ),
        onClose: userOnly(
          trusted,
          () => this.close(),
          () => undefined,
        ),
        onCollapse: userOnly(
          trusted,
          (collapsed: boolean) => this.#setPrefs({ collapsed }),
          () => undefined,
        ),
        onMove: userOnly(
          trusted,
          () => this.#setPrefs({ side: placement.side === 'right' ? 'left' : 'right' }),
          () => undefined,
        ),
      }),
      this.#container,
    );
  }
}

/** The outline's heading ids, in document order (the order the outline lists them). */
function headingIds(sections: readonly OutlineSection[], ids: string[] = []): string[] {
  for (const section of sections) {
    if (section.level > 0 && section.text) ids.push(section.id);
    headingIds(section.children, ids);
  }
  return ids;
}

type Send = PanelDependencies['sendMessage'];

function openPanelReader(send: Send): Promise<ReaderOpenReply> {
  const message: FromContentMessage = { type: 'panel/reader', payload: {} };
  return sendWithRetry(() => send(message) as Promise<ReaderOpenReply>);
}

/**
 * Sends the outline to the background; a worker restarted meanwhile gets one more try, then a
 * sentence. The background reads the article's text for the reader view from this page itself
 * (its block reader is injected only then).
 */
function savePanelOutline(send: Send, outline: OutlineResult): Promise<LibrarySaveReply> {
  const message: FromContentMessage = { type: 'panel/save', payload: { outline } };
  return sendWithRetry(() => send(message) as Promise<LibrarySaveReply>);
}
