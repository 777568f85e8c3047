/**
 * Page text, optionally with filter matches marked, and a long text's three-line clamp with its
 * "more" / "less" button. The clamp is visual only (CSS line-clamp): screen readers and the
 * filter always get the whole text. Page text is only ever rendered as text nodes.
 */
import type { Ref } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { highlightSegments, isLongText } from './outline-model';
import { keepMarksWithWords } from './format';

/** Pixels a line box may round by: a clamped label this much shorter than its text still shows all of it. */
const ROUNDING_PX = 1;

/**
 * Whether a long text shows whole in its three clamped lines (a wide popup, short words): then "more" would open
 * nothing. Measured once laid out, and again when the label's box changes size (the reader's sidebar narrows with
 * the window); where there is no layout (hidden, or a test's DOM) it is taken to be cut.
 */
export function useClampFits(text: string, expanded: boolean): [Ref<HTMLSpanElement>, boolean] {
  const clamped = isLongText(text) && !expanded;
  const label = useRef<HTMLSpanElement>(null);
  const [fits, setFits] = useState(false);
  useLayoutEffect(() => {
    const element = label.current;
    if (!clamped || !element) return;
    const measure = () => {
      if (element.clientHeight) setFits(element.scrollHeight <= element.clientHeight + ROUNDING_PX);
    };
    measure();
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    resized?.observe(element);
    return () => resized?.disconnect();
  }, [text, clamped]);
  return [label, fits];
}

export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.match ? <mark key={index}>{keepMarksWithWords(segment.text)}</mark> : keepMarksWithWords(segment.text),
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

/** The label of a bullet or key point: clamped to three lines when long, with a "more" button when it is cut. */
export function ClampedText(props: ClampedTextProps) {
  const [label, fits] = useClampFits(props.text, props.expanded);
  return (
    <>
      <ClampedLabel {...props} labelRef={label} />
      {!fits && <MoreButton {...props} />}
    </>
  );
}

export function ClampedLabel({
  id,
  text,
  terms,
  expanded,
  labelRef,
}: Pick<ClampedTextProps, 'id' | 'text' | 'terms' | 'expanded'> & { labelRef?: Ref<HTMLSpanElement> }) {
  return (
    <span id={id} ref={labelRef} class={isLongText(text) && !expanded ? 'or-label or-clamped' : 'or-label'}>
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
