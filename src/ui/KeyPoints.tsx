/**
 * The article's key points, above the outline tree (or alone, when the article has no headings):
 * each one a button that scrolls the page to its paragraph. ↑/↓ move between them; ↓ on the last
 * goes on into the tree.
 */
import type { KeyPoint } from '../core/types';
import { ClampedLabel, MoreButton, useClampFits } from './ClampedText';

export interface KeyPointsProps {
  points: KeyPoint[];
  terms: string[];
  idPrefix: string;
  dir: 'ltr' | 'rtl' | null;
  lang: string | undefined;
  expandedText: ReadonlySet<string>;
  onJump(id: string): void;
  onToggleText(key: string, expand: boolean): void;
  /** ↓ on the last key point (the host moves focus into the tree). */
  onLeaveDown?(): void;
}

export const keyPointKey = (id: string): string => `kp/${id}`;

export function KeyPoints({
  points,
  terms,
  idPrefix,
  dir,
  lang,
  expandedText,
  onJump,
  onToggleText,
  onLeaveDown,
}: KeyPointsProps) {
  if (!points.length) return null;
  const titleId = `${idPrefix}-keypoints`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.or-kp-jump')];
    const index = buttons.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    event.preventDefault();
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) next.focus();
    else if (event.key === 'ArrowDown') onLeaveDown?.();
  };
  return (
    <section class="or-keypoints" aria-labelledby={titleId}>
      <h2 id={titleId} class="or-section-title">
        Key points
      </h2>
      <ol class="or-kp-list" dir={dir ?? 'auto'} lang={lang} onKeyDown={onKeyDown}>
        {points.map((point) => {
          const key = keyPointKey(point.id);
          const expanded = terms.length > 0 || expandedText.has(key);
          return (
            <KeyPointItem
              key={point.id}
              point={point}
              terms={terms}
              expanded={expanded}
              onJump={onJump}
              onToggle={(expand) => onToggleText(key, expand)}
            />
          );
        })}
      </ol>
    </section>
  );
}

interface KeyPointItemProps {
  point: KeyPoint;
  terms: string[];
  expanded: boolean;
  onJump(id: string): void;
  onToggle(expand: boolean): void;
}

/** One key point: its jump button, and "more" when its clamped text is cut. */
function KeyPointItem({ point, terms, expanded, onJump, onToggle }: KeyPointItemProps) {
  const [label, fits] = useClampFits(point.text, expanded);
  return (
    <li class="or-kp" data-keypoint={point.id}>
      <button type="button" class="or-kp-jump" onClick={() => onJump(point.id)}>
        <span class="or-dot" aria-hidden="true" />
        <ClampedLabel text={point.text} terms={terms} expanded={expanded} labelRef={label} />
      </button>
      {!fits && <MoreButton text={point.text} expanded={expanded} onToggle={onToggle} />}
    </li>
  );
}
