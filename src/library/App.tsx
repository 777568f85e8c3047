/**
 * The library page: saved outlines newest first, search as you type, filter by site, read one,
 * delete with undo, export (JSON, Markdown, OPML) and import. It reads the library itself and
 * asks the background for every change (the background is the library's only writer). The state
 * lives in hooks (./hooks): the library and its live updates, the route, search, delete and undo.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { QuarantinedItem } from '../shared/storage';
import type { LibraryClient } from './client';
import { ActionBar } from './components/ActionBar';
import { DamageNotice } from './components/DamageNotice';
import { EntryList } from './components/EntryList';
import { EntryView } from './components/EntryView';
import { NoticeBanner, type Notice } from './components/Notices';
import { SearchBar } from './components/SearchBar';
import { Toast } from './components/Toast';
import { buildExport, downloadFile, type ExportFile, type ExportFormat } from './export';
import { useEntryActions } from './hooks/useEntryActions';
import { useLibrary } from './hooks/useLibrary';
import { entryHash, goToList, useRoute, useShortcuts } from './hooks/useRoute';
import { RESULTS_PAGE_SIZE, useSearch } from './hooks/useSearch';
import { importFile } from './import-file';
import { damageLines, plural } from './notices';

export { READY_MARK } from './hooks/useLibrary';
export { UNDO_WINDOW_MS } from './hooks/useEntryActions';
export { RESULTS_PAGE_SIZE } from './hooks/useSearch';

export interface AppProps {
  client: LibraryClient;
  /** Injected by tests; the page uses a real download. */
  download?: (file: ExportFile) => void;
}

/** The page's own title (library.html). */
const LIBRARY_TITLE = 'Saved outlines — Outline Reader';

function BackLink() {
  return (
    <a href="#/" class="button" onClick={(event) => (event.preventDefault(), goToList())}>
      ← All saved outlines
    </a>
  );
}

function Masthead() {
  return (
    <header class="masthead">
      <div class="masthead-inner">
        <p class="brand">Outline Reader</p>
        <h1 class="page-title">Saved outlines</h1>
        <p class="muted privacy">Kept only in this browser. Nothing is sent anywhere.</p>
      </div>
    </header>
  );
}

