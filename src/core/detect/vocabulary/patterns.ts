/**
 * Regular-expression vocabularies kept as data (the JSON files beside this one): groups of
 * alternatives, one per line, each group with the reason it is there. `alternation` joins them in
 * file order — the order is the pattern's order, which matters where a pattern replaces what it
 * matches or anchors only its first and last alternatives.
 */

/** Alternatives that belong together, and why they are in the vocabulary. */
export interface PatternGroup {
  readonly why: string;
  readonly patterns: readonly string[];
}

/** The groups' alternatives joined with `|`, in order (regular-expression source, not escaped). */
export function alternation(groups: readonly PatternGroup[]): string {
  return groups.flatMap((group) => group.patterns).join('|');
}

/** A word or name as regular-expression source that matches it literally ("player\\.vimeo\\.com"). */
export function escapeLiteral(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words or names as literal alternatives: regular-expression characters escaped ("player.vimeo.com"). */
export function literalAlternation(groups: readonly PatternGroup[]): string {
  return groups
    .flatMap((group) => group.patterns)
    .map(escapeLiteral)
    .join('|');
}
