/** The reading position: the progress bar, and the section being read (for the outline beside the text). */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ArticleBlock } from '../core/types';
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
 * The outline id of the section being read: the last heading above the reading line. An
 * IntersectionObserver says when a heading crosses the line; the choice is then made from positions.
 */
export function useActiveSection(blocks: readonly ArticleBlock[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    const ids = headingIds(blocks);
    const elements = ids
      .map((id) => document.getElementById(headingDomId(id)))
      .filter((element): element is HTMLElement => !!element);
    if (!elements.length || typeof IntersectionObserver === 'undefined') return;
    const choose = () => {
      let current: string | null = null;
      elements.forEach((element, index) => {
        if (element.getBoundingClientRect().top <= READING_LINE_PX + 1) current = ids[index] ?? null;
      });
      setActive(current ?? ids[0] ?? null);
    };
    const observer = new IntersectionObserver(choose, {
      rootMargin: `-${READING_LINE_PX}px 0px 0px 0px`,
      threshold: [0, 1],
    });
    elements.forEach((element) => observer.observe(element));
    choose();
    return () => observer.disconnect();
  }, [blocks]);
  return active;
}

/** Pause after the last scroll before the position is written into the history entry (replaceState is rate-limited). */
const SCROLL_SAVE_DELAY_MS = 200;
/** The reading position's key in this history entry's state. */
const SCROLL_STATE_KEY = 'readerScrollY';

/**
 * Keeps the reading position when the user leaves the reader view and comes back (a link followed,
 * then Back; a reload): it is written into this history entry's state and put back once the article
 * is drawn. The browser's own restoration runs before the article arrives (it is read
 * asynchronously) and so would land at the top. Call it where the article is drawn.
 */
export function useKeptScrollPosition(): void {
  useLayoutEffect(() => {
    history.scrollRestoration = 'manual';
    const saved = (history.state as Record<string, unknown> | null)?.[SCROLL_STATE_KEY];
    if (typeof saved === 'number') window.scrollTo(0, saved);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      history.replaceState({ ...(history.state as object | null), [SCROLL_STATE_KEY]: window.scrollY }, '');
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SCROLL_SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, []);
}