export function App({ client, download = downloadFile }: AppProps) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [damageNoticeHidden, setDamageNoticeHidden] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [focusRow, setFocusRow] = useState<{ index: number } | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const showError = useCallback((title: string) => setNotice({ tone: 'error', title }), []);
  const state = useLibrary(client, showError);
  const route = useRoute();
  useShortcuts(
    route,
    useCallback(() => searchBox.current?.focus(), []),
  );
  const library = state.status === 'ready' ? state.library : null;
  // The tab (and the browser's history) names the saved outline shown, not only "Saved outlines".
  const shownTitle =
    route.view === 'entry' ? library?.entries.find((entry) => entry.id === route.id)?.title || null : null;
  useEffect(() => {
    document.title = shownTitle ? `${shownTitle} — ${LIBRARY_TITLE}` : LIBRARY_TITLE;
  }, [shownTitle]);
  const entries = library?.entries ?? [];
  const search = useSearch(entries, library !== null, client.loadArticleTexts);
  const unselect = useCallback((ids: string[]) => {
    setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
  }, []);
  const { toast, deleteEntries, undoDelete } = useEntryActions(client, setNotice, unselect);

  const toggleSelected = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const exportAs = (format: ExportFormat) => {
    const chosen = selected.size ? entries.filter((entry) => selected.has(entry.id)) : entries;
    download(buildExport(chosen, format));
  };

  const downloadQuarantine = (items: QuarantinedItem[]) => {
    const note = 'Items Outline Reader could not read and set aside, unchanged.';
    download({
      name: 'outline-reader-damaged-items.json',
      type: 'application/json',
      text: JSON.stringify({ note, items }, null, 2) + '\n',
    });
  };

  if (state.status === 'loading') {
    return (
      <main class="page" aria-busy="true">
        <p class="muted">Loading your library…</p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main class="page">
        <div class="notice notice-error" role="alert">
          <p class="notice-title">{state.message}</p>
        </div>
      </main>
    );
  }

  const { query, site, matches, limit } = search;
  const current = route.view === 'entry' ? entries.find((entry) => entry.id === route.id) : undefined;
  const allMatchesSelected = matches.length > 0 && matches.every((entry) => selected.has(entry.id));
  const onDelete = (ids: string[]) => void deleteEntries(ids);
  const filterText = `${query ? `match “${query.trim()}”` : ''}${site ? ` from ${site}` : ''}`;
  const status =
    query || site
      ? `${plural(matches.length, 'outline')} of ${entries.length.toLocaleString()} ${filterText}`
      : entries.length
        ? `${plural(entries.length, 'saved outline')}, newest first`
        : '';

  const list = (
    <>
      <SearchBar
        searchBox={searchBox}
        query={query}
        onQuery={search.setQuery}
        site={site}
        onSite={search.setSite}
        sites={search.sites}
        total={entries.length}
      />
      <ActionBar
        allSelected={allMatchesSelected}
        canSelect={matches.length > 0}
        onSelectAll={() => setSelected(allMatchesSelected ? new Set() : new Set(matches.map((entry) => entry.id)))}
        selectedCount={selected.size}
        onDeleteSelected={() => onDelete([...selected])}
        canExport={entries.length > 0}
        onExport={exportAs}
        onImport={(file) => void importFile(client, file).then(setNotice)}
      />
      <p class="status" role="status" data-query={query} data-count={matches.length}>
        {status}
      </p>
      {!entries.length ? (
        <div class="empty">
          <p>Your library is empty.</p>
          <p class="muted">
            Open an article, click the Outline Reader button and choose “Save”. Or import a library you exported before.
          </p>
        </div>
      ) : !matches.length ? (
        <div class="empty">
          <p>Nothing matches{query ? ` “${query.trim()}”` : ''}.</p>
        </div>
      ) : (
        <>
          <EntryList
            entries={matches.slice(0, limit)}
            terms={search.terms}
            selected={selected}
            onToggleSelected={toggleSelected}
            onOpen={(id) => (location.hash = entryHash(id))}
            onDelete={onDelete}
            focusRow={focusRow}
          />
          {matches.length > limit && (
            <button
              type="button"
              class="button more"
              onClick={() => {
                // The focus goes to the first row added: the button itself moves below them all.
                setFocusRow({ index: limit });
                search.showMore();
              }}
            >
              Show {Math.min(RESULTS_PAGE_SIZE, matches.length - limit)} more (
              {(matches.length - limit).toLocaleString()} not shown)
            </button>
          )}
        </>
      )}
    </>
  );

  return (
    <>
      <Masthead />
      <main class="page">
        {notice && <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />}
        {damageLines(state.library).length > 0 && !damageNoticeHidden && (
          <DamageNotice
            library={state.library}
            onDownload={downloadQuarantine}
            onDelete={() => void client.clearQuarantine()}
            onDismiss={() => setDamageNoticeHidden(true)}
          />
        )}
        {route.view === 'bad-link' ? (
          <div class="reader" role="alert">
            <p>This link to a saved outline is damaged (it was probably cut short), so it cannot be opened.</p>
            <BackLink />
          </div>
        ) : route.view === 'entry' ? (
          current ? (
            <EntryView
              entry={current}
              terms={search.terms}
              onBack={goToList}
              onDelete={onDelete}
              onExportArticle={
                client.exportArticle ? (format) => void client.exportArticle!(current, format) : undefined
              }
            />
          ) : (
            <div class="reader">
              <p>This outline is not in your library (it may have been deleted).</p>
              <BackLink />
            </div>
          )
        ) : (
          list
        )}
      </main>
      {toast && <Toast toast={toast} onUndo={(removed) => void undoDelete(removed)} />}
    </>
  );
}
