/**
 * Stacked articles: a page that appends the site's next stories under its own (an endless scroll) holds several boxes
 * of one kind, each a headline and a text. The longest text wins the article's scoring, but the page is about the
 * story under its own title: when the best candidate sits in such a box under another headline, the article is the
 * best candidate in the box that holds the title's heading.
 */
import { attr, partingBoxes, tagOf } from '../dom';
import { contains, querySelector, textContent } from '../read/dom';
import { titleHeadingTest } from './title-heading';

/**
 * The page's own story may be shorter than the next ones, but its text must still be a text: at least this share of
 * the best candidate's score (a teaser's few lines in the title's box score far less).
 */
const STACKED_STORY_SCORE_RATIO = 0.2;

/** The page's first h1 or h2 that states its title (`pageHeadings`: its h1s and h2s in document order), or null. */
export function firstTitleHeading(title: string, pageHeadings: readonly Element[]): Element | null {
  if (!title) return null;
  const repeatsTitle = titleHeadingTest(title, pageHeadings);
  return pageHeadings.find((heading) => repeatsTitle(textContent(heading), tagOf(heading) === 'h1')) ?? null;
}

/** The h1 / h2 that states the page's title, looked for when asked. */
export type TitleHeading = () => Element | null;

/** Two boxes of one kind: the same tag and class list. */
const sameKind = (a: Element, b: Element): boolean => tagOf(a) === tagOf(b) && attr(a, 'class') === attr(b, 'class');

/**
 * The best candidate of the page's own story when `top` is another story's text in a stack of them; else null.
 * `titleHeading`: the h1 / h2 that states the page's title, asked only when `top` does not hold it.
 */
export function storyUnderTitle(
  top: Element,
  scores: ReadonlyMap<Element, number>,
  titleHeading: TitleHeading,
): Element | null {
  const heading = titleHeading();
  if (!heading || contains(top, heading)) return null;
  const boxes = partingBoxes(heading, top);
  if (!boxes || !sameKind(boxes[0], boxes[1])) return null;
  // The best candidate's box has a headline of its own, at the title heading's level: another story.
  if (!querySelector(boxes[1], tagOf(heading))) return null;
  const floor = scores.get(top)! * STACKED_STORY_SCORE_RATIO;
  let best: Element | null = null;
  for (const [candidate, score] of scores)
    if (score >= floor && (!best || score > scores.get(best)!) && contains(boxes[0], candidate)) best = candidate;
  return best;
}
