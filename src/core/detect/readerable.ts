/**
 * A cheap "is this probably an article?" check for the toolbar badge or auto-open, without the
 * full analysis: enough long paragraphs outside page furniture (Readability's isProbablyReaderable).
 */
import { StepBudgetExceeded, withStepBudget } from '../read/budget';
import { matches, querySelectorAll, textContent } from '../read/dom';
import { isHiddenElement } from './visibility';
import { isUnlikelyByName } from './boilerplate';

/** Paragraphs shorter than this (characters) say nothing about being an article. */
const MIN_PARAGRAPH_CHARS = 140;
/** Sum of sqrt(length - MIN_PARAGRAPH_CHARS) over paragraphs needed to call it an article. */
const MIN_SCORE = 20;

export function isProbablyArticle(doc: Document): boolean {
  try {
    return withStepBudget(() => scoreParagraphs(doc));
  } catch (error) {
    if (error instanceof StepBudgetExceeded) return false;
    throw error;
  }
}

function scoreParagraphs(doc: Document): boolean {
  const nodes = querySelectorAll(doc, 'p, pre, article');
  let score = 0;
  for (const node of nodes) {
    if (isHiddenElement(node) || isUnlikelyByName(node)) continue;
    if (matches(node, 'li p')) continue;
    const length = textContent(node).trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    score += Math.sqrt(length - MIN_PARAGRAPH_CHARS);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
