/** The reading-comfort controls: font size, font, line width, line height, theme. */
import type { ReaderSettings } from '../shared/storage/reader-settings';
import { READER_FONT_SIZES, stepFontSize } from '../shared/storage/reader-settings';

interface Choice<T extends string> {
  value: T;
  label: string;
}

const FONTS: Choice<ReaderSettings['font']>[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans-serif' },
];
const WIDTHS: Choice<ReaderSettings['width']>[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
];
const LINE_HEIGHTS: Choice<ReaderSettings['lineHeight']>[] = [
  { value: 'compact', label: 'Compact' },
  { value: 'normal', label: 'Normal' },
  { value: 'loose', label: 'Loose' },
];
const THEMES: Choice<ReaderSettings['theme']>[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
];

function Select<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  choices: Choice<T>[];
  onChange(value: T): void;
}) {
  return (
    <span class="rd-control">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function SettingsBar({
  settings,
  onChange,
}: {
  settings: ReaderSettings;
  onChange(next: ReaderSettings): void;
}) {
  const set = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) =>
    onChange({ ...settings, [key]: value });
  const smallest = settings.fontSize <= READER_FONT_SIZES[0];
  const largest = settings.fontSize >= READER_FONT_SIZES[READER_FONT_SIZES.length - 1]!;
  return (
    <div class="rd-settings" role="group" aria-label="Reading settings">
      <span class="rd-control rd-font-size" role="group" aria-label={`Text size: ${settings.fontSize} pixels`}>
        <button
          type="button"
          class="or-button"
          aria-label="A− smaller text"
          title="Smaller text ([)"
          disabled={smallest}
          onClick={() => set('fontSize', stepFontSize(settings.fontSize, -1))}
        >
          A−
        </button>
        <button
          type="button"
          class="or-button"
          aria-label="A+ larger text"
          title="Larger text (])"
          disabled={largest}
          onClick={() => set('fontSize', stepFontSize(settings.fontSize, 1))}
        >
          A+
        </button>
      </span>
      <Select
        id="rd-font"
        label="Font"
        value={settings.font}
        choices={FONTS}
        onChange={(value) => set('font', value)}
      />
      <Select
        id="rd-width"
        label="Width"
        value={settings.width}
        choices={WIDTHS}
        onChange={(value) => set('width', value)}
      />
      <Select
        id="rd-line"
        label="Line spacing"
        value={settings.lineHeight}
        choices={LINE_HEIGHTS}
        onChange={(value) => set('lineHeight', value)}
      />
      <Select
        id="rd-theme"
        label="Theme"
        value={settings.theme}
        choices={THEMES}
        onChange={(value) => set('theme', value)}
      />
    </div>
  );
}
