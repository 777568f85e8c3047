/**
 * Which of the article's text units are its text. The body-text rules (content.ts) have already
 * decided which paragraphs are furniture inside the article: captions and credits, bylines,
 * timestamps, newsletter boxes, promotion links and the labels of their lists. The reader keeps a
 * unit of text when its lines are among the body's paragraphs, so that both agree by construction.
 */
import { collapseWhitespace } from '../text';

export interface UnitLine {
  /** The line's full text. */
  text: string;
  /** The same line without its inline caption/date pieces (the body leaves those out). */
  denoised: string;
}

export type LineVerdict = 'full' | 'denoised' | null;

export class BodyFilter {
  readonly #remaining = new Map<string, number>();

  constructor(paragraphs: readonly string[]) {
    for (const paragraph of paragraphs) this.#remaining.set(paragraph, (this.#remaining.get(paragraph) ?? 0) + 1);
  }

  /**
   * For each line: 'full' when the body has it (it is taken out of the body, so that a repeated
   * line is matched once), 'denoised' when the body has it without its inline date/caption pieces
   * (which the reader then leaves out too), null when the body does not have it. Blank lines: 'full'.
   */
  judge(lines: UnitLine[]): LineVerdict[] {
    return lines.map((line) => {
      const text = collapseWhitespace(line.text);
      if (!text) return 'full';
      if (this.#take(text)) return 'full';
      const denoised = collapseWhitespace(line.denoised);
      return denoised && this.#take(denoised) ? 'denoised' : null;
    });
  }

  /** Whether the body has the line (as judge would find it), taking nothing. */
  has(line: UnitLine): boolean {
    return [line.text, line.denoised].some((text) => (this.#remaining.get(collapseWhitespace(text)) ?? 0) > 0);
  }

  #take(key: string): boolean {
    const count = this.#remaining.get(key) ?? 0;
    if (count <= 0) return false;
    this.#remaining.set(key, count - 1);
    return true;
  }
}
