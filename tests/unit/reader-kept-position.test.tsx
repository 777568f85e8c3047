// @vitest-environment happy-dom
/**
 * The reading position put back after Back or a reload (useKeptScrollPosition), over a page whose height is
 * stubbed: happy-dom lays nothing out, so scrollTo stops at the stubbed page's end and a ResizeObserver stub
 * reports the page growing as the article's later parts (pictures, the remembered text size) take their room.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useKeptScrollPosition } from '../../src/reader/scrolling';
import { withRenderContainer } from '../support/render-container';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

const READ_AT = 500;
let pageHeight = 0;
let observers: Array<() => void> = [];

/** The page grows (or changes) to `height`: what a ResizeObserver on the body reports. */
function pageBecomes(height: number): void {
  pageHeight = height;
  for (const changed of observers) changed();
}

const scrolled = () => window.dispatchEvent(new Event('scroll'));

beforeEach(() => {
  const scrollTo = window.scrollTo.bind(window);
  vi.spyOn(window, 'scrollTo').mockImplementation(((_x: number, y: number) =>
    scrollTo(0, Math.max(0, Math.min(y, pageHeight - window.innerHeight)))) as typeof window.scrollTo);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      private readonly changed: () => void;
      constructor(callback: () => void) {
        this.changed = () => callback();
      }
      observe() {
        observers.push(this.changed);
      }
      disconnect() {
        observers = observers.filter((changed) => changed !== this.changed);
      }
    },
  );
  const root = document.documentElement;
  Object.defineProperty(root, 'scrollHeight', { configurable: true, get: () => pageHeight });
  Object.defineProperty(root, 'clientHeight', { configurable: true, get: () => window.innerHeight });
  window.scrollTo(0, 0);
  history.replaceState({ readerScrollY: READ_AT }, '');
});

afterEach(() => {
  const root = document.documentElement as unknown as Record<string, unknown>;
  delete root.scrollHeight;
  delete root.clientHeight;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  observers = [];
});

function Reading() {
  useKeptScrollPosition();
  return <p>The article</p>;
}

async function drawWithPageHeight(height: number): Promise<void> {
  pageHeight = height;
  await act(() => render(<Reading />, container));
}

const savedPosition = () => (history.state as { readerScrollY?: number }).readerScrollY;

describe('the reading position put back after Back or a reload', () => {
  test('an article tall enough at its first draw: the position is put back at once', async () => {
    await drawWithPageHeight(4000);
    expect(window.scrollY).toBe(READ_AT);
  });

  test('an article drawn in steps (first too short, scrollTo stops at its end): put back once it is tall enough', async () => {
    await drawWithPageHeight(window.innerHeight + 100);
    expect(window.scrollY).toBe(100);
    scrolled(); // the scroll that stopped at the page's end is no move of the user's
    pageBecomes(4000);
    expect(window.scrollY).toBe(READ_AT);
  });

  test('moved by a later change of the layout (the remembered text size read after the article): put back', async () => {
    await drawWithPageHeight(4000);
    // keepPlace holding the top block as the text grows: the page moves as its layout changes, before it is reported.
    pageHeight = 4200;
    window.scrollTo(0, 554);
    scrolled();
    pageBecomes(4200);
    expect(window.scrollY).toBe(READ_AT);
  });

  test('left before the article is tall enough (a reload): the position kept is the one read, not where scrollTo stopped', async () => {
    await drawWithPageHeight(window.innerHeight + 100);
    window.dispatchEvent(new Event('pagehide'));
    expect(savedPosition()).toBe(READ_AT);
  });

  test('once the user moves (wheel, keys, touch, pointer), the page growing no longer takes them back', async () => {
    for (const move of ['wheel', 'keydown', 'touchstart', 'pointerdown']) {
      history.replaceState({ readerScrollY: READ_AT }, '');
      await drawWithPageHeight(window.innerHeight + 100);
      window.dispatchEvent(new Event(move));
      pageBecomes(4000);
      expect(window.scrollY, move).toBe(100);
      window.dispatchEvent(new Event('pagehide'));
      expect(savedPosition(), move).toBe(100);
      await act(() => render(null, container));
      window.scrollTo(0, 0);
    }
  });

  test('a move with no input event at an unchanged layout (a scrollbar dragged) is the user’s too', async () => {
    await drawWithPageHeight(4000);
    window.scrollTo(0, 900);
    scrolled();
    pageBecomes(4200);
    expect(window.scrollY).toBe(900);
  });
});
