/**
 * Noticing that a single-page site showed a new article: its URL changes without a page load.
 * Observing only (events, a MutationObserver, a timer); nothing here changes the page.
 */

/** Fallback check of location.href, for sites whose navigation no event reports. */
const URL_POLL_MS = 1_000;
/** The DOM counts as settled after this long without changes... */
const SETTLE_QUIET_MS = 300;
/** ...or after this long in any case (a page with a ticking clock never goes quiet). */
const SETTLE_MAX_MS = 3_000;

/** The URL without its #fragment: a jump inside the same article is not a new article. */
function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

interface NavigationLike extends EventTarget {}

/** Calls `onChange` whenever the page's URL (without fragment) changes, until `signal` aborts. */
export function watchUrlChanges(signal: AbortSignal, onChange: () => void): void {
  let last = pageKey(location.href);
  const check = () => {
    const now = pageKey(location.href);
    if (now === last) return;
    last = now;
    onChange();
  };
  window.addEventListener('popstate', check, { signal });
  const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  navigation?.addEventListener('currententrychange', check, { signal });
  const timer = setInterval(check, URL_POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}

/** Resolves once the page's DOM has stopped changing for a moment (or after a maximum wait). */
export function whenDomSettles(signal: AbortSignal, quietMs = SETTLE_QUIET_MS, maxMs = SETTLE_MAX_MS): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer = setTimeout(done, quietMs);
    const maxTimer = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(done, quietMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', done, { once: true });
    function done() {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
