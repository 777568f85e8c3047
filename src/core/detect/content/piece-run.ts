/**
 * The paragraph being read, as the walk meets its text: its pieces (joined once, when the paragraph ends) and running
 * counts, since the rules asked at its end weigh its length and its links' share (body-links.ts, body-lines.ts).
 */
export class PieceRun {
  /** The text nodes' values, in document order. */
  pieces: string[] = [];
  /** Characters of its text (each piece trimmed), and of the text inside links. */
  chars = 0;
  linkChars = 0;
  /** The href of each linked piece: their sites are asked only when a rule needs them (externalHrefTest). */
  hrefs: string[] = [];

  /** `href`: the open link's, null outside links; `chars`: the piece's trimmed length, which the caller counts too. */
  add(text: string, chars: number, href: string | null): void {
    this.pieces.push(text);
    this.chars += chars;
    if (href !== null && chars > 0) {
      this.linkChars += chars;
      this.hrefs.push(href);
    }
  }

  /** Empties it for the next paragraph, or makes it a copy of `to` (which later pieces do not change). */
  reset(to?: PieceRun): void {
    this.pieces = to ? to.pieces.slice() : [];
    this.chars = to ? to.chars : 0;
    this.linkChars = to ? to.linkChars : 0;
    this.hrefs = to ? to.hrefs.slice() : [];
  }
}
