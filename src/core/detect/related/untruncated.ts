/**
 * A related link's headline that the layout cut with "…", completed from the page: a title attribute in the link, or
 * the alt of its card's picture, that holds all of it (title.ts asks, for a link's text that ends in an ellipsis); a
 * title attribute may lead in with a few words before it.
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

/**
 * How many words a title attribute may put before the headline it holds: a theme's lead-in ("Permanent link to
 * Man killed, children hurt after car crashed into concrete bridge", WordPress themes, trafilatura 0839); a longer
 * text before it is a sentence that quotes the headline, not the headline.
 */
const MAX_LEAD_IN_WORDS = 4;

/**
 * The headline `start` opens in `full`: all of `full`, or what follows a short lead-in; the headline in full when
 * it is all of it or just as much (a whole headline the layout marks "…"); else null.
 */
const headlineIn = (full: string, start: string): string | null => {
  const at = full.indexOf(start);
  if (at < 0) return null;
  if (at === 0) return full;
  const leadIn = full.slice(0, at);
  return leadIn.endsWith(' ') && leadIn.trim().split(' ').length <= MAX_LEAD_IN_WORDS ? full.slice(at) : null;
};

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
    const full = headlineIn(collapseWhitespace(attr(element, 'title')), start);
    if (full) return full;
  }
  let card = root;
  for (let level = 0; level < CARD_LEVELS; level++) card = parentElement(card) ?? card;
  for (const image of querySelectorAll(card, 'img[alt]')) {
    const full = collapseWhitespace(attr(image, 'alt'));
    if (full.startsWith(start)) return full;
  }
  return text;
}
