/** The page's place, kept in the URL's #fragment so that it can be bookmarked: the list, or one entry. */
import { useEffect, useState } from 'preact/hooks';

export type Route = { view: 'list' } | { view: 'entry'; id: string } | { view: 'bad-link'; hash: string };

export function routeFromHash(hash: string): Route {
  const match = /^#\/entry\/(.+)$/.exec(hash);
  if (!match) return { view: 'list' };
  try {
    return { view: 'entry', id: decodeURIComponent(match[1]!) };
  } catch {
    // A cut or hand-edited link ("%E0%A4%A"): decodeURIComponent throws a URIError.
    return { view: 'bad-link', hash };
  }
}

export function entryHash(id: string): string {
  return `#/entry/${encodeURIComponent(id)}`;
}

export function goToList(): void {
  location.hash = '#/';
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}

/** A key pressed in a field: it is the field's own (typing, its undo), not a page shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

/** "/" goes to the search box (from anywhere), Escape leaves an outline for the list. */
export function useShortcuts(route: Route, focusSearch: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = isTyping(event.target);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        if (route.view !== 'list') goToList();
        setTimeout(focusSearch);
      } else if (event.key === 'Escape' && route.view !== 'list' && !typing) {
        goToList();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [route, focusSearch]);
}
