/**
 * A related link's headline that the layout cut with "…", completed from the page: a title attribute in the link, or
 * the alt of its card's picture, that holds all of it (title.ts asks, for a link's text that ends in an ellipsis).
 */
import { attr } from '../../dom';
import { parentElement, querySelectorAll } from '../../read/dom';
import { TRAILING_ELLIPSIS } from '../../text';
import { collapseWhitespace } from './text';

/**
 * How far above the link its card reaches: the link, its heading, the card's text box, the card (the picture beside
 * the text box: "<div card><div><img alt></div><div><h3><a>Frauen? Ich will trans* Personen in…</a>",
 * trafilatura 0399).
 */
const CARD_LEVELS = 3;

/** Whether `full` is the headline `start` opens: all of it, or just as much (a whole headline the layout marks "…"). */
const holds = (full: string, start: string): boolean => full.length >= start.length && full.startsWith(start);

/**
 * The headline in full when `text` ends in an ellipsis and the link (`root`) holds it in a title attribute, or its
 * card in a picture's alt ("Beijing warns US diplomat over Hong Kong rights bill..." beside the card's picture titled
 * "Beijing warns US diplomat over Hong Kong rights bill": deccanherald zyte c90731f0); else `text`.
 */
export function untruncated(text: string, root: Element): string {
  if (!TRAILING_ELLIPSIS.test(text)) return text;
  const start = text.replace(TRAILING_ELLIPSIS, '');
  if (!start) return text;
  for (const element of [root, ...querySelectorAll(root, '[title]')]) {
    const full = collapseWhitespace(attr(element, 'title'));
    if (holds(full, start)) return full;
  }
  let card = root;
  for (let level = 0; level < CARD_LEVELS; level++) card = parentElement(card) ?? card;
  for (const image of querySelectorAll(card, 'img[alt]')) {
    const full = collapseWhitespace(attr(image, 'alt'));
    if (holds(full, start)) return full;
  }
  return text;
}
