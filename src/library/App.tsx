/**
 * The library page: saved outlines newest first, search as you type, filter by site, read one,
 * delete with undo, export (JSON, Markdown, OPML) and import. It reads the library itself and
 * asks the background for every change (the background is the library's only writer).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CURRENT_SCHEMA_VERSION, type LoadedLibrary, type QuarantinedItem, type SavedOutline } from '../shared/storage';
import type { ImportReport } from '../shared/storage';
import type { LibraryClient } from './client';
import { EntryList } from './components/EntryList';
import { EntryView } from './components/EntryView';
import { NoticeBanner, type Notice } from './components/Notices';
import { EXPORT_FORMATS, buildExport, downloadFile, type ExportFile, type ExportFormat } from './export';
import { buildSearchIndex, queryTerms, searchLibrary } from './search';

/** Rows rendered at once: enough to scroll through, few enough that each keystroke renders fast. */
export const RESULTS_PAGE_SIZE = 100;
/** How long Undo stays offered after a delete: time to notice the mistake and reach the button. */
export const UNDO_WINDOW_MS = 10_000;
/** One storage change event per written key can arrive in a burst: reload once after it. */
const RELOAD_DEBOUNCE_MS = 50;
/** The performance mark the end-to-end test reads to measure how long the page takes to open. */
export const READY_MARK = 'library-ready';

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; library: LoadedLibrary };

type Route = { view: 'list' } | { view: 'entry'; id: string };

function routeFromHash(hash: string): Route {
  const match = /^#\/entry\/(.+)$/.exec(hash);
  return match ? { view: 'entry', id: decodeURIComponent(match[1]!) } : { view: 'list' };
}

interface Toast {
  text: string;
  undo?: SavedOutline[];
}

