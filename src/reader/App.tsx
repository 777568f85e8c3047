/**
 * The reader view: the article itself, clean, with its outline, key points and related stories
 * beside it. One state per situation (loading, ready, restricted page, no article, error), with the
 * popup's messages. Keyboard: j / k next and previous section (key point, in an article without sections), [ / ] text
 * size, Esc back to the page.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { OutlineResult } from '../core/types';
import type { ReaderArticleReply } from '../shared/protocol';
import { DEFAULT_READER_SETTINGS, stepFontSize, type ReaderSettings } from '../shared/storage/reader-settings';
import { ArticleHeader } from '../ui/ArticleHeader';
import { textDirection } from '../ui/format';
import { describeSave, errorText, useTransientStatus } from '../ui/status';
import { ArticleBlocks } from './Blocks';
import type { ReaderClient } from './client';
import { applySettings } from './apply-settings';
import { keepPlace } from './keep-place';
import { keyPointParagraphs, outlineAsBlocks } from './model';
import { ARTICLE_END_CLASS, useActiveSection, useKeptScrollPosition, useReadingProgress } from './scrolling';
import { SettingsBar } from './Settings';
import { hasSidebar, Sidebar } from './Sidebar';
import { nextSection } from './sections';
import { withTextLanguage } from './text-language';

type View =
  | { kind: 'loading' }
  | { kind: 'ready'; article: OutlineResult; textKept: boolean }
  | { kind: 'restricted'; reason: string }
  | { kind: 'no-article'; reason: string }
  | { kind: 'error'; message: string };

function viewOf(reply: ReaderArticleReply & { textKept?: boolean }): View {
  if (reply.ok)
    return { kind: 'ready', article: reply.article, textKept: reply.textKept ?? Array.isArray(reply.article.content) };
  if (reply.kind === 'error') return { kind: 'error', message: reply.message };
  return { kind: reply.kind, reason: reply.reason };
}

export function App({ client }: { client: ReaderClient }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_READER_SETTINGS);
  // The article waits for the remembered settings (a storage read of a few ms): drawn at the default size or theme
  // first, the text would jump, or flash light, when they arrive, and the reading position would be read at the
  // wrong size. Unreadable settings are the defaults.
  const [settingsRead, setSettingsRead] = useState(false);
  const shown: View = settingsRead ? view : { kind: 'loading' };

  useEffect(() => {
    client
      .loadSettings()
      .then(setSettings, () => undefined)
      .finally(() => setSettingsRead(true));
    client.getArticle().then(
      async (reply) => {
        // The language its text has, before the article is drawn (a detection takes milliseconds).
        if (reply.ok && client.detectLanguage)
          reply = { ...reply, article: await withTextLanguage(reply.article, client.detectLanguage) };
        setView(viewOf(reply));
      },
      (error) => setView({ kind: 'error', message: errorText(error) }),
    );
  }, [client]);

  useLayoutEffect(() => keepPlace(document, () => applySettings(document.documentElement, settings)), [settings]);

  const changeSettings = (next: ReaderSettings) => {
    setSettings(next);
    void client.saveSettings(next).catch(() => undefined);
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const typing = !!target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
      if (event.key === 'Escape' && !typing) {
        event.preventDefault();
        client.back();
        return;
      }
      if (typing) return;
      if (event.key === '/') {
        // "/" goes to the outline's filter beside the text, from anywhere, as in the popup (its box shows the key).
        const filter = document.querySelector<HTMLInputElement>('.rd-sidebar .or-filter-input');
        if (!filter) return;
        event.preventDefault();
        filter.focus();
        filter.select();
      } else if (event.key === '[' || event.key === ']') {
        event.preventDefault();
        event.stopPropagation();
        setSettings((current) => {
          const next = { ...current, fontSize: stepFontSize(current.fontSize, event.key === ']' ? 1 : -1) };
          void client.saveSettings(next).catch(() => undefined);
          return next;
        });
      } else if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        event.stopPropagation();
        nextSection(document, event.key === 'j' ? 1 : -1);
      }
    };
    // Capture: j and k are the reader's, also inside the outline tree (where letters would filter).
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [client]);

  useEffect(() => {
    document.documentElement.dataset.state = shown.kind;
    if (shown.kind === 'ready') document.title = `${shown.article.title || 'Untitled article'} — Reader view`;
  }, [shown.kind, view]);

  return (
    <>
      {/* A message page is not read through: a full bar over it looked like a finished article. */}
      {shown.kind === 'ready' && <ProgressBar />}
      <header class="rd-toolbar">
        <button type="button" class="or-button rd-back" onClick={() => client.back()} aria-keyshortcuts="Escape">
          <span aria-hidden="true">←</span> {client.source?.kind === 'saved' ? 'Back' : 'Back to the page'}
        </button>
        {shown.kind === 'ready' && client.source?.kind === 'tab' && (
          <SaveButton client={client} article={shown.article} />
        )}
        <SettingsBar settings={settings} onChange={changeSettings} />
      </header>
      {shown.kind === 'ready' ? (
        <Reading client={client} article={shown.article} textKept={shown.textKept} />
      ) : (
        <StateMessage view={shown} />
      )}
    </>
  );
}

