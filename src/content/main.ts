/** The content script's state and its message listener, installed once per page. */
import type { AnalysisWithElements } from '../core/types';
import type { ContentMessage, ContentMessageName, ContentProtocol, OutlineReply, Reply } from '../shared/protocol';
import { errorText } from '../shared/error-text';
import { AnalysisRuns } from './analysis-runs';
import { articleBlocksLoaded } from './article-blocks-slot';
import { extensionApi, type MessageSenderLike } from './ext-api';
import { acquireHost, currentHost, currentShadowRoot, hostIntact, inTrustedUserEvent, releaseHost } from './host';
import { analyzePageInSlices, yieldToPage } from './slices';
import { type PanelHandle, type PanelServices, panelFactory } from './panel-slot';
import { jumpToSection, topObstruction } from './scroll';
import { watchPage } from './page-watch';

/** Where the state lives: the extension's isolated world of this page (invisible to the page's scripts). */
const STATE_KEY = '__outlineReaderContent';

export interface ContentState {
  analysis: AnalysisWithElements | null;
  /**
   * The in-page panel, made on first use from the panel's script (injected by the background
   * before it asks for the panel; throws when that script is not there).
   */
  readonly panel: PanelHandle;
  /** Closes the panel if one was made (and makes none). */
  closePanel(): void;
  handleMessage(message: unknown, sender: MessageSenderLike): Promise<unknown> | undefined;
  /**
   * Starts reading the page at once (the script is injected just before a request for it), with
   * the article's blocks when their reader was injected first (reader view, saves); the request
   * then joins this analysis. Does nothing while the last analysis still describes the page.
   */
  prepare(): void;
  /**
   * The answer to a plain 'content/analyze', for public/content-reply.js: injected with this script,
   * it returns the answer as the injection's result (our own file in this isolated world: trusted).
   */
  answerInjection(): Promise<OutlineReply>;
  /** For e2e tests, run in this world: the panel's closed shadow root while it exists. */
  shadowRoot(): ShadowRoot | null;
  /** For e2e tests: our host element while it exists (it has no name a page or test could select it by). */
  host(): HTMLElement | null;
  /** False once the extension that installed this state was reloaded or updated. */
  isAlive(): boolean;
}

/**
 * The panel opened within this time of an analysis of the same address shows that analysis
 * instead of reading the page again: "Show beside article" in the popup comes right after the
 * popup's own analysis, which takes seconds on a 100,000-element page.
 */
export const PANEL_REUSE_MS = 3_000;

/** When the analysis in `state.analysis` was made (performance.now()). */
const analyzedAt = new WeakMap<AnalysisWithElements, number>();

/**
 * Resolves once the page's HTML is parsed: the background injects this script at once
 * (`injectImmediately`), also into a page still loading, whose article may not be there yet.
 */
export function documentParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** The page's analyses (src/content/analysis-runs.ts); each keeps the id → element map for jumps in `state`. */
function pageAnalyses(state: ContentState): AnalysisRuns {
  return new AnalysisRuns({
    ready: () => documentParsed(),
    watch: () => watchPage(document, { ours: currentHost }),
    async analyze(content) {
      const analysis = await analyzePageInSlices(document, { url: location.href, content });
      state.analysis = analysis;
      analyzedAt.set(analysis, performance.now());
      return analysis;
    },
  });
}

/**
 * For the panel: the last analysis while it describes the page, or when it is recent and of the
 * same address (the page may have changed a little since the popup read it), else a new one.
 */
function recentOrNew(state: ContentState, runs: AnalysisRuns): AnalysisWithElements | Promise<AnalysisWithElements> {
  const reusable = runs.settled();
  if (reusable) return reusable;
  const last = state.analysis;
  const at = last ? analyzedAt.get(last) : undefined;
  if (last && at !== undefined && performance.now() - at < PANEL_REUSE_MS && last.result.url === location.href)
    return last;
  return runs.get();
}