export interface AppProps {
  client: LibraryClient;
  /** Injected by tests; the page uses a real download. */
  download?: (file: ExportFile) => void;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function importNotice(fileName: string, report: ImportReport): Notice {
  const parts = [`${report.added.toLocaleString()} added`, `${report.updated.toLocaleString()} updated`, `${report.unchanged.toLocaleString()} unchanged`, `${report.rejected.length.toLocaleString()} rejected`];
  return {
    tone: report.rejected.length ? 'warning' : 'success',
    title: `Imported “${fileName}”: ${parts.join(', ')}.`,
    details: report.rejected.map((item) => `Outline ${item.position + 1}${item.url ? ` (${item.url})` : ''} was rejected: ${item.reason}.`),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App({ client, download = downloadFile }: AppProps) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [site, setSite] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash));
  const [limit, setLimit] = useState(RESULTS_PAGE_SIZE);
  const [toast, setToast] = useState<Toast | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [damageNoticeHidden, setDamageNoticeHidden] = useState(false);
  const repairRequested = useRef(false);
  const readyMarked = useRef(false);
  const searchBox = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', library: await client.load() });
    } catch (error) {
      setState({ status: 'error', message: errorText(error) });
    }
  }, [client]);

  useEffect(() => {
    void reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), RELOAD_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [client, reload]);

  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const library = state.status === 'ready' ? state.library : null;

  // Damaged entries or an older schema: the background (the only writer) sets them aside / migrates.
  useEffect(() => {
    if (!library || repairRequested.current) return;
    const outdated = library.storedSchemaVersion > 0 && library.storedSchemaVersion < CURRENT_SCHEMA_VERSION;
    if (!library.problems.length && !outdated) return;
    repairRequested.current = true;
    void client.repair().then((reply) => {
      if (!reply.ok) setNotice({ tone: 'error', title: reply.error });
    });
  }, [library, client]);

  useEffect(() => {
    if (library && !readyMarked.current) {
      readyMarked.current = true;
      performance.mark(READY_MARK);
    }
  }, [library]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        if (route.view !== 'list') location.hash = '#/';
        setTimeout(() => searchBox.current?.focus());
      } else if (event.key === 'Escape' && route.view === 'entry' && !typing) {
        location.hash = '#/';
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [route]);

  const entries = library?.entries ?? [];
  const index = useMemo(() => buildSearchIndex(entries), [entries]);
  const terms = useMemo(() => queryTerms(query), [query]);
  const matches = useMemo(() => searchLibrary(index, query, site), [index, query, site]);
  const sites = useMemo(() => {
    const counts = new Map<string, number>();
    for (const name of index.sites) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [index]);

  useEffect(() => setLimit(RESULTS_PAGE_SIZE), [query, site]);
  // A site that no longer has entries (all deleted) would hide everything: drop the filter.
  useEffect(() => {
    if (site !== null && library && !index.sites.includes(site)) setSite(null);
  }, [index, site, library]);

  const toggleSelected = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const deleteEntries = useCallback(
    async (ids: string[]) => {
      const reply = await client.remove(ids);
      if (!reply.ok) {
        setNotice({ tone: 'error', title: reply.error });
        return;
      }
      setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
      const [only] = reply.removed;
      setToast({
        text: reply.removed.length === 1 && only ? `Deleted “${only.title || only.url}”.` : `Deleted ${plural(reply.removed.length, 'outline')}.`,
        undo: reply.removed,
      });
      if (routeFromHash(location.hash).view === 'entry') location.hash = '#/';
    },
    [client],
  );

  const undoDelete = useCallback(
    async (removed: SavedOutline[]) => {
      setToast(null);
      const reply = await client.restore(removed);
      if (!reply.ok) setNotice({ tone: 'error', title: reply.error });
      else setToast({ text: `Restored ${plural(reply.restored, 'outline')}.` });
    },
    [client],
  );

  const exportAs = (format: ExportFormat) => {
    const chosen = selected.size ? entries.filter((entry) => selected.has(entry.id)) : entries;
    download(buildExport(chosen, format));
  };

  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setNotice({ tone: 'error', title: `“${file.name}” could not be read: ${errorText(error)}. Nothing was imported.` });
      return;
    }
    const reply = await client.importText(text);
    setNotice(reply.ok ? importNotice(file.name, reply.report) : { tone: 'error', title: `“${file.name}”: ${reply.error}` });
  };

  const downloadQuarantine = (items: QuarantinedItem[]) => {
    download({
      name: 'outline-reader-damaged-items.json',
      type: 'application/json',
      text: JSON.stringify({ note: 'Items Outline Reader could not read and set aside, unchanged.', items }, null, 2) + '\n',
    });
  };

  const openEntry = (id: string) => {
    location.hash = `#/entry/${encodeURIComponent(id)}`;
  };
  const backToList = () => {
    location.hash = '#/';
  };

  if (state.status === 'loading') return <main class="page" aria-busy="true"><p class="muted">Loading your library…</p></main>;
  if (state.status === 'error') {
    return (
      <main class="page">
        <div class="notice notice-error" role="alert">
          <p class="notice-title">{state.message}</p>
        </div>
      </main>
    );
  }

  const damaged = [...state.library.problems.map((problem) => `${problem.key}: ${problem.reason}`), ...state.library.quarantined.map((item) => `${item.key}: ${item.reason}`)];
  const current = route.view === 'entry' ? entries.find((entry) => entry.id === route.id) : undefined;
  const allMatchesSelected = matches.length > 0 && matches.every((entry) => selected.has(entry.id));

  return (
    <>
      <header class="masthead">
        <div class="masthead-inner">
          <p class="brand">Outline Reader</p>
          <h1 class="page-title">Saved outlines</h1>
          <p class="muted privacy">Kept only in this browser. Nothing is sent anywhere.</p>
        </div>
      </header>
      <main class="page">
        {notice && <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />}
        {damaged.length > 0 && !damageNoticeHidden && (
          <NoticeBanner
            notice={{
              tone: 'warning',
              title: `${plural(damaged.length, 'saved item')} could not be read. ${damaged.length === 1 ? 'It' : 'They'} ${state.library.problems.length ? (damaged.length === 1 ? 'is being' : 'are being') : damaged.length === 1 ? 'was' : 'were'} set aside, unchanged; the rest of your library is fine.`,
              details: damaged,
            }}
            onDismiss={() => setDamageNoticeHidden(true)}
          >
            <div class="notice-actions">
              <button type="button" class="button" onClick={() => downloadQuarantine(state.library.quarantined)}>
                Download them
              </button>
              {state.library.quarantined.length > 0 && (
                <button
                  type="button"
                  class="button subtle"
                  onClick={() => {
                    if (confirm('Delete the items that could not be read? This cannot be undone; download them first to keep a copy.')) void client.clearQuarantine();
                  }}
                >
                  Delete them…
                </button>
              )}
            </div>
          </NoticeBanner>
        )}

        {route.view === 'entry' ? (
          current ? (
            <EntryView entry={current} terms={terms} onBack={backToList} onDelete={(ids) => void deleteEntries(ids)} />
          ) : (
            <div class="reader">
              <p>This outline is not in your library (it may have been deleted).</p>
              <a href="#/" class="button" onClick={(event) => (event.preventDefault(), backToList())}>
                ← All saved outlines
              </a>
            </div>
          )
        ) : (
          <>
            <div class="toolbar" role="search">
              <label class="search">
                <span class="or-visually-hidden">Search saved outlines</span>
                <input
                  ref={searchBox}
                  type="search"
                  placeholder="Search headlines, headings, bullets, related stories…  ( / )"
                  value={query}
                  onInput={(event) => setQuery(event.currentTarget.value)}
                  autoFocus
                />
              </label>
              <label class="site-filter">
                <span class="or-visually-hidden">Filter by site</span>
                <select value={site ?? ''} onChange={(event) => setSite(event.currentTarget.value || null)}>
                  <option value="">All sites ({entries.length.toLocaleString()})</option>
                  {sites.map(([name, count]) => (
                    <option key={name} value={name}>
                      {name} ({count.toLocaleString()})
                    </option>
                  ))}
                </select>
              </label>
            </div>

            <div class="actions">
              <label class="select-all">
                <input
                  type="checkbox"
                  checked={allMatchesSelected}
                  disabled={!matches.length}
                  onChange={() => setSelected(allMatchesSelected ? new Set() : new Set(matches.map((entry) => entry.id)))}
                />
                Select all shown
              </label>
              {selected.size > 0 && (
                <button type="button" class="button danger" onClick={() => void deleteEntries([...selected])}>
                  Delete {plural(selected.size, 'selected', 'selected')}
                </button>
              )}
              <span class="spacer" />
              <div class="export" role="group" aria-label={selected.size ? `Export ${selected.size} selected` : 'Export all'}>
                <span class="muted">Export {selected.size ? `${selected.size.toLocaleString()} selected` : 'all'} as</span>
                {EXPORT_FORMATS.map(({ format, label }) => (
                  <button key={format} type="button" class="button" data-format={format} disabled={!entries.length} onClick={() => exportAs(format)}>
                    {label}
                  </button>
                ))}
              </div>
              <button type="button" class="button" onClick={() => fileInput.current?.click()}>
                Import JSON…
              </button>
              <input
                ref={fileInput}
                type="file"
                accept=".json,application/json"
                class="or-visually-hidden"
                tabIndex={-1}
                aria-label="Import a library export (JSON)"
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  event.currentTarget.value = '';
                  if (file) void importFile(file);
                }}
              />
            </div>

            <p class="status" role="status" data-query={query} data-count={matches.length}>
              {query || site
                ? `${plural(matches.length, 'outline')} of ${entries.length.toLocaleString()} ${query ? `match “${query.trim()}”` : ''}${site ? ` from ${site}` : ''}`
                : entries.length
                  ? `${plural(entries.length, 'saved outline')}, newest first`
                  : ''}
            </p>

            {!entries.length ? (
              <div class="empty">
                <p>Your library is empty.</p>
                <p class="muted">Open an article, click the Outline Reader button and choose “Save”. Or import a library you exported before.</p>
              </div>
            ) : !matches.length ? (
              <div class="empty">
                <p>Nothing matches{query ? ` “${query.trim()}”` : ''}.</p>
              </div>
            ) : (
              <>
                <EntryList entries={matches.slice(0, limit)} terms={terms} selected={selected} onToggleSelected={toggleSelected} onOpen={openEntry} onDelete={(ids) => void deleteEntries(ids)} />
                {matches.length > limit && (
                  <button type="button" class="button more" onClick={() => setLimit(limit + RESULTS_PAGE_SIZE)}>
                    Show {Math.min(RESULTS_PAGE_SIZE, matches.length - limit)} more ({(matches.length - limit).toLocaleString()} not shown)
                  </button>
                )}
              </>
            )}
          </>
        )}
      </main>
      {toast && (
        <div class="toast" role="status" aria-live="polite">
          <span dir="auto">{toast.text}</span>
          {toast.undo && (
            <button type="button" class="button" onClick={() => void undoDelete(toast.undo!)}>
              Undo
            </button>
          )}
        </div>
      )}
    </>
  );
}
