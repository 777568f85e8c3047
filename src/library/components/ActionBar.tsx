import { useRef } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../export';
import { plural } from '../notices';

interface ActionBarProps {
  allSelected: boolean;
  canSelect: boolean;
  onSelectAll(): void;
  selectedCount: number;
  onDeleteSelected(): void;
  canExport: boolean;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
}

/** Select all, delete the selected entries, export them (or all), import a file. */
export function ActionBar(props: ActionBarProps) {
  const { selectedCount } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="actions">
      <label class="select-all">
        <input type="checkbox" checked={props.allSelected} disabled={!props.canSelect} onChange={props.onSelectAll} />
        Select all shown
      </label>
      {selectedCount > 0 && (
        <button type="button" class="button danger" onClick={props.onDeleteSelected}>
          Delete {plural(selectedCount, 'selected', 'selected')}
        </button>
      )}
      <span class="spacer" />
      <div class="export" role="group" aria-label={selectedCount ? `Export ${selectedCount} selected` : 'Export all'}>
        <span class="muted">Export {selectedCount ? `${selectedCount.toLocaleString()} selected` : 'all'} as</span>
        {EXPORT_FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            class="button"
            data-format={format}
            disabled={!props.canExport}
            onClick={() => props.onExport(format)}
          >
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
          if (file) props.onImport(file);
        }}
      />
    </div>
  );
}
