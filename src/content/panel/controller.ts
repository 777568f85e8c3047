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
import browser from 'webextension-polyfill';
import type { AnalysisWithElements, OutlineResult } from '../../core/types';
import { isHttpUrl } from '../../shared/formats/markdown';
import type { FromContentMessage, LibrarySaveReply } from '../../shared/protocol';
import { sendWithRetry } from '../../shared/messaging';
import { acquireHost, hostIntact, inTrustedUserEvent, releaseHost } from '../host';
import { inDocumentOrder, jumpToSection, sectionBeingRead } from '../scroll';
import { watchUrlChanges, whenDomSettles } from '../spa';
import { Panel, type PanelContent } from './Panel';

const OWNER = 'panel';

/** What a save that no user asked for answers (the trust gate should have stopped it before). */
const NOT_A_USER_ACTION: LibrarySaveReply = { ok: false, error: 'Ignored: the save did not come from your click.' };

/** `action` when called inside a trusted user event, else `refused` (see `inTrustedUserEvent`). */
function userOnly<A extends unknown[], R>(action: (...args: A) => R, refused: () => R): (...args: A) => R {
  return (...args) => (inTrustedUserEvent() ? action(...args) : refused());
}

export interface PanelDependencies {
  /** Runs the analysis core on the page as it is now (also updates the content script's id → element map). */
  analyze(): AnalysisWithElements | { error: string };
}

export class PanelController {
  private abort: AbortController | null = null;
  private container: HTMLElement | null = null;
  private content: PanelContent = { kind: 'loading' };
  private headings: Array<[string, Element]> = [];
  private elementsById: Map<string, Element> = new Map();
  private activeId: string | null = null;
  private previousFocus: Element | null = null;
  private frame = 0;

  constructor(private readonly deps: PanelDependencies) {}

  get isOpen(): boolean {
    return this.abort !== null;
  }

  /** Closes an open panel, opens a closed one; a panel the page removed or tampered with opens afresh. */
  toggle(): boolean {
    const shown = this.isOpen && hostIntact();
    if (this.isOpen) this.close();
    if (!shown) this.open();
    return this.isOpen;
  }

  open(): void {
    if (this.isOpen) return;
    const abort = new AbortController();
    this.abort = abort;
    const { signal } = abort;
    this.previousFocus = document.activeElement;
    this.container = acquireHost(OWNER).layer(OWNER);
    this.refresh();

    const onScroll = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.updateActiveSection());
    };
    // Capture: also hears scrolling inside a page's own scroll containers.
    window.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
    window.addEventListener('resize', onScroll, { passive: true, signal });
    window.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted) return; // the page's own synthetic keys do not close our panel
        // Esc closes the panel when the page itself is not using the key (focus in nothing in particular).
        const idle = document.activeElement === null || document.activeElement === document.body || document.activeElement === document.documentElement;
        if (event.key === 'Escape' && idle && !event.defaultPrevented) this.close();
      },
      { signal },
    );
    watchUrlChanges(signal, () => {
      this.setContent({ kind: 'loading' });
      // A single-page site changes the URL first and the article after: wait for the DOM to settle.
      void whenDomSettles(signal).then(() => {
        if (!signal.aborted) this.refresh();
      });
    });
    signal.addEventListener('abort', () => cancelAnimationFrame(this.frame));
  }

  close(): void {
    if (!this.abort) return;
    this.abort.abort();
    this.abort = null;
    if (this.container) render(null, this.container); // unmounts Preact: its listeners go too
    this.container = null;
    releaseHost(OWNER);
    const focusBack = this.previousFocus;
    this.previousFocus = null;
    if (focusBack instanceof HTMLElement && focusBack.isConnected) focusBack.focus({ preventScroll: true });
  }

  /** Re-reads the page (on open, and after a single-page site changed the article). */
  refresh(): void {
    const analysis = this.deps.analyze();
    if ('error' in analysis) {
      this.elementsById = new Map();
      this.headings = [];
      this.setContent({ kind: 'error', message: analysis.error });
      return;
    }
    this.elementsById = analysis.elementsById;
    this.headings = inDocumentOrder(analysis.elementsById);
    const { result } = analysis;
    this.activeId = sectionBeingRead(this.headings);
    this.setContent(
      result.found ? { kind: 'ready', outline: result } : { kind: 'no-article', reason: result.reason ?? 'The page has no article-like text.' },
    );
  }

  private jumpTo(sectionId: string): boolean {
    return jumpToSection(this.elementsById, sectionId);
  }

  private updateActiveSection(): void {
    const active = sectionBeingRead(this.headings);
    if (active === this.activeId) return;
    this.activeId = active;
    this.renderPanel();
  }

  private setContent(content: PanelContent): void {
    this.content = content;
    this.renderPanel();
  }

  private renderPanel(): void {
    if (!this.container) return;
    const dir = this.content.kind === 'ready' ? this.content.outline.dir : null;
    const pageIsRtl = (dir ?? document.documentElement.dir) === 'rtl';
    render(
      h(Panel, {
        content: this.content,
        activeId: this.activeId,
        side: pageIsRtl ? 'left' : 'right',
        onJump: userOnly(
          (sectionId: string) => void this.jumpTo(sectionId),
          () => undefined,
        ),
        onSave: userOnly(savePanelOutline, () => Promise.resolve(NOT_A_USER_ACTION)),
        onOpen: userOnly(
          (url: string) => {
            if (isHttpUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
          },
          () => undefined,
        ),
        onClose: userOnly(
          () => this.close(),
          () => undefined,
        ),
      }),
      this.container,
    );
  }
}

/** Sends the outline to the background; a worker restarted meanwhile gets one more try, then a sentence. */
function savePanelOutline(outline: OutlineResult): Promise<LibrarySaveReply> {
  const message: FromContentMessage = { type: 'panel/save', payload: { outline } };
  return sendWithRetry(() => browser.runtime.sendMessage(message) as Promise<LibrarySaveReply>);
}
