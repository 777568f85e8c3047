// @vitest-environment happy-dom
/** Single-page sites: the panel notices a new article when the URL changes without a reload. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchUrlChanges, whenDomSettles } from '../../src/content/spa';

afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('watchUrlChanges', () => {
  test('reports pushState navigations (by polling) and back/forward (popstate), not #fragment jumps', () => {
    vi.useFakeTimers();
    const abort = new AbortController();
    const onChange = vi.fn();
    history.replaceState(null, '', '/news/first');
    watchUrlChanges(abort.signal, onChange);

    history.pushState(null, '', '/news/first#section-2');
    vi.advanceTimersByTime(5_000);
    expect(onChange).not.toHaveBeenCalled();

    history.pushState(null, '', '/news/second');
    vi.advanceTimersByTime(5_000);
    expect(onChange).toHaveBeenCalledTimes(1);

    history.replaceState(null, '', '/news/third');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(2);

    abort.abort();
    history.pushState(null, '', '/news/fourth');
    vi.advanceTimersByTime(5_000);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('whenDomSettles', () => {
  test('waits until the DOM has been quiet for a moment', async () => {
    const abort = new AbortController();
    let settled = false;
    const done = whenDomSettles(abort.signal, 40, 2_000).then(() => (settled = true));
    for (let i = 0; i < 3; i++) {
      document.body.append(document.createElement('p'));
      await new Promise((resolve) => setTimeout(resolve, 15));
      expect(settled).toBe(false);
    }
    await done;
    expect(settled).toBe(true);
  });

  test('gives up waiting after the maximum on a page that never goes quiet', async () => {
    vi.useFakeTimers();
    const abort = new AbortController();
    let settled = false;
    void whenDomSettles(abort.signal, 50, 150).then(() => (settled = true));
    // A change every 10 ms: never 50 ms of quiet.
    for (let elapsed = 0; elapsed < 140; elapsed += 10) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(settled).toBe(false);
    document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(10);
    expect(settled).toBe(true);
  });

  test('resolves at once when the panel closes (aborted)', async () => {
    vi.useFakeTimers();
    const abort = new AbortController();
    let settled = false;
    void whenDomSettles(abort.signal, 300, 3_000).then(() => (settled = true));
    abort.abort();
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
