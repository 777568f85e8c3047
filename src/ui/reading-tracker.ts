/**
 * Which section is being read, tracked with an IntersectionObserver over the outline's headings
 * (no scroll handler that measures every heading on every frame): the section being read is the
 * last heading, in document order, whose top has passed the reading line.
 */

/**
 * The panel's reading line, as a share of the window's height from the top: low enough to pass a site
 * header of any height (the panel sits over pages it did not lay out), high enough that a short section
 * right below the top is not skipped. The reader, which knows where its own jumps land, draws its line in
 * pixels (reader/scrolling.ts).
 */
export const READING_LINE_SHARE = 0.15;

/** How far above the window the observed box reaches (taller than any page a browser lays out). */
const FAR_ABOVE_PX = 10_000_000;

/** A page this close to its bottom is scrolled to its end (a zoomed page's scroll position is fractional). */
const PAGE_END_SLACK_PX = 2;

export type ReadingListener = (id: string | null) => void;

/**
 * Observes the headings (given in document order) and calls `onChange` with the id of the
 * section being read whenever it changes, starting with the first observation. Stops on `signal`.
 * `lineMargin`: the observed box's bottom margin, from the window's bottom up to the reading line.
 * `end`: an element where the article ends, if the caller has one: once it is in the window of a
 * page scrolled down, the last section is the one being read, though short sections at the end
 * can never reach the line (the page scrolls no further). `'page'` (the panel, which knows no such
 * element in a page it did not lay out): the window scrolled down to the page's bottom.
 */
export function trackSectionBeingRead(
  headings: ReadonlyArray<readonly [string, Element]>,
  onChange: ReadingListener,
  signal: AbortSignal,
  lineMargin = `-${Math.round((1 - READING_LINE_SHARE) * 100)}%`,
  end?: Element | 'page',
): void {
  if (typeof IntersectionObserver === 'undefined' || !headings.length) {
    onChange(null);
    return;
  }
  const index = new Map<Element, number>();
  headings.forEach(([, element], i) => index.set(element, i));
  const passed = new Array<boolean>(headings.length).fill(false);
  const shown = new Array<boolean>(headings.length).fill(false);
  let atEnd = false;
  let current: string | null | undefined;
  const report = () => {
    const last = atEnd ? shown.lastIndexOf(true) : passed.lastIndexOf(true);
    const id = last < 0 ? null : headings[last]![0];
    if (id !== current) {
      current = id;
      onChange(id);
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const i = index.get(entry.target);
        if (i === undefined) continue;
        const { width, height, bottom } = entry.boundingClientRect;
        shown[i] = !(width === 0 && height === 0);
        // In the box above the reading line (or above even that): its top has passed the line.
        passed[i] = shown[i] && (entry.isIntersecting || bottom <= (entry.rootBounds?.top ?? 0));
      }
      report();
    },
    // The root box reaches from far above the window down to the reading line: a heading is in it
    // exactly when it has passed the line, so a jump across the line (scrolled to the top at once)
    // changes its state and is reported, which a band only between the window's top and the line
    // would miss.
    { rootMargin: `${FAR_ABOVE_PX}px 0px ${lineMargin} 0px`, threshold: 0 },
  );
  for (const [, element] of headings) observer.observe(element);
  // The article's end in the window: a second observer, of the window itself (no margins).
  const endObserver =
    end && end !== 'page'
      ? new IntersectionObserver(([entry]) => {
          atEnd = !!entry?.isIntersecting && (end.ownerDocument.defaultView?.scrollY ?? 0) > 0;
          report();
        })
      : null;
  if (end && end !== 'page') endObserver?.observe(end);
  const view = headings[0]![1].ownerDocument.defaultView;
  if (end === 'page' && view) {
    // The page's bottom in the window: read on scroll (a scroll event comes at most once a frame).
    const onScroll = () => {
      const page = view.document.scrollingElement ?? view.document.documentElement;
      const next = view.scrollY > 0 && view.scrollY + view.innerHeight >= page.scrollHeight - PAGE_END_SLACK_PX;
      if (next === atEnd) return;
      atEnd = next;
      report();
    };
    view.addEventListener('scroll', onScroll, { passive: true, signal });
    onScroll();
  }
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      endObserver?.disconnect();
    },
    { once: true },
  );
}
