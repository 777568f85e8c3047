// @vitest-environment happy-dom
/**
 * The reader's section being read (useActiveSection) follows a jump to the article's end (the End key, the scrollbar
 * dragged down): an observer stand-in that reports, as a browser does, only the headings whose intersection with the
 * observed box changed, over headings whose places are stubbed (happy-dom lays nothing out).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import type { ArticleBlock } from '../../src/core/types';
import { headingDomId } from '../../src/reader/Blocks';
import { ARTICLE_END_CLASS, useActiveSection } from '../../src/reader/scrolling';
import { JUMP_LANDING_PX, nextSection } from '../../src/reader/sections';
import { withRenderContainer } from '../support/render-container';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

const WINDOW_HEIGHT = 900;
/** Each heading's top in the window, by its element; below the window until placed. */
const tops = new Map<Element, number>();
const BELOW = 10_000;
const topOf = (element: Element) => tops.get(element) ?? BELOW;
const observers: LayoutObserver[] = [];

/** A margin of a rootMargin ("-96px", "10000000px", "-85%") in pixels of the window's height. */
const pixels = (margin: string) =>
  margin.endsWith('%') ? (parseFloat(margin) / 100) * window.innerHeight : parseFloat(margin);

class LayoutObserver {
  readonly #callback: IntersectionObserverCallback;
  readonly #margins: [string, string];
  readonly #inside = new Map<Element, boolean>();
  constructor(callback: IntersectionObserverCallback, options: IntersectionObserverInit = {}) {
    this.#callback = callback;
    const [top = '0px', , bottom = top] = (options.rootMargin ?? '0px').split(/\s+/);
    this.#margins = [top, bottom];
    observers.push(this);
  }
  /** The observed box, as a browser applies the margins to the window as it is now. */
  get #box() {
    return { top: -pixels(this.#margins[0]), bottom: window.innerHeight + pixels(this.#margins[1]) };
  }
  observe(element: Element) {
    this.#inside.set(element, !this.#isInside(element));
    this.update();
  }
  disconnect() {
    this.#inside.clear();
  }
  #isInside(element: Element): boolean {
    const top = topOf(element);
    return top + 30 > this.#box.top && top < this.#box.bottom;
  }
  /** Reports the headings that went in or out of the box since the last report. */
  update() {
    const entries = [...this.#inside]
      .filter(([element, inside]) => inside !== this.#isInside(element))
      .map(([element]) => {
        const top = topOf(element);
        this.#inside.set(element, this.#isInside(element));
        return {
          target: element,
          isIntersecting: this.#isInside(element),
          boundingClientRect: { top, bottom: top + 30, width: 600, height: 30 },
          rootBounds: { top: this.#box.top, bottom: this.#box.bottom },
        } as unknown as IntersectionObserverEntry;
      });
    if (entries.length) this.#callback(entries, this as unknown as IntersectionObserver);
  }
}

const original = globalThis.IntersectionObserver;
const measure = Element.prototype.getBoundingClientRect;
const windowHeight = Object.getOwnPropertyDescriptor(window, 'innerHeight');
const scrolled = Object.getOwnPropertyDescriptor(window, 'scrollY');
afterEach(() => {
  globalThis.IntersectionObserver = original;
  Element.prototype.getBoundingClientRect = measure;
  if (windowHeight) Object.defineProperty(window, 'innerHeight', windowHeight);
  if (scrolled) Object.defineProperty(window, 'scrollY', scrolled);
  observers.length = 0;
  tops.clear();
});

const heading = (id: string): ArticleBlock => ({ kind: 'heading', level: 2, id, runs: [{ kind: 'text', text: id }] });
const blocks = [heading('h0'), heading('h1'), heading('h2')];

function Headings() {
  const active = useActiveSection(blocks);
  return (
    <div data-active={active ?? ''}>
      {blocks.map(
        (block) =>
          block.kind === 'heading' && (
            <h2 id={headingDomId(block.id!)} key={block.id}>
              {block.id}
            </h2>
          ),
      )}
      <div class={ARTICLE_END_CLASS} />
    </div>
  );
}

/** Renders the headings over the stand-in observer; `place` sets their tops in the window. */
async function renderHeadings() {
  Object.defineProperty(window, 'innerHeight', { value: WINDOW_HEIGHT, configurable: true });
  globalThis.IntersectionObserver = LayoutObserver as unknown as typeof IntersectionObserver;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const top = topOf(this);
    return { top, bottom: top + 30, width: 600, height: 30 } as DOMRect;
  };
  const place = (...places: number[]) => {
    ['h0', 'h1', 'h2'].forEach((id, i) => tops.set(document.getElementById(headingDomId(id))!, places[i]!));
    // The article's end: after the last heading's section (30 px of heading, 200 px of text).
    tops.set(container.querySelector(`.${ARTICLE_END_CLASS}`)!, places[2]! + 230);
  };
  await act(() => {
    render(<Headings />, container);
  });
  const active = () => container.querySelector('div')!.getAttribute('data-active');
  return { place, active };
}

describe('useActiveSection', () => {
  test('names the last heading after a jump from the top to the end, none at the top', async () => {
    const { place, active } = await renderHeadings();
    expect(active()).toBe(''); // at the top, every heading below the window: no section yet
    place(-3000, -2000, -1000); // the End key: every heading went from below the window to above it at once
    await act(() => {
      for (const observer of observers) observer.update();
    });
    expect(active()).toBe('h2');
  });

  test('marks the section a jump went to, as j / k take it: not a short section right below it', async () => {
    const { place, active } = await renderHeadings();
    // A jump (the outline's click, j) lands h1 under the toolbar (the page's scroll-padding); h2 starts 40 px below
    // it, above 15 % of the window (the panel's line), below the reader's reading line.
    place(-600, JUMP_LANDING_PX, JUMP_LANDING_PX + 40);
    await act(() => {
      for (const observer of observers) observer.update();
    });
    expect(active()).toBe('h1');
    // In a window too short for 15 % of it to reach the toolbar's bottom, the line stays where a jump lands.
    await act(() => {
      Object.defineProperty(window, 'innerHeight', { value: 400, configurable: true });
      window.dispatchEvent(new Event('resize'));
    });
    place(-600, JUMP_LANDING_PX, 300);
    await act(() => {
      for (const observer of observers) observer.update();
    });
    expect(active()).toBe('h1');
    // j from there goes on to h2, the next section: the keys and the outline agree on the one being read.
    for (const element of container.querySelectorAll('h2')) element.scrollIntoView = () => undefined;
    container.className = 'rd-content';
    container.querySelectorAll('h2').forEach((element) => element.classList.add('rd-heading'));
    expect(nextSection(document, 1)?.id).toBe(headingDomId('h2'));
  });

  test('marks the last section at the end of the article, where short sections never reach the line', async () => {
    const { place, active } = await renderHeadings();
    // Scrolled down as far as the page goes: h1 and h2 are short sections below the reading line, the end in view.
    Object.defineProperty(window, 'scrollY', { value: 2400, configurable: true });
    place(-2000, 300, 500);
    await act(() => {
      for (const observer of observers) observer.update();
    });
    expect(active()).toBe('h2');
    // Back up, the end out of the window: the reading line decides again.
    place(-1500, 40, 800);
    await act(() => {
      for (const observer of observers) observer.update();
    });
    expect(active()).toBe('h1');
  });

  test('a short article seen whole at the top marks no section', async () => {
    const { place, active } = await renderHeadings();
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    place(150, 300, 450);
    await act(() => {
      for (const observer of observers) observer.update();
    });
    expect(active()).toBe('');
  });
});
