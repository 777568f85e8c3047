/**
 * Inline text as it is read: a flat list of pieces, each with the formatting in force (link,
 * emphasis, strong, code). Nesting is rebuilt when the paragraph ends, so that a paragraph cut
 * short by a block inside a link or a <b> never leaves a half-open element behind.
 */
import type { ArticleImage, InlineRun, MathNode } from './types';
import { mathText } from './math';
import { continuesLine } from '../detect/wrapped-lines';
import { collapseWhitespace } from '../text';

/** Inline elements read as emphasis, strong and code. */
export const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['em', 'i', 'cite', 'dfn', 'var']);
export const STRONG_TAGS: ReadonlySet<string> = new Set(['strong', 'b']);
export const CODE_TAGS: ReadonlySet<string> = new Set(['code', 'kbd', 'samp', 'tt']);

export interface FlatRun {
  /**
   * 'math': a formula, `math`; 'image': a picture in a table's cell, `image`. Their text is '' (the body's text has
   * neither: a line is matched without them).
   */
  kind: 'text' | 'code' | 'break' | 'math' | 'image';
  text: string;
  math?: MathNode;
  image?: ArticleImage;
  href: string | null;
  em: boolean;
  strong: boolean;
  /** Inside an inline caption/date/byline element: the body text may leave it out (see body-noise.ts). */
  noise: boolean;
  /**
   * A heading's permalink symbol, or a label for screen readers only ("(link is external)", "Media caption"):
   * matched against the body, not shown.
   */
  unseen?: boolean;
  /** Inside a link to a place on the same page ("#section"). */
  inPage?: boolean;
  /** Inside a block the body text leaves out as furniture (a caption, a byline block). */
  dropped?: boolean;
}

/** Whitespace as HTML collapses it (the no-break space stays: it is meant to hold words together). */
const SPACES = /[ \t\n\r\f]+/g;
/** Punctuation that closes on the word or formula before it. */
const AFTER_FORMULA_TIGHT = /^[,.;:)]/;
/** Any character that shows (not a space of any kind, not an invisible format character). */
const VISIBLE = /[^\s\u00A0\u200B-\u200D\u2060\uFEFF\u00AD]/;

/**
 * The runs with whitespace collapsed as a browser would: one space between words across runs,
 * none at the start or end of a line. Empty runs are dropped; code keeps its inner spacing.
 */
export function normaliseRuns(flat: FlatRun[]): FlatRun[] {
  const out: FlatRun[] = [];
  let lineStart = true;
  /** The previous run ended with whitespace: the space goes there (it is outside the next link or emphasis). */
  let trailingSpace = false;
  for (const run of flat) {
    if (run.kind === 'break') {
      if (out.length) out.push(run);
      lineStart = true;
      trailingSpace = false;
      continue;
    }
    if (run.kind === 'math' || run.kind === 'image') {
      // The space before it ends the text before it; the one after it opens the next text.
      if (trailingSpace) spaceAfter(out);
      out.push(run);
      trailingSpace = lineStart = false;
      continue;
    }
    const collapsed = run.text.replace(SPACES, ' ');
    // Not trim(): a no-break space at either end is part of the text (and there is one space at most).
    // ... but at a line's start, where it only indents (the space after a bullet glyph left out, blocks/images.ts).
    const core = withoutEndSpaces(lineStart ? collapsed.replace(/^[ \u00a0]+/, '') : collapsed);
    // Only no-break or zero-width spaces: spacing, not text (pages pad empty paragraphs with &nbsp;).
    if (!VISIBLE.test(core)) {
      if (collapsed && !lineStart) trailingSpace = true;
      continue;
    }
    // A comma or a stop right after a formula takes no space before it (a script's box around the formula ends with
    // white space that its layout never shows: "</math>\n</mjx-container>, there are").
    const previous = out[out.length - 1];
    const tight = previous?.kind === 'math' && AFTER_FORMULA_TIGHT.test(core);
    const space = !tight && (trailingSpace || (!lineStart && collapsed.startsWith(' ')));
    // A space between a link and the text beside it goes outside the link ("<a>Bloomberg reported </a>WeWork"):
    // the link's underline ends at its last word.
    const leavesLink = !!previous?.href && previous.href !== run.href;
    const entersLink = !!run.href && previous?.href !== run.href;
    const leadingSpace = space && (leavesLink === entersLink ? !trailingSpace : leavesLink);
    if (space && !leadingSpace) spaceAfter(out);
    out.push({ ...run, text: (leadingSpace ? ' ' : '') + core });
    trailingSpace = collapsed.endsWith(' ');
    lineStart = false;
  }
  while (out.length && out[out.length - 1]!.kind === 'break') out.pop();
  return out;
}

/** A space after the last run (a formula's or a picture's own text is none: a space of its own follows it). */
function spaceAfter(out: FlatRun[]): void {
  const previous = out[out.length - 1];
  if (previous?.kind === 'math' || previous?.kind === 'image')
    out.push({ ...previous, kind: 'text', text: ' ', math: undefined, image: undefined });
  else if (previous && previous.kind !== 'break') previous.text += ' ';
}

