/**
 * A heading right over a form ("Kontakt", "Suche", "Was denkst du?" over a comment form, "Enviar fotos"): the form's
 * title, no section of the article (outline-furniture.ts). The form's own fields are never read as text, so the outline
 * showed an empty section. A line of instructions or a "cancel reply" link may stand between the two.
 */
import { tagOf } from '../dom';
import { boundedTextContent, firstElementChild, nextElementSibling, querySelector } from '../read/dom';
import { HEADINGS } from '../read/tags';
import { collapsedLength } from '../text';

/** Between a form's title and the form: at most this many elements ("Suchen Sie im Archiv:", a "cancel reply" link). */
const FORM_TITLE_MAX_GAP = 2;
/** ... holding at most this many characters together: a line of instructions, not a paragraph of running text. */
const FORM_GAP_MAX_CHARS = 80;
/** A field a reader fills in (a form of buttons alone is a shop's "Add to cart" under a product's name). */
const FORM_FIELD = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]),textarea,select';

/** The heading and the lines between it and the form it titles (the form's box), or null when it titles none. */
export function formTitleOf(heading: Element): Element[] | null {
  const box = [heading];
  let chars = 0;
  for (let next = nextElementSibling(heading); next && box.length <= FORM_TITLE_MAX_GAP + 1; ) {
    // The form, or a wrapper that opens with it.
    const first = firstElementChild(next);
    if (tagOf(next) === 'form' || (first && tagOf(first) === 'form'))
      return querySelector(next, FORM_FIELD) ? box : null;
    chars += collapsedLength(boundedTextContent(next, FORM_GAP_MAX_CHARS + 1));
    // An element with no element inside holds no heading or form: no query (in linkedom each compiles its selector).
    if (chars > FORM_GAP_MAX_CHARS || (first && querySelector(next, `${HEADINGS},form`))) return null;
    box.push(next);
    next = nextElementSibling(next);
  }
  return null;
}