function ProgressBar() {
  const progress = useReadingProgress();
  return (
    <div class="rd-progress" aria-hidden="true">
      <div class="rd-progress-bar" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}

function SaveButton({ client, article }: { client: ReaderClient; article: OutlineResult }) {
  const [status, say] = useTransientStatus();
  const [saving, setSaving] = useState(false);
  return (
    <>
      <button
        type="button"
        class="or-button"
        disabled={saving}
        onClick={async () => {
          setSaving(true);
          try {
            say(describeSave(await client.save(article)));
          } catch (error) {
            say(errorText(error));
          } finally {
            setSaving(false);
          }
        }}
      >
        Save
      </button>
      <span class="rd-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}

function Reading({ client, article, textKept }: { client: ReaderClient; article: OutlineResult; textKept: boolean }) {
  const blocks = useMemo(
    () => (textKept && article.content ? article.content : outlineAsBlocks(article.outline)),
    [article, textKept],
  );
  const keyPoints = useMemo(() => keyPointParagraphs(blocks, article.keyPoints), [blocks, article.keyPoints]);
  const activeId = useActiveSection(blocks);
  // Also for a page that declares no direction: an Arabic text reads right to left, its outline at its end side.
  const dir = textDirection(article);
  useKeptScrollPosition();

  useEffect(() => {
    if (__E2E__) {
      // When the first paragraph was painted (epoch ms), for the click-to-reader timing test.
      requestAnimationFrame(() =>
        setTimeout(() => {
          document.documentElement.dataset.paintedAt ??= String(performance.timeOrigin + performance.now());
        }, 0),
      );
    }
  }, []);

  return (
    <div class={hasSidebar(article) ? 'rd-layout' : 'rd-layout rd-layout-single'} dir={dir ?? undefined}>
      <main class="rd-main">
        <article class="rd-article" dir={dir ?? 'auto'} lang={article.lang ?? undefined}>
          <ArticleHeader result={article} />
          {!textKept && (
            <p class="rd-notice" role="note">
              The text of this article was not kept when it was saved (it was saved before texts were kept, or its text
              could not be stored). Here is its outline; the original page has the full text.
            </p>
          )}
          <div class="rd-content">
            <ArticleBlocks blocks={blocks} keyPointParagraphs={keyPoints} title={article.title} />
          </div>
          <div class={ARTICLE_END_CLASS} aria-hidden="true" />
          {article.url && (
            <p class="rd-source">
              {/* The label is the UI's English, left to right also in an RTL article (not ":Original page"). */}
              <a href={article.url} rel="noopener noreferrer" dir="ltr">
                Original page: <bdi>{article.url}</bdi>
              </a>
            </p>
          )}
        </article>
      </main>
      <Sidebar
        article={article}
        activeId={activeId}
        onOpen={(url) => client.openUrl(url)}
        onEscape={() => client.back()}
      />
    </div>
  );
}

function StateMessage({ view }: { view: Exclude<View, { kind: 'ready' }> }) {
  switch (view.kind) {
    case 'loading':
      return (
        <main class="rd-main rd-state" role="status">
          <p class="or-state-title">Reading the page…</p>
        </main>
      );
    case 'restricted':
      return (
        <main class="rd-main rd-state" role="status">
          <h1 class="or-state-title">This page can’t be outlined</h1>
          <p>{view.reason}</p>
          <p>Open an article on a website, then open the reader view again. Esc goes back.</p>
        </main>
      );
    case 'no-article':
      return (
        <main class="rd-main rd-state" role="status">
          <h1 class="or-state-title">No article found on this page</h1>
          <p>{view.reason}</p>
          <p>
            The reader view works on pages with one main article, such as a news story or a blog post. Esc goes back.
          </p>
        </main>
      );
    case 'error':
      return (
        <main class="rd-main rd-state" role="alert">
          <h1 class="or-state-title">Something went wrong</h1>
          <p>{view.message}</p>
        </main>
      );
  }
}
