/**
 * The related-stories vocabularies (vocabulary/*.json) hold each list as groups of alternatives, with
 * the groups' reasons under "$why" in the same file; only the lists are imported (the reasons stay out
 * of the code injected into pages).
 */

/** The groups' alternatives joined with `|`, in order (regular-expression source, not escaped). */
export function alternation(groups: readonly (readonly string[])[]): string {
  return groups.flat().join('|');
}
