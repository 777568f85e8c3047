// @vitest-environment happy-dom
/** Whether the page changed since a watch began (src/content/page-watch.ts). */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { watchPage, type PageWatch } from '../../src/content/page-watch';

let address = 'https://example.org/story';
const url = () => address;
let watches: PageWatch[] = [];
const watch = (ours?: () => Node | null) => {
  const w = watchPage(document, { url, ours });
  watches.push(w);
  return w;
};

beforeEach(() => {
  address = 'https://example.org/story';
  document.body.innerHTML = '<article><h1 class="title">A headline</h1><p>Some text of the story.</p></article>';
});
afterEach(() => {
  for (const w of watches) w.stop();
  watches = [];
});

describe('watchPage', () => {
  test('an untouched page has not changed, also after tasks have passed', async () => {
    const w = watch();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(w.changed).toBe(false);
  });

  test.each([
    ['text', () => (document.querySelector('p')!.firstChild!.nodeValue = 'Other text.')],
    ['an attribute', () => document.querySelector('h1')!.setAttribute('class', 'hidden')],
    ['a new element', () => document.body.append(document.createElement('aside'))],
    ['a removed element', () => document.querySelector('p')!.remove()],
    ['the head', () => (document.title = 'A new title')],
  ])('a change of %s is seen at once, in the same task', (_name, change) => {
    const w = watch();
    change();
    expect(w.changed).toBe(true);
  });

  test('a change is seen once its records were delivered too', async () => {
    const w = watch();
    document.querySelector('h1')!.textContent = 'Another headline';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(w.changed).toBe(true);
  });

  test('another address (an app that moved to another page) is a change', () => {
    const w = watch();
    address = 'https://example.org/next-story';
    expect(w.changed).toBe(true);
  });

  test('our own host element coming, changing and going is not a change of the page', async () => {
    let host: HTMLElement | null = null;
    const w = watch(() => host);
    host = document.createElement('div');
    document.documentElement.append(host);
    await Promise.resolve();
    host.style.setProperty('top', '0px');
    expect(w.changed).toBe(false);
    host.remove();
    host = null;
    expect(w.changed).toBe(false);
    document.body.append(document.createElement('div'));
    expect(w.changed).toBe(true);
  });

  test('only observes: the page is the same after watching it', () => {
    const before = document.documentElement.outerHTML;
    const w = watch();
    expect(w.changed).toBe(false);
    w.stop();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a stopped watch knows nothing any more: it says changed', () => {
    const w = watch();
    w.stop();
    expect(w.changed).toBe(true);
  });
});
