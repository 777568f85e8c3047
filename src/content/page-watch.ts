/**
 * Whether the page changed since a point in time: lets the content script answer a repeat request
 * (the second toolbar click in a tab) from its last analysis instead of reading the page again.
 *
 * The core's result depends only on the document's nodes, attributes and text and on the page's
 * address (it reads no layout), so a `MutationObserver` over the whole document is an exact
 * signal. It only observes: it never changes the page's DOM, and it stops at the first change
 * (from then on the page costs it nothing).
 */

export interface PageWatch {
  /** True once the page's DOM or address changed after the watch began. */
  readonly changed: boolean;
  /** Stops watching; from then on `changed` is true (nothing is known of the page any more). */
  stop(): void;
}

export interface WatchOptions {
  /** Our own element in the page (the in-page panel's host), whose changes are not the page's. */
  ours?: () => Node | null;
  /** The page's address now (default `location.href`). */
  url?: () => string;
}

const EVERYTHING: MutationObserverInit = { subtree: true, childList: true, attributes: true, characterData: true };

/** Whether a record is about our own host element only (it was added, removed or restyled). */
function onlyOurs(record: MutationRecord, ours: WeakSet<Node>): boolean {
  if (record.type === 'attributes') return ours.has(record.target);
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => ours.has(node));
}

/** Starts watching `doc` for any change of its nodes, attributes, text or address. */
export function watchPage(doc: Document, options: WatchOptions = {}): PageWatch {
  const url = options.url ?? (() => location.href);
  const currentHost = options.ours ?? (() => null);
  // Every host element we had while watching: a record of its removal comes when it is gone.
  const ours = new WeakSet<Node>();
  const startUrl = url();
  let changed = false;
  const observer = new MutationObserver((records) => note(records));
  function note(records: MutationRecord[]): void {
    if (changed) return;
    const host = currentHost();
    if (host) ours.add(host);
    if (records.some((record) => !onlyOurs(record, ours))) stop();
  }
  function stop(): void {
    changed = true;
    observer.disconnect();
  }
  observer.observe(doc, EVERYTHING);
  return {
    get changed() {
      // Records of changes made in this very task are not delivered yet: take them now.
      if (!changed) note(observer.takeRecords());
      if (!changed && url() !== startUrl) stop();
      return changed;
    },
    stop,
  };
}
