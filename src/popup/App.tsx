/**
 * The popup: one state per situation (loading, outline, restricted page, no article, error), each
 * with its own clear message. Talks to the browser only through the PopupClient it is given.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OutlineResult } from '../core/types';
import { outlineToMarkdown } from '../shared/formats/markdown';
import { ArticleHeader } from '../ui/ArticleHeader';
import { OutlineContent } from '../ui/OutlineContent';
import { describeSave, errorText, useTransientStatus } from '../ui/status';
import type { PopupClient, ShortcutInfo } from './client';
import { loadView, type PopupView } from './load-view';

export { loadView, type PopupView } from './load-view';

export interface AppProps {
  client: PopupClient;
  /** A request already under way (main.tsx starts it before the first render, to save time). */
  initial?: Promise<PopupView>;
  /** The view `initial` led to, when it is known already: the App starts with it (a repeat click). */
  settled?: PopupView;
}

export function App({ client, initial, settled }: AppProps) {
  const [view, setView] = useState<PopupView>(settled ?? { kind: 'loading' });
  const filterRef = useRef<HTMLInputElement>(null);

  const latest = useRef<Promise<PopupView> | null>(null);
  const load = useCallback(
    (pending: Promise<PopupView> = loadView(client)) => {
      latest.current = pending;
      setView({ kind: 'loading' });
      // Only the newest request may set the view (a retry overtakes a slow first try).
      void pending.then((next) => latest.current === pending && setView(next));
    },
    [client],
  );

  useEffect(() => {
    if (!settled) load(initial);
  }, [load, initial, settled]);

  useEffect(() => {
    document.documentElement.dataset.state = view.kind;
    if (__E2E__ && view.kind === 'ready') {
      // When the outline was first on screen (epoch ms), for the click-to-outline timing test.
      document.documentElement.dataset.renderedAt ??= String(performance.timeOrigin + performance.now());
    }
  }, [view]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === '/' && !typing && filterRef.current) {
        event.preventDefault();
        filterRef.current.focus();
        filterRef.current.select();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        client.closePopup();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [client]);

  return (
    <main class="or-popup" data-state={view.kind} aria-busy={view.kind === 'loading'}>
      {/* First, as it is drawn (in the top corner): Tab reaches it before the buttons under it, not after the list. */}
      {view.kind !== 'loading' && <ShortcutsHelp client={client} outline={view.kind === 'ready'} />}
      {view.kind === 'ready' ? (
        <OutlineScreen client={client} tabId={view.tabId} outline={view.outline} filterRef={filterRef} />
      ) : (
        <StateMessage view={view} onRetry={() => load()} />
      )}
    </main>
  );
}

/** Widths (%) of the skeleton's outline rows: uneven, like real ones. */
const SKELETON_ROWS = [88, 72, 94, 60, 80, 68, 90, 56];

/**
 * After this long the loading screen says why it may take a while: a page still loading is read once
 * its HTML has all arrived (a slow site, a blocking script), which may take seconds.
 */
export const SLOW_READING_MS = 2_500;

/** A skeleton of the outline screen: the popup opens at its final size, nothing jumps. */
function Loading() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_READING_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="or-state-loading" role="status">
      <p class={slow ? 'or-state-hint or-loading-slow' : 'or-visually-hidden'}>
        {slow
          ? 'Still reading the page. A page that is still loading is read once it has loaded.'
          : 'Reading the page…'}
      </p>
      <div class="or-skeleton" aria-hidden="true">
        <span class="or-skeleton-line or-skeleton-site" />
        <span class="or-skeleton-line or-skeleton-title" />
        <span class="or-skeleton-line or-skeleton-title or-skeleton-short" />
        <span class="or-skeleton-line or-skeleton-actions" />
        {SKELETON_ROWS.map((width, index) => (
          <span key={index} class="or-skeleton-line or-skeleton-row" style={{ width: `${width}%` }} />
        ))}
      </div>
    </div>
  );
}