/** The text without one ASCII space at its start and one at its end. */
function withoutEndSpaces(text: string): string {
  const start = text.charCodeAt(0) === 0x20 ? 1 : 0;
  const end = text.length > start && text.charCodeAt(text.length - 1) === 0x20 ? text.length - 1 : text.length;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Nests normalised runs: links outermost, then strong, then emphasis. */
export function nestRuns(runs: FlatRun[]): InlineRun[] {
  return group(
    runs,
    (run) => run.href,
    (href, children) => (href ? [{ kind: 'link', href, children }] : children),
    (linkRuns) =>
      group(
        linkRuns,
        (run) => run.strong,
        (strong, children) => (strong ? [{ kind: 'strong', children }] : children),
        (strongRuns) =>
          group(
            strongRuns,
            (run) => run.em,
            (em, children) => (em ? [{ kind: 'em', children }] : children),
            leaves,
          ),
      ),
  );
}

function leaves(runs: FlatRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const run of runs) {
    if (run.kind === 'break') out.push({ kind: 'break' });
    else if (run.kind === 'code') out.push({ kind: 'code', text: run.text });
    else if (run.kind === 'math') out.push({ kind: 'math', math: run.math! });
    else if (run.kind === 'image') out.push({ kind: 'image', image: run.image! });
    else {
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.text += run.text;
      else out.push({ kind: 'text', text: run.text });
    }
  }
  return out;
}

/** Splits runs into stretches with the same key, wraps each, and reads inside with `inner`. */
function group<K>(
  runs: FlatRun[],
  key: (run: FlatRun) => K,
  wrap: (value: K, children: InlineRun[]) => InlineRun[],
  inner: (runs: FlatRun[]) => InlineRun[],
): InlineRun[] {
  const out: InlineRun[] = [];
  let start = 0;
  for (let index = 1; index <= runs.length; index++) {
    if (index < runs.length && key(runs[index]!) === key(runs[start]!)) continue;
    out.push(...wrap(key(runs[start]!), inner(runs.slice(start, index))));
    start = index;
  }
  return out;
}

/** A line of prose, a paragraph's worth: addresses, verses and lists of facts break after shorter lines. */
const PROSE_LINE_CHARS = 200;
/** A paragraph ends a sentence (a page that wraps its text by hand breaks mid-sentence: 'ernährte<br>ich mich'). */
const SENTENCE_END = /[.!?…"“”»«)؟。]\s*$/u;

/**
 * A paragraph's runs cut where a single break stands between two lines of prose: paragraphs a page wrote as lines of
 * one <p> ("<p>…wylicza.<br>Dziś w Finlandii…</p>": trafilatura 0489), read as paragraphs, with their spacing.
 */
export function proseParagraphs(runs: InlineRun[]): InlineRun[][] {
  const lines: InlineRun[][] = [[]];
  for (const run of runs) run.kind === 'break' ? lines.push([]) : lines.at(-1)!.push(run);
  const texts = lines.map(runsText);
  const prose = texts.map((text) => text.length >= PROSE_LINE_CHARS);
  const out: InlineRun[][] = [lines[0]!];
  for (let i = 1; i < lines.length; i++) {
    if (prose[i - 1] && prose[i] && SENTENCE_END.test(texts[i - 1]!)) out.push([...lines[i]!]);
    else out.at(-1)!.push({ kind: 'break' }, ...lines[i]!);
  }
  return out;
}

/** Plain text of inline runs (a break is a line break). */
export function runsText(runs: InlineRun[]): string {
  let text = '';
  for (const run of runs) {
    if (run.kind === 'text' || run.kind === 'code') text += run.text;
    else if (run.kind === 'break') text += '\n';
    else if (run.kind === 'math') text += mathText(run.math);
    else if (run.kind !== 'image') text += runsText(run.children);
  }
  return text;
}

export function nonNull<T>(value: T | null): T[] {
  return value ? [value] : [];
}

export const BREAK: FlatRun = { kind: 'break', text: '', href: null, em: false, strong: false, noise: false };

/** The runs of a unit line by line, as the body text splits them (at line breaks). */
export function splitLines(runs: FlatRun[]): FlatRun[][] {
  const lines: FlatRun[][] = [[]];
  for (const run of runs) {
    if (run.kind === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(run);
  }
  return lines;
}

export function lineText(line: FlatRun[]): { text: string; denoised: string } {
  let text = '';
  let denoised = '';
  for (const run of line) {
    text += run.text;
    if (!run.noise) denoised += run.text;
  }
  return { text, denoised };
}

/** A space where a line break joins two lines of wrapped text. */
const JOIN: FlatRun = { kind: 'text', text: ' ', href: null, em: false, strong: false, noise: false };

/**
 * Lines of hand-wrapped text made one where the body made them one (../detect/wrapped-lines.ts): the longest run of
 * lines from each line on that go on from each other, when `inBody` has it; else the lines as they are.
 */
export function joinedLines(lines: FlatRun[][], inBody: (line: FlatRun[]) => boolean): FlatRun[][] {
  const out: FlatRun[][] = [];
  for (let i = 0, end = 1; i < lines.length; i = end++) {
    let text = collapseWhitespace(lineText(lines[i]!).text);
    for (let next: string; end < lines.length; end++, text += ` ${next}`) {
      next = collapseWhitespace(lineText(lines[end]!).text);
      if (!continuesLine(text, next)) break;
    }
    const joined = end > i + 1 ? lines.slice(i, end).flatMap((line, k) => (k ? [JOIN, ...line] : line)) : null;
    out.push(...(joined && inBody(joined) ? [joined] : lines.slice(i, end)));
  }
  return out;
}
