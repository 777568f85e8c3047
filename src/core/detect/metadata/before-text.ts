/**
 * What a date rule reads between a headline and the text's first paragraph (./dates.ts): the paragraphs and the
 * elements named as a date after the headline, in document order. Read by a walk from the headline (the text starts
 * a few elements under it: within 10 on half the corpus pages, within 220 on 95 %), not by a query of the whole page,
 * which in linkedom is a walk in JavaScript over every node and in Chromium tests every element's class without
 * regard to case (off the selector engine's fast path); the query takes over only past MAX_WALKED elements.
 */
import { localName, nextElementAfter, nextElementWithin, ownerDocument, querySelectorAll } from '../../read/dom';
import { classOf } from './page-scan';

/** Elements walked from the headline before the whole-page query takes over (a few pages' text starts further down). */
const MAX_WALKED = 250;
/** Class words of an element named as a date ("meta__date", "postDate") ... */
const DATE_CLASS = /date/i;
/** ... not as a last change's ("last-updated", "modified"). */
const CHANGE_CLASS = /updat|modif/i;
/** The same as a selector (its `i` and the regexes' /i both ignore the case of ASCII letters only). */
const DATE_NAMED = '[class*=date i]:not([class*=updat i],[class*=modif i])';

/** Whether the element's class names it as a date, not as a last change's. */
export function isDateNamed(element: Element): boolean {
  const classes = classOf(element);
  return DATE_CLASS.test(classes) && !CHANGE_CLASS.test(classes);
}

/** Whether the element's class names it as a last change's date ("last-update-date", "modified"): no publication's. */
export function isChangeNamed(element: Element): boolean {
  return CHANGE_CLASS.test(classOf(element));
}

/** A paragraph or an element named as a date, and no headline. */
function isRead(element: Element): boolean {
  const tag = localName(element);
  return tag !== 'h1' && (tag === 'p' || isDateNamed(element));
}

/**
 * The paragraphs and the elements named as a date after `headline` in document order (inside it too), headlines left
 * out; the caller stops at the first that decides. Past MAX_WALKED elements, the query's, from the headline on again
 * (those walked decided nothing, and decide nothing when read again).
 */
export function* paragraphsAndDatesAfter(headline: Element): Generator<Element> {
  let walked = 0;
  for (let element = nextElementWithin(headline, null); element; walked++) {
    if (walked === MAX_WALKED) {
      const doc = ownerDocument(headline);
      let after = false;
      for (const found of doc ? querySelectorAll(doc, `h1,p,${DATE_NAMED}`) : []) {
        if (found === headline) after = true;
        else if (after && isRead(found)) yield found;
      }
      return;
    }
    if (isRead(element)) yield element;
    // A <template>'s content is no part of the page (selector queries pass over it).
    element = localName(element) === 'template' ? nextElementAfter(element, null) : nextElementWithin(element, null);
  }
}