function StateMessage({ view, onRetry }: { view: Exclude<PopupView, { kind: 'ready' }>; onRetry(): void }) {
  switch (view.kind) {
    case 'loading':
      return <Loading />;
    case 'restricted':
      return (
        <div class="or-state" role="status">
          <p class="or-state-title">This page can’t be outlined</p>
          <p class="or-state-text">{view.reason}</p>
          <p class="or-state-hint">Open an article on a website, then click the Outline Reader button again.</p>
        </div>
      );
    case 'no-article':
      return (
        <div class="or-state" role="status">
          <p class="or-state-title">No article found on this page</p>
          <p class="or-state-text">{view.reason}</p>
          <p class="or-state-hint">
            Outline Reader works on pages with one main article, such as a news story or a blog post.
          </p>
        </div>
      );
    case 'error':
      return (
        <div class="or-state" role="alert">
          <p class="or-state-title">{view.title ?? 'Something went wrong'}</p>
          <p class="or-state-text">{view.message}</p>
          <button type="button" class="or-button or-button-primary" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}

interface OutlineScreenProps {
  client: PopupClient;
  tabId: number;
  outline: OutlineResult;
  filterRef: RefObject<HTMLInputElement>;
}

function OutlineScreen({ client, tabId, outline, filterRef }: OutlineScreenProps) {
  const [status, say] = useTransientStatus();
  const [saving, setSaving] = useState(false);

  const run = async (action: () => Promise<string | null>) => {
    try {
      const message = await action();
      if (message) say(message);
    } catch (error) {
      say(errorText(error));
    }
  };

  return (
    <>
      <ArticleHeader result={outline} />
      <div class="or-actions" role="toolbar" aria-label="Outline actions">
        <button
          type="button"
          class="or-button"
          onClick={() =>
            run(async () => {
              await client.copyText(outlineToMarkdown(outline));
              return 'Outline copied as Markdown.';
            })
          }
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          class="or-button"
          disabled={saving}
          onClick={() =>
            run(async () => {
              setSaving(true);
              try {
                return describeSave(await client.save(outline, tabId));
              } finally {
                setSaving(false);
              }
            })
          }
        >
          Save
        </button>
        <button
          type="button"
          class="or-button"
          onClick={() =>
            run(async () => {
              if (__E2E__) {
                document.documentElement.dataset.readerClickedAt = String(performance.timeOrigin + performance.now());
              }
              const reply = await client.openReader(tabId);
              if (reply.ok) {
                client.closePopup();
                return null;
              }
              return reply.kind === 'error' ? reply.message : reply.reason;
            })
          }
        >
          Reader view
        </button>
        <button
          type="button"
          class="or-button"
          onClick={() =>
            run(async () => {
              await client.openLibrary();
              return null;
            })
          }
        >
          Library
        </button>
        <button
          type="button"
          class="or-button"
          title="Keep this outline open in a panel on the page, beside the article"
          onClick={() =>
            run(async () => {
              const open = await client.showPanel(tabId);
              if (open) client.closePopup();
              return open ? 'Outline shown beside the article.' : 'The outline could not be shown beside the article.';
            })
          }
        >
          Show beside article
        </button>
      </div>
      <p class="or-status" role="status" aria-live="polite">
        {status}
      </p>
      <OutlineContent
        outline={outline}
        idPrefix="popup"
        filterRef={filterRef}
        autoFocus
        onJump={(id) =>
          run(async () => ((await client.scrollTo(tabId, id)) ? null : 'That part is no longer on the page.'))
        }
        onEscape={() => client.closePopup()}
        onOpen={(url) => run(async () => ((await client.openUrl(url)) ? null : 'Only web links can be opened.'))}
      />
    </>
  );
}

function describeShortcut(shortcuts: ShortcutInfo[], name: string): string {
  return shortcuts.find((command) => command.name === name)?.shortcut || 'not set';
}

/**
 * The shortcuts, behind a small "?" entry (not a permanent footer). The outline's own keys (filter, move, jump) are
 * listed only where there is an outline: on a page without an article they would name things the popup lacks.
 */
function ShortcutsHelp({ client, outline }: { client: PopupClient; outline: boolean }) {
  const [shortcuts, setShortcuts] = useState<ShortcutInfo[] | null>(null);
  const load = () => {
    if (!shortcuts) client.getShortcuts().then(setShortcuts, () => setShortcuts([]));
  };
  return (
    <details class="or-help" onToggle={load}>
      <summary class="or-icon-button or-help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts">
        ?
      </summary>
      <div class="or-help-panel">
        <p class="or-help-title">Keyboard shortcuts</p>
        {shortcuts ? (
          <ul class="or-shortcuts">
            <li>
              <kbd>{describeShortcut(shortcuts, '_execute_action')}</kbd> open this outline
            </li>
            <li>
              <kbd>{describeShortcut(shortcuts, 'toggle-outline')}</kbd> show or hide it beside the article
            </li>
            <li>
              <kbd>{describeShortcut(shortcuts, 'toggle-reader')}</kbd> reader view
            </li>
            {outline ? (
              <li>
                <kbd>/</kbd> filter · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> jump · <kbd>Esc</kbd> close
              </li>
            ) : (
              <li>
                <kbd>Esc</kbd> close
              </li>
            )}
          </ul>
        ) : (
          <p class="or-shortcuts">Loading…</p>
        )}
        <p class="or-shortcuts-hint">
          Change them:{' '}
          <button
            type="button"
            class="or-link-button"
            onClick={() => void client.openShortcutSettings().catch(() => false)}
          >
            {client.shortcutSettingsHint()}
          </button>
        </p>
      </div>
    </details>
  );
}
