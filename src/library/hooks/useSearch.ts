/** Search as you type and the site filter, over the loaded entries. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedOutline } from '../../shared/storage';
import { buildSearchIndex, foldArticleTexts, queryTerms, searchLibrary } from '../search';

/** Rows rendered at once: enough to scroll through, few enough that each keystroke renders fast. */
export const RESULTS_PAGE_SIZE = 100;

/** `loadArticleTexts`: the saved texts of the articles, searched too; read once, at the first query. */
export function useSearch(
  entries: SavedOutline[],
  loaded: boolean,
  loadArticleTexts?: () => Promise<Map<string, string>>,
) {
  const [query, setQuery] = useState('');
  const [articleTexts, setArticleTexts] = useState<Map<string, string> | null>(null);
  const textsRequested = useRef(false);
  useEffect(() => {
    if (!query.trim() || !loadArticleTexts || textsRequested.current) return;
    textsRequested.current = true;
    loadArticleTexts().then(
      (texts) => setArticleTexts(foldArticleTexts(texts)),
      () => undefined,
    );
  }, [query, loadArticleTexts]);
  // A save or delete changes the list: read the texts again at the next query.
  useEffect(() => {
    textsRequested.current = false;
  }, [entries]);
  const [site, setSite] = useState<string | null>(null);
  const [limit, setLimit] = useState(RESULTS_PAGE_SIZE);
  const index = useMemo(() => buildSearchIndex(entries), [entries]);
  // The texts searched are folded once the list is on screen, when the page is idle, not before its first paint.
  useEffect(() => {
    if (!loaded) return;
    const warm = () => void index.texts();
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(warm);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(warm);
    return () => cancelIdleCallback(handle);
  }, [index, loaded]);
  const terms = useMemo(() => queryTerms(query), [query]);
  const matches = useMemo(() => searchLibrary(index, query, site, articleTexts), [index, query, site, articleTexts]);
  const sites = useMemo(() => {
    const counts = new Map<string, number>();
    for (const name of index.sites) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [index]);

  useEffect(() => setLimit(RESULTS_PAGE_SIZE), [query, site]);
  // A site that no longer has entries (all deleted) would hide everything: drop the filter.
  useEffect(() => {
    if (site !== null && loaded && !index.sites.includes(site)) setSite(null);
  }, [index, site, loaded]);

  const showMore = () => setLimit((current) => current + RESULTS_PAGE_SIZE);
  return { query, setQuery, site, setSite, terms, matches, sites, limit, showMore };
}
