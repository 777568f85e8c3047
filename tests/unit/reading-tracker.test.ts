// @vitest-environment happy-dom
/**
 * The section being read, from IntersectionObserver entries (a fake observer stands in for the
 * browser's): the last heading whose top has passed the reading line; hidden headings never count.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { JUMP_LANDING_PX, READING_LINE_PX } from '../../src/reader/sections';
import { trackSectionBeingRead } from '../../src/ui/reading-tracker';

type Callback = (entries: Array<Partial<IntersectionObserverEntry>>) => void;
let observer: {
  callback: Callback;
  options: IntersectionObserverInit;
  observed: Element[];
  disconnected: boolean;
} | null = null;

class FakeObserver {
  constructor(callback: Callback, options: IntersectionObserverInit) {
    observer = { callback, options, observed: [], disconnected: false };
  }
  observe(element: Element) {
    observer!.observed.push(element);
  }
  disconnect() {
    observer!.disconnected = true;
  }
}

const original = globalThis.IntersectionObserver;
afterEach(() => {
  globalThis.IntersectionObserver = original;
  observer = null;
});

const rect = (top: number, height = 30) => ({ top, bottom: top + height, width: 600, height }) as DOMRectReadOnly;
const rootBounds = { top: -10_000_000, bottom: 120 } as DOMRectReadOnly;

describe('trackSectionBeingRead', () => {
  test('reports the last passed heading, changes only, and stops on abort', () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const [a, b, c] = ['a', 'b', 'c'].map(() => document.createElement('h2'));
    const seen: Array<string | null> = [];
    const abort = new AbortController();
    trackSectionBeingRead(
      [
        ['h0', a!],
        ['h1', b!],
        ['h2', c!],
      ],
      (id) => seen.push(id),
      abort.signal,
    );
    expect(observer!.observed).toEqual([a, b, c]);
    expect(observer!.options.rootMargin).toMatch(/^\d+px 0px -85% 0px$/);

    const entry = (target: Element, intersecting: boolean, top: number) => ({
      target,
      isIntersecting: intersecting,
      boundingClientRect: rect(top),
      rootBounds,
    });
    observer!.callback([entry(a!, false, 300), entry(b!, false, 900), entry(c!, false, 1500)]); // at the top
    observer!.callback([entry(a!, true, 40)]); // scrolled: the first heading passed the line
    observer!.callback([entry(b!, true, 60), entry(c!, false, 700)]);
    observer!.callback([entry(b!, true, 50)]); // no change: not reported again
    observer!.callback([entry(a!, false, 300), entry(b!, false, 900)]); // back to the top at once
    expect(seen).toEqual([null, 'h0', 'h1', null]);

    // A hidden heading (no box) never counts as passed.
    const noBox = { top: 0, bottom: 0, width: 0, height: 0 } as DOMRectReadOnly;
    observer!.callback([{ target: a!, isIntersecting: true, boundingClientRect: noBox, rootBounds }]);
    expect(seen.at(-1)).toBeNull();
    observer!.callback([entry(a!, true, 40)]);
    expect(seen.at(-1)).toBe('h0');
    abort.abort();
    expect(observer!.disconnected).toBe(true);
  });

  test("'page': on a page scrolled to its bottom, the last heading, though it never passed the line", () => {
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    const [a, b, c] = ['a', 'b', 'c'].map(() => document.body.appendChild(document.createElement('h2')));
    const page = document.scrollingElement ?? document.documentElement;
    Object.defineProperty(page, 'scrollHeight', { value: window.innerHeight + 400, configurable: true });
    const scrollTo = (y: number) => {
      Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
      window.dispatchEvent(new Event('scroll'));
    };
    const seen: Array<string | null> = [];
    const abort = new AbortController();
    trackSectionBeingRead(
      [
        ['h0', a!],
        ['h1', b!],
        ['h2', c!],
      ],
      (id) => seen.push(id),
      abort.signal,
      undefined,
      'page',
    );
    const entry = (target: Element, intersecting: boolean, top: number) => ({
      target,
      isIntersecting: intersecting,
      boundingClientRect: rect(top),
      rootBounds,
    });
    observer!.callback([entry(a!, true, 40), entry(b!, false, 500), entry(c!, false, 700)]);
    scrollTo(200); // not yet at the bottom
    expect(seen).toEqual(['h0']);
    scrollTo(399); // within the slack of the bottom: the short last sections never reach the line
    expect(seen).toEqual(['h0', 'h2']);
    scrollTo(100);
    expect(seen).toEqual(['h0', 'h2', 'h0']);
    abort.abort();
    scrollTo(400); // stopped: no longer listening
    expect(seen).toEqual(['h0', 'h2', 'h0']);
    delete (page as unknown as { scrollHeight?: number }).scrollHeight;
    delete (window as unknown as { scrollY?: number }).scrollY;
    for (const heading of [a, b, c]) heading!.remove();
  });

  test("the reader's reading line is below where its jumps land (reader.css scroll-padding-top)", () => {
    const css = readFileSync(resolve(__dirname, '../../src/reader/reader.css'), 'utf8');
    expect(css).toMatch(new RegExp(`scroll-padding-top: ${JUMP_LANDING_PX}px;`));
    expect(READING_LINE_PX).toBeGreaterThan(JUMP_LANDING_PX);
  });

  test('without IntersectionObserver, or without headings: no section', () => {
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
    const seen: Array<string | null> = [];
    trackSectionBeingRead([['h0', document.createElement('h2')]], (id) => seen.push(id), new AbortController().signal);
    expect(seen).toEqual([null]);
  });
});
