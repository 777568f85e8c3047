/**
 * The fixed design / held-out split of the labelled pages (scripts/related-eval.ts): the pages of a set are
 * grouped by site (readability: the slug without its trailing "-N"; trafilatura: the host after "NNNN-"; zyte: the
 * slug), the groups ordered by an FNV-1a hash of that key, and every second group (odd rank) is held out. Seed is
 * always a design page. `swap` exchanges the two folds' roles (the second half of a swap protocol).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Fold = 'design' | 'heldout';

/** The site a labelled page belongs to: pages of one site fall in one fold. */
export const siteKey = (set: string, slug: string): string =>
  set === 'readability' ? slug.replace(/-\d+$/, '') : set === 'trafilatura' ? slug.replace(/^\d+-/, '') : slug;

const fnv1a = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

/** design | heldout for every site of a set: sites ordered by hash, every second one held out. */
export function foldOf(set: string, slugs: string[], swap: boolean): Map<string, Fold> {
  const sites = [...new Set(slugs.map((slug) => siteKey(set, slug)))].sort(
    (a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1),
  );
  const first: Fold = swap ? 'heldout' : 'design';
  const second: Fold = swap ? 'design' : 'heldout';
  return new Map(sites.map((site, i) => [site, set === 'seed' ? 'design' : i % 2 === 0 ? first : second]));
}

/** The labelled pages (slugs) of a set: those whose expected.json has related stories. */
export function labelledSlugs(corpus: string, set: string): string[] {
  const dir = join(corpus, set);
  return readdirSync(dir)
    .sort()
    .filter((slug) => {
      const expectedPath = join(dir, slug, 'expected.json');
      return existsSync(expectedPath) && JSON.parse(readFileSync(expectedPath, 'utf8')).related;
    });
}

const memo = new Map<string, Map<string, Fold>>();
/** The fold of a corpus page named "set/slug", or 'unlabelled'. */
export function foldOfPage(corpus: string, name: string, swap: boolean): Fold | 'unlabelled' {
  const [set, slug] = name.split('/') as [string, string];
  let folds = memo.get(set);
  if (!folds) {
    const slugs = labelledSlugs(corpus, set);
    folds = new Map(slugs.map((s) => [s, foldOf(set, slugs, swap).get(siteKey(set, s))!]));
    memo.set(set, folds);
  }
  return folds.get(slug) ?? 'unlabelled';
}
