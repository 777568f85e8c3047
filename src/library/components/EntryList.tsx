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
}

export function EntryList({ entries, terms, selected, onToggleSelected, onOpen, onDelete }: EntryListProps) {
  return (
    <ol class="entries" aria-label="Saved outlines">
      {entries.map((entry) => {
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
              onClick={() => onDelete([entry.id])}
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
