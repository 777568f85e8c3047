/**
 * What the class / id / aria words of a page block say about it. Generic words of page layout in
 * several languages and of widely used publishing tools (WordPress's post navigation, ad vendors);
 * never the class name of one site.
 */

import { furniture, paid, related, search, sequence, sitewide, sponsored } from './vocabulary/class-hints.json';
import { alternation } from './vocabulary-lists';

/** A word starts after a non-letter. */
const START = '(^|[^a-z])';
/** Stems that may run on ("relatedArticles", "recommendations"): a block of stories about this one. */
const RELATED_STEM = new RegExp(`${START}(${alternation(related)})`);
/** Previous / next post navigation (WordPress and theme conventions). */
const SEQUENCE_WORD = new RegExp(`${START}(${alternation(sequence)})([^a-z]|$)`);
/** Bare previous / next words: they name a post pager only right around a link (higher up, sliders). */
const PREV_NEXT_WORD = /(^|[^a-z])(prev|previous|next)([^a-z]|$)/;
/** Ad, sponsored and paid-content widgets and the vendors that fill them ("ad2" is a slot too). */
const SPONSORED = new RegExp(`${START}(${alternation(sponsored)})([^a-z0-9]|$)`);
/** One teaser's own mark that it is paid (a "sponsored" badge): paid-content words, not ad-slot ones. */
const PAID = new RegExp(`${START}(${alternation(paid)})([^a-z0-9]|$)`);
/** A search box's suggestions, related / popular searches: furniture, told before a related stem ("search-suggest"). */
const SEARCH = new RegExp(`${START}(${alternation(search)})([^a-z]|$)`);
/** Navigation and page furniture. */
const FURNITURE = new RegExp(`${START}(${alternation(furniture)})([^a-z]|$)`);
/** Site-wide lists: allowed by the labelling rules, not asked for. */
const SITEWIDE = new RegExp(`${START}(${alternation(sitewide)})([^a-z]|$)`);

export type HintKind = 'related' | 'sequence' | 'prevnext' | 'sponsored' | 'furniture' | 'sitewide';

/** The strongest thing the hints say, or null: a sponsored word vetoes a related one in the same attribute string. */
export function hintKind(hints: string): HintKind | null {
  if (!hints) return null;
  if (SPONSORED.test(hints)) return 'sponsored';
  if (SEARCH.test(hints)) return 'furniture';
  if (RELATED_STEM.test(hints)) return 'related';
  if (SEQUENCE_WORD.test(hints)) return 'sequence';
  if (FURNITURE.test(hints)) return 'furniture';
  if (SITEWIDE.test(hints)) return 'sitewide';
  if (PREV_NEXT_WORD.test(hints)) return 'prevnext';
  return null;
}

/** Whether class / id words mark one teaser as paid (a sponsored badge), not only name an ad slot ("content_ad_2"). */
export function isPaidHints(hints: string): boolean {
  return PAID.test(hints);
}
