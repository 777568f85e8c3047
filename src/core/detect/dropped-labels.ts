/**
 * A label whose value the body leaves out: "Tempo di lettura: <span class=date>3 minuti</span>", "Published:
 * <time>30 January 2017</time>". The value is furniture (a date, a credit, a reading time: body-noise.ts), and the
 * label alone on its line ("Tempo di lettura:") labels nothing the reader is shown: it goes with its value.
 */
import { hasNoText, isText, localName, nextSibling, nodeValue, parentElement } from '../read/dom';
import { BLOCK_BOUNDARY } from './content-kinds';
import { PieceRun } from './content/piece-run';

/** A label is a few words ("Pubblicato il:", "Reading time:"): a longer line before a date is a sentence. */
const VALUE_LABEL_MAX_CHARS = 40;
/** Inline elements the value may sit in, climbed to see whether its line ends with it ("<a>Published: <time>"). */
const VALUE_WRAPPER_MAX_DEPTH = 3;
/** A label's end: a colon (full-width too), a space or a no-break space after it. */
export const LABEL_END = /[:：]\s*$/;

/** Whether the line goes on after `element`: text before the next <br> or block boundary, inline wrappers climbed. */
function lineGoesOnAfter(element: Element): boolean {
  let node: Node | null = element;
  for (let depth = 0; node && depth <= VALUE_WRAPPER_MAX_DEPTH; depth++, node = parentElement(node)) {
    for (let next = nextSibling(node); next; next = nextSibling(next)) {
      if (isText(next) ? nodeValue(next).trim() : !hasNoText(next)) return true;
      if (BLOCK_BOUNDARY.has(localName(next))) return false;
    }
    if (BLOCK_BOUNDARY.has(localName(parentElement(node) ?? node))) return false;
  }
  return true;
}

/**
 * The unfinished line's text before a furniture element starts (what is kept when the element is left out), or none
 * of it when it is only the element's label and the line ends with the element.
 */
export function lineBefore(element: Element, line: PieceRun): PieceRun {
  // The cheap tests first: most lines before a date or a caption are longer or end with no colon.
  const label =
    line.chars <= VALUE_LABEL_MAX_CHARS && LABEL_END.test(line.pieces.join('')) && !lineGoesOnAfter(element);
  const prefix = new PieceRun();
  if (!label) prefix.reset(line);
  return prefix;
}