export async function analyzePage(runs: AnalysisRuns, content = false): Promise<OutlineReply> {
  const started = performance.now();
  try {
    const { result } = await runs.get(content);
    const tookMs = performance.now() - started;
    if (!result.found)
      return { ok: false, kind: 'no-article', reason: result.reason ?? 'The page has no article-like text.' };
    // The body text goes only with the article's content (reader view, save): the popup does not
    // show it, and on a long page it is megabytes, copied twice (here → background → popup).
    if (content) return { ok: true, outline: result, tookMs };
    // A reused analysis may have been made with the article's blocks (for the reader view).
    const { content: _blocks, ...outline } = result;
    return { ok: true, outline: { ...outline, body: '' }, tookMs };
  } catch (error) {
    return { ok: false, kind: 'error', message: errorText(error) };
  }
}

type ContentHandlers = {
  [K in ContentMessageName]: (payload: ContentProtocol[K]['payload']) => Promise<Reply<ContentProtocol, K>>;
};

function createState(): ContentState {
  let panel: PanelHandle | null = null;
  const panelServices: PanelServices = {
    analyze() {
      try {
        return recentOrNew(state, runs);
      } catch (error) {
        return { error: errorText(error) };
      }
    },
    jump: jumpToSection,
    headerHeight: topObstruction,
    host: { acquireHost, releaseHost, hostIntact, inTrustedUserEvent },
    sendMessage: (message) => extensionApi.sendMessage(message),
    storageLocal: () => extensionApi.storageLocal(),
  };
  const state: ContentState = {
    analysis: null,
    get panel() {
      if (panel) return panel;
      const factory = panelFactory();
      if (!factory) throw new Error('The outline panel’s script is not loaded.');
      panel = factory(panelServices);
      return panel;
    },
    closePanel() {
      panel?.close();
    },
    prepare() {
      // In a task of its own: the injection's result goes back at once (the injecting side then sends
      // its request, which joins this analysis), not after the analysis's first slice.
      // A failure is left to the request, which gets the error.
      void yieldToPage().then(() => runs.get(articleBlocksLoaded()).catch(() => undefined));
    },
    answerInjection: () => analyzePage(runs),
    handleMessage(message, sender) {
      // Only our own background talks to us (pages cannot reach this listener at all).
      if (sender.id !== extensionApi.runtimeId() || typeof message !== 'object' || message === null) return undefined;
      const { type, payload } = message as ContentMessage;
      if (!Object.hasOwn(handlers, type)) return undefined;
      const handler = handlers[type] as (payload: unknown) => unknown;
      // Inside a promise: a handler that throws becomes a rejected reply, not a listener crash.
      return Promise.resolve().then(() => handler(payload));
    },
    shadowRoot: currentShadowRoot,
    host: currentHost,
    isAlive() {
      try {
        return typeof extensionApi.runtimeId() === 'string';
      } catch {
        return false;
      }
    },
  };
  const runs = pageAnalyses(state);
  const handlers: ContentHandlers = {
    'content/analyze': (payload) => analyzePage(runs, payload?.content === true),
    'content/scrollTo': async ({ id }) => {
      const elements = state.analysis?.elementsById ?? (await runs.get()).elementsById;
      return { ok: typeof id === 'string' && jumpToSection(elements, id) };
    },
    // `show` (the popup's "Show beside article"): an open panel stays open, not hidden by a button that says "Show".
    'content/togglePanel': async (payload) => ({ open: (payload?.show && state.panel.isOpen) || state.panel.toggle() }),
    'content/ping': async () => ({ analyzing: runs.running > 0, loading: document.readyState === 'loading' }),
  };
  return state;
}

/** Installs the listener on first injection; later injections get the same state back. */
export function installContentScript(): ContentState {
  const scope = globalThis as Record<string, unknown>;
  const existing = scope[STATE_KEY] as ContentState | undefined;
  if (existing?.isAlive()) return existing;
  // A state left by a previous install of the extension (updated or reloaded) is cut off from
  // it: take its panel down and start afresh.
  existing?.closePanel();
  const state = createState();
  scope[STATE_KEY] = state;
  extensionApi.onMessage(state.handleMessage);
  return state;
}
