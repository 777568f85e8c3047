/**
 * How much an <a>'s text counts as link text, for the link density of the article finder (./page-walk.ts) and of
 * the cleaning (./clean.ts).
 */
import { attr } from '../dom';

/** A link to an in-page anchor counts this much as link text (it is navigation, but a mild sign). */
export const HASH_LINK_WEIGHT = 0.3;

/**
 * An in-page anchor's (href="#…") HASH_LINK_WEIGHT, other links' all. A named anchor without href (<a name>) is
 * the target of a link, not a link: none. Left open (`<h2><a name="x">Title</h2>`), a browser's tree builder
 * reopens it around each block that follows, so that the whole text of the section would read as a link.
 */
export function linkWeightOf(href: string | null, link: Element): number {
  if (href === null) return attr(link, 'name') === null ? 1 : 0;
  return /^#./.test(href) ? HASH_LINK_WEIGHT : 1;
}
