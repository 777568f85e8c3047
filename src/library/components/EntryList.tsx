import { useEffect, useRef } from 'preact/hooks';
import type { SavedOutline } from '../../shared/storage';
import { bestSnippet } from '../search';
import { formatMoment, metaLine, textDir } from './format';
import { Highlight } from './Highlight';

const SNIPPET_LABELS = { keyPoint: 'Key point', heading: 'Heading', bullet: 'Bullet', related: 'Related' } as const;

interface EntryListProps {
  entries: SavedOutline[];
  terms: string[];
  selected: ReadonlySet<string>;
  onToggleSelected(id: string): void;
  onOpen(id: string): void;
  onDelete(ids: string[]): void;
  /** A row to move the keyboard focus to once shown (the first of those "Show more" added); a new object each time. */
  focusRow?: { index: number } | null;
}

/** The title link of a row: where the keyboard focus goes in a row. */
function focusTitle(row: Element | undefined): void {
  row?.querySelector<HTMLElement>('.entry-title a')?.focus();
}

export function EntryList(props: EntryListProps) {
  const { entries, terms, selected, onToggleSelected, onOpen, onDelete, focusRow } = props;
  const list = useRef<HTMLOListElement>(null);
  // A row deleted with the keyboard: once it is gone, the focus goes to the row that took its place (else the one
  // before), not to the top of the page.
  const afterDelete = useRef<{ gone: string; next: string | null } | null>(null);
  useEffect(() => {
    const pending = afterDelete.current;
    if (!pending || entries.some((entry) => entry.id === pending.gone)) return;
    afterDelete.current = null;
    if (pending.next && document.activeElement === document.body) {
      focusTitle([...(list.current?.children ?? [])].find((row) => (row as HTMLElement).dataset.id === pending.next));
    }
  }, [entries]);
  useEffect(() => {
    if (focusRow) focusTitle(list.current?.children[focusRow.index]);
  }, [focusRow]);
  const deleteRow = (at: number) => {
    const gone = entries[at]!.id;
    afterDelete.current = { gone, next: (entries[at + 1] ?? entries[at - 1])?.id ?? null };
    onDelete([gone]);
  };
  return (
    <ol class="entries" aria-label="Saved outlines" ref={list}>
      {entries.map((entry, at) => {
        const snippet = bestSnippet(entry, terms);
        const checkboxId = `select-${entry.id}`;
        return (
          <li class="entry" key={entry.id} data-id={entry.id}>
            <input
              type="checkbox"
              id={checkboxId}
              class="entry-select"
              checked={selected.has(entry.id)}
              onChange={() => onToggleSelected(entry.id)}
            />
            <label for={checkboxId} class="or-visually-hidden">
              Select “{entry.title || entry.url}”
            </label>
            <div class="entry-main">
              <h2 class="entry-title" lang={entry.lang ?? undefined} dir={textDir(entry)}>
                <a
                  href={`#/entry/${encodeURIComponent(entry.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(entry.id);
                  }}
                >
                  <Highlight text={entry.title || entry.url} terms={terms} />
                </a>
              </h2>
              <p class="entry-meta">
                <span dir="auto">{metaLine(entry)}</span>
                <span class="entry-saved">Saved {formatMoment(entry.updatedAt)}</span>
              </p>
              {snippet && (
                <p class="entry-snippet" lang={entry.lang ?? undefined} dir={textDir(entry)}>
                  <span class="snippet-kind">{SNIPPET_LABELS[snippet.kind]}:</span>{' '}
                  <Highlight text={snippet.text} terms={terms} />
                </p>
              )}
            </div>
            <button
              type="button"
              class="button subtle entry-delete"
              onClick={() => deleteRow(at)}
              aria-label={`Delete “${entry.title || entry.url}”`}
            >
              Delete
            </button>
          </li>
        );
      })}
    </ol>
  );
}
