/** The reading position: the progress bar, and the section being read (for the outline beside the text). */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ArticleBlock } from '../core/types';
import { trackSectionBeingRead } from '../ui/reading-tracker';
import { headingDomId } from './Blocks';
import { headingIds } from './model';
import { READING_LINE_PX } from './sections';

/** Share of the page read (0..1), updated once per frame while scrolling. */
export function useReadingProgress(): number {
  const [progress, setProgress] = useState(0);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const root = document.documentElement;
      const scrollable = root.scrollHeight - window.innerHeight;
      setProgress(scrollable > 0 ? Math.min(1, Math.max(0, window.scrollY / scrollable)) : 1);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    // The page grows when the article arrives and as its pictures load.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    resize?.observe(document.body);
    return () => {
      resize?.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);
  return progress;
}

/**
 * The outline id of the section being read: the last heading above the reading line, none above the first (so that
 * the sidebar, which keeps the section being read in its middle, stays at its top, key points first, until the text
 * reaches a section). The line is the reader's own (sections.ts READING_LINE_PX: just below where a jump lands, the
 * line j / k judge by), not the panel's share of the window. By the panel's tracker (ui/reading-tracker.ts), whose
 * observed box reaches from far above the window down to the line: a jump to the end (the End key, the scrollbar)
 * moves it too, which a box from the line down to the window's bottom missed (headings that went from below the window
 * to above it at once changed no state). At the article's end (ARTICLE_END_CLASS in the window), the last section.
 */
/** The empty element after the article's text (App.tsx): in the window of a page scrolled down, the last section is
 * being read, though short sections at the end never reach the reading line. */
export const ARTICLE_END_CLASS = 'rd-end';

export function useActiveSection(blocks: readonly ArticleBlock[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  // The line in pixels from the window's top is a margin from its bottom: observed again when the height changes.
  const [height, setHeight] = useState(window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => {
    const headings = headingIds(blocks).flatMap((id) => {
      const element = document.getElementById(headingDomId(id));
      return element ? [[id, element] as const] : [];
    });
    if (!headings.length) return;
    const stop = new AbortController();
    const line = `-${Math.max(0, Math.round(height - READING_LINE_PX))}px`;
    const end = document.querySelector(`.${ARTICLE_END_CLASS}`) ?? undefined;
    trackSectionBeingRead(headings, setActive, stop.signal, line, end);
    return () => stop.abort();
  }, [blocks, height]);
  return active;
}

/** Pause after the last scroll before the position is written into the history entry (replaceState is rate-limited). */
const SCROLL_SAVE_DELAY_MS = 200;
/** The reading position's key in this history entry's state. */
const SCROLL_STATE_KEY = 'readerScrollY';
/** The user moving through the page: from then on the position is theirs, no longer the one being put back. */
const USER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** Scroll positions are fractional at some zoom levels: a page this close to where it was put is there. */
const POSITION_SLACK_PX = 1;

/**
 * Keeps the reading position when the user leaves the reader view and comes back (a link followed,
 * then Back; a reload): it is written into this history entry's state and put back once the article
 * is drawn. The browser's own restoration runs before the article arrives (it is read
 * asynchronously) and so would land at the top. Call it where the article is drawn.
 *
 * The first draw is not the article's final layout: the remembered text size can arrive after the
 * article (keepPlace then moves the page to hold the top block), pictures take their room as they load,
 * and a page still shorter than the position stops scrollTo at its end. So the position is put back
 * again each time the page's size changes, until the user moves; meanwhile it is the one kept. A move
 * with no input event (a scrollbar dragged, which Firefox does not report) is told by the layout: the page
 * is elsewhere than it was put while its height is unchanged.
 */
export function useKeptScrollPosition(): void {
  useLayoutEffect(() => {
    history.scrollRestoration = 'manual';
    const saved = (history.state as Record<string, unknown> | null)?.[SCROLL_STATE_KEY];
    let pending = typeof saved === 'number' && saved > 0 ? saved : null;
    const root = document.documentElement;
    let laidOut = root.scrollHeight; // the page's height when the position was last put back
    const putBack = () => {
      laidOut = root.scrollHeight;
      if (pending !== null && window.scrollY !== pending) window.scrollTo(0, pending);
    };
    putBack();
    const resize = pending === null || typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(putBack);
    resize?.observe(document.body);
    const release = () => {
      pending = null;
      resize?.disconnect();
      for (const type of USER_MOVES) window.removeEventListener(type, release, true);
    };
    if (resize) for (const type of USER_MOVES) window.addEventListener(type, release, { capture: true, passive: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      const position = pending ?? window.scrollY;
      history.replaceState({ ...(history.state as object | null), [SCROLL_STATE_KEY]: position }, '');
    };
    const onScroll = () => {
      if (pending !== null && root.scrollHeight === laidOut) {
        const putAt = Math.min(pending, laidOut - root.clientHeight);
        if (Math.abs(window.scrollY - putAt) > POSITION_SLACK_PX) release();
      }
      clearTimeout(timer);
      timer = setTimeout(save, SCROLL_SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      release();
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, []);
}
