/**
 * A page whose chosen text is only a form's words (its fields' labels, its buttons): a sign-in, search or contact
 * page, no article. Told apart by what the text is, not by the menus around it, which the page walk leaves out.
 */

import { contains, querySelectorAll, textContent } from '../read/dom';
import { collapsedLength } from '../read/text';
import { MIN_ARTICLE_CHARS, type ArticleSelection } from './article';

/**
 * Only text shorter than an article's least (characters) is read for it: a form's labels stay far below it, and a
 * page with that much text has some outside its labels.
 */
const MAX_FORM_TEXT_CHARS = MIN_ARTICLE_CHARS;
/** The elements that carry a form's words: its fields' names, its actions, its groups' captions. */
const FORM_WORDS = 'label,button,legend';

/** Whether the chosen text is no more than its forms' words. */
export function isFormOnly(selection: ArticleSelection): boolean {
  if (selection.textLength >= MAX_FORM_TEXT_CHARS) return false;
  let formWords = 0;
  let counted: Element | null = null;
  for (const root of selection.roots)
    for (const element of querySelectorAll(root, FORM_WORDS)) {
      // The outermost only (a button in a label is counted with the label).
      if (counted && contains(counted, element)) continue;
      counted = element;
      formWords += collapsedLength(textContent(element));
    }
  return formWords > 0 && formWords >= selection.textLength;
}
