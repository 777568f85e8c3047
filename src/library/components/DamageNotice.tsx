import type { LoadedLibrary, QuarantinedItem } from '../../shared/storage';
import { damageLines, plural, shortList } from '../notices';
import { NoticeBanner } from './Notices';

interface DamageNoticeProps {
  library: LoadedLibrary;
  onDownload(items: QuarantinedItem[]): void;
  onDelete(): void;
  onDismiss(): void;
}

/** Stored items that could not be read: what happened to them, and how to keep or drop them. */
export function DamageNotice({ library, onDownload, onDelete, onDismiss }: DamageNoticeProps) {
  const lines = damageLines(library);
  const one = lines.length === 1;
  const state = library.problems.length ? (one ? 'is being' : 'are being') : one ? 'was' : 'were';
  const title =
    `${plural(lines.length, 'saved item')} could not be read. ${one ? 'It' : 'They'} ${state} set aside, unchanged; ` +
    'the rest of your library is fine.';
  return (
    <NoticeBanner notice={{ tone: 'warning', title, details: shortList(lines) }} onDismiss={onDismiss}>
      <div class="notice-actions">
        <button type="button" class="button" onClick={() => onDownload(library.quarantined)}>
          Download them
        </button>
        {library.quarantined.length > 0 && (
          <button
            type="button"
            class="button subtle"
            onClick={() => {
              const question =
                'Delete the items that could not be read? This cannot be undone; download them first to keep a copy.';
              if (confirm(question)) onDelete();
            }}
          >
            Delete them…
          </button>
        )}
      </div>
    </NoticeBanner>
  );
}
