/**
 * Firefox runs content scripts in a sandbox that sees the page's DOM objects through "Xray"
 * wrappers, and the iterators such objects return there are not iterable: in Firefox,
 * `[...new URL(href).searchParams.keys()]` throws "is not iterable" inside a content script.
 * The analysis core iterates search parameters, so where (and only where) that is broken this
 * gives URLSearchParams iteration methods built on forEach. The patch lives on the sandbox's view
 * of the prototype (an Xray expando): the page's own URLSearchParams is untouched.
 */

function iterationWorks(): boolean {
  try {
    return [...new URLSearchParams('a=1').keys()].length === 1;
  } catch {
    return false;
  }
}

export function ensureIterableSearchParams(): void {
  if (iterationWorks()) return;
  const proto = URLSearchParams.prototype as unknown as Record<string | symbol, unknown>;
  const pairs = (params: URLSearchParams): Array<[string, string]> => {
    const list: Array<[string, string]> = [];
    params.forEach((value, key) => list.push([key, value]));
    return list;
  };
  const define = (name: string | symbol, make: (params: URLSearchParams) => IterableIterator<unknown>) =>
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value(this: URLSearchParams) {
        return make(this);
      },
    });
  define('entries', (params) => pairs(params)[Symbol.iterator]());
  define(Symbol.iterator, (params) => pairs(params)[Symbol.iterator]());
  define('keys', (params) => pairs(params).map(([key]) => key)[Symbol.iterator]());
  define('values', (params) => pairs(params).map(([, value]) => value)[Symbol.iterator]());
}
