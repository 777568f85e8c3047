/**
 * Page text, optionally with filter matches marked, and a long text's three-line clamp with its
 * "more" / "less" button. The clamp is visual only (CSS line-clamp): screen readers and the
 * filter always get the whole text. Page text is only ever rendered as text nodes.
 */
import { highlightSegments, isLongText } from './outline-model';

export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

export interface ClampedTextProps {
  id?: string;
  text: string;
  terms: string[];
  /** Shown in full (the user pressed "more", or a filter is on). */
  expanded: boolean;
  onToggle(expand: boolean): void;
  /** -1 inside the tree (→ and ← do the same from the keyboard); 0 where the button is its own stop. */
  buttonTabIndex?: number;
}

/** The label of a bullet or key point: clamped to three lines when long, with a "more" button. */
export function ClampedText(props: ClampedTextProps) {
  return (
    <>
      <ClampedLabel {...props} />
      <MoreButton {...props} />
    </>
  );
}

export function ClampedLabel({
  id,
  text,
  terms,
  expanded,
}: Pick<ClampedTextProps, 'id' | 'text' | 'terms' | 'expanded'>) {
  return (
    <span id={id} class={isLongText(text) && !expanded ? 'or-label or-clamped' : 'or-label'}>
      <Highlighted text={text} terms={terms} />
    </span>
  );
}

/** "more" / "less" for a long text (nothing for a short one). */
export function MoreButton({ text, expanded, onToggle, buttonTabIndex = 0 }: Omit<ClampedTextProps, 'id' | 'terms'>) {
  return (
    <>
      {isLongText(text) && (
        <button
          type="button"
          class="or-more-text"
          tabIndex={buttonTabIndex}
          aria-expanded={expanded}
          // The name holds the visible word (more / less), as speech-input users say what they see.
          aria-label={expanded ? 'Show less of this point' : 'Show more of this point'}
          onClick={(event) => {
            event.stopPropagation(); // not a jump
            onToggle(!expanded);
          }}
        >
          {expanded ? 'less' : 'more'}
        </button>
      )}
    </>
  );
}
