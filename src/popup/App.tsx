/**
 * The popup: one state per situation (loading, outline, restricted page, no article, error), each
 * with its own clear message. Talks to the browser only through the PopupClient it is given.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OutlineResult } from '../core/types';
import { outlineToMarkdown } from '../shared/formats/markdown';
import { ArticleHeader } from '../ui/ArticleHeader';
import { OutlineNavigator } from '../ui/OutlineNavigator';
import { hasOutlineContent } from '../ui/outline-model';
import { RelatedList } from '../ui/RelatedList';
import { describeSave, errorText, useTransientStatus } from '../ui/status';
import type { PopupClient, ShortcutInfo } from './client';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'ready'; tabId: number; outline: OutlineResult }
  | { kind: 'restricted'; reason: string }
  | { kind: 'no-article'; reason: string }
  | { kind: 'error'; message: string };

/** Asks for the tab's outline and turns the reply into the view to show. Never throws. */
export async function loadView(client: PopupClient): Promise<PopupView> {
  try {
    const tabId = await client.getTargetTabId();
    if (__E2E__) performance.mark('outline-requested');
    const reply = await client.getOutline(tabId);
    if (__E2E__) performance.mark('outline-received');
    if (reply.ok) return { kind: 'ready', tabId, outline: reply.outline };
    if (reply.kind === 'error') return { kind: 'error', message: reply.message };
    return { kind: reply.kind, reason: reply.reason };
  } catch (error) {
    return { kind: 'error', message: errorText(error) };
  }
}

export interface AppProps {
  client: PopupClient;
  /** A request already under way (main.tsx starts it before the first render, to save time). */
  initial?: Promise<PopupView>;
}

export function App({ client, initial }: AppProps) {
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
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
    load(initial);
  }, [load, initial]);

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
      {view.kind === 'ready' ? (
        <OutlineScreen client={client} tabId={view.tabId} outline={view.outline} filterRef={filterRef} />
      ) : (
        <StateMessage view={view} onRetry={() => load()} />
      )}
      <ShortcutsFooter client={client} />
    </main>
  );
}

function StateMessage({ view, onRetry }: { view: Exclude<PopupView, { kind: 'ready' }>; onRetry(): void }) {
  switch (view.kind) {
    case 'loading':
      return (
        <div class="or-state or-state-loading" role="status">
          <span class="or-spinner" aria-hidden="true" />
          <p class="or-state-title">Reading the page…</p>
        </div>
      );
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
          <p class="or-state-hint">Outline Reader works on pages with one main article, such as a news story or a blog post.</p>
        </div>
      );
    case 'error':
      return (
        <div class="or-state" role="alert">
          <p class="or-state-title">Something went wrong</p>
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

  const hasOutline = hasOutlineContent(outline.outline);
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
        <button type="button" class="or-button" onClick={() => run(async () => {
          await client.openLibrary();
          return null;
        })}>
          Library
        </button>
        <button
          type="button"
          class="or-button"
          onClick={() =>
            run(async () => {
              const open = await client.togglePanel(tabId);
              if (open) client.closePopup();
              return open ? 'Outline shown beside the page.' : 'Outline beside the page hidden.';
            })
          }
        >
          Beside page
        </button>
      </div>
      <p class="or-status" role="status" aria-live="polite">
        {status}
      </p>
      {hasOutline ? (
        <OutlineNavigator
          outline={outline.outline}
          dir={outline.dir}
          lang={outline.lang}
          idPrefix="popup"
          filterRef={filterRef}
          autoFocus
          onJump={(sectionId) =>
            run(async () => ((await client.scrollTo(tabId, sectionId)) ? null : 'That heading is no longer on the page.'))
          }
          onEscape={() => client.closePopup()}
        />
      ) : (
        <p class="or-empty">This article has no headings or lists to outline.</p>
      )}
      <RelatedList
        related={outline.related}
        dir={outline.dir}
        lang={outline.lang}
        headingId="popup-related"
        onOpen={(url) => run(async () => ((await client.openUrl(url)) ? null : 'Only web links can be opened.'))}
      />
    </>
  );
}

function describeShortcut(shortcuts: ShortcutInfo[], name: string): string {
  return shortcuts.find((command) => command.name === name)?.shortcut || 'not set';
}

function ShortcutsFooter({ client }: { client: PopupClient }) {
  const [shortcuts, setShortcuts] = useState<ShortcutInfo[] | null>(null);
  useEffect(() => {
    client.getShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, [client]);
  if (!shortcuts) return null;
  return (
    <footer class="or-footer">
      <p class="or-shortcuts">
        <kbd>{describeShortcut(shortcuts, '_execute_action')}</kbd> this outline ·{' '}
        <kbd>{describeShortcut(shortcuts, 'toggle-outline')}</kbd> outline beside the page ·{' '}
        <kbd>{describeShortcut(shortcuts, 'toggle-reader')}</kbd> reader view
      </p>
      <p class="or-shortcuts-hint">
        Change shortcuts:{' '}
        <button type="button" class="or-link-button" onClick={() => void client.openShortcutSettings().catch(() => false)}>
          {client.shortcutSettingsHint()}
        </button>
      </p>
    </footer>
  );
}
