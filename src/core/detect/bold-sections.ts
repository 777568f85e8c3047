/**
 * Bold lines that are a story's section headings though the story has real headings too (content.ts, at the end):
 * `<p><strong>Erste Prognosen</strong></p>` under an h3, then paragraphs, the next bold line, more paragraphs
 * (trafilatura 0599, 0788, 0551; zyte 57b4dafd). A bold line that heads no text of its own is a label, a caption or a
 * table's cell (readability dropbox-blog); one or two bold lines with text after them are emphasis or a pair of
 * points (lazy-image-1's "1) performance overhead", "2) security"), not a series of sections.
 */
import type { ContentItem } from './content';

/** A bold line heads a section when at least this much text (characters) follows it: a paragraph's worth. */
const SECTION_MIN_CHARS = 200;
/** ... and at least this many of the story's bold lines do so: a series of sections, not one line of emphasis. */
const MIN_BOLD_SECTIONS = 3;

/**
 * Marks the story's bold lines (pseudo-headings read from a whole-bold paragraph) that name sections: when at least
 * MIN_BOLD_SECTIONS of them each head SECTION_MIN_CHARS of text before the next heading or bold line, every one that
 * heads some text is a section (a short one among them: "Temperatur und Schneehöhe" over one line, 0551). `ends`:
 * for each heading's item, how many paragraphs there were when it closed (its own line read).
 */
export function markBoldSections(
  items: (ContentItem | null)[],
  ends: ReadonlyMap<number, { paragraphs: number }>,
  paragraphs: readonly string[],
): void {
  const at = [...ends.keys()].filter((index) => items[index]?.kind === 'heading').sort((a, b) => a - b);
  const heads: [number, number][] = [];
  for (const [k, index] of at.entries()) {
    const item = items[index]!;
    if (item.kind !== 'heading' || !item.pseudo || item.label) continue;
    const next = at[k + 1];
    // Lines read may be taken back later (a kicker's): no more than are read now.
    let until = Math.min(paragraphs.length, next === undefined ? paragraphs.length : ends.get(next)!.paragraphs);
    const start = ends.get(index)!.paragraphs;
    // The next heading's own line is no text of this one's.
    if (next !== undefined && until > start && paragraphs[until - 1] === (items[next] as { text: string }).text)
      until--;
    let chars = 0;
    for (let i = start; i < until; i++) chars += paragraphs[i]!.length;
    if (chars > 0) heads.push([index, chars]);
  }
  if (heads.filter(([, chars]) => chars >= SECTION_MIN_CHARS).length < MIN_BOLD_SECTIONS) return;
  for (const [index] of heads) items[index] = { ...(items[index] as ContentItem & { kind: 'heading' }), section: true };
}
