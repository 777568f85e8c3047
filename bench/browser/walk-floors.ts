/**
 * What reading a page costs the DOM alone, without any of our rules: the floor under the core's
 * time on a generated live blog (the page of issue #12's 300 ms target). Each way of reading runs on a
 * freshly loaded page (so that no run finds wrappers an earlier one made), in the page's main world
 * and in an isolated world (where the content script runs), `--reps` times; prints the median ms.
 *
 *   npx tsx bench/browser/walk-floors.ts [--elements 100000] [--reps 5]
 *
 * The ways of reading: every node as the core's walks read them (firstChild / nextSibling, nodeValue
 * of text nodes); elements only (firstElementChild / nextElementSibling: text nodes get no wrapper);
 * elements only plus class / id; the text of every block (p, li, headings, cells) by textContent; the
 * whole body's textContent; and Readability's clone of the document, for scale.
 */
import { parseArgs } from 'node:util';
import { isolatedWorld, launchBenchBrowser } from './local-page';
import { liveBlogPage } from './pages';
import { median } from '../stats';

const { values } = parseArgs({
  options: { elements: { type: 'string', default: '100000' }, reps: { type: 'string', default: '5' } },
});

/** Each reading as an expression that returns a count (so that nothing is optimised away). */
const READINGS: Record<string, string> = {
  'every node': `(() => {
    let count = 0;
    const stack = [document.body];
    let node = document.body.firstChild;
    while (stack.length) {
      if (!node) { const done = stack.pop(); node = done && stack.length ? done.nextSibling : null; continue; }
      count++;
      if (node.nodeType === 3) count += node.nodeValue.length > 0 ? 0 : 1;
      stack.push(node);
      node = node.firstChild;
    }
    return count;
  })()`,
  'elements only': `(() => {
    let count = 0;
    const stack = [document.body];
    let element = document.body.firstElementChild;
    while (stack.length) {
      if (!element) { const done = stack.pop(); element = done && stack.length ? done.nextElementSibling : null; continue; }
      count += element.localName.length > 0 ? 1 : 0;
      stack.push(element);
      element = element.firstElementChild;
    }
    return count;
  })()`,
  'elements + class/id': `(() => {
    let count = 0;
    const stack = [document.body];
    let element = document.body.firstElementChild;
    while (stack.length) {
      if (!element) { const done = stack.pop(); element = done && stack.length ? done.nextElementSibling : null; continue; }
      if (element.hasAttributes()) count += (element.getAttribute('class') ?? '').length + (element.getAttribute('id') ?? '').length;
      stack.push(element);
      element = element.firstElementChild;
    }
    return count;
  })()`,
  'block texts': `(() => {
    let count = 0;
    for (const block of document.body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, td, blockquote, figcaption')) count += block.textContent.length;
    return count;
  })()`,
  'body textContent': `document.body.textContent.length`,
  'document clone': `document.cloneNode(true).childNodes.length`,
};

const elements = Number(values.elements);
const reps = Number(values.reps);
const html = liveBlogPage({ elements });
const browser = await launchBenchBrowser();
try {
  const times = new Map<string, number[]>();
  for (let rep = 0; rep < reps; rep++) {
    for (const world of ['main', 'isolated']) {
      for (const [name, expression] of Object.entries(READINGS)) {
        const page = await browser.newPage();
        await page.setContent(html);
        const timed = `(() => { const start = performance.now(); const count = ${expression}; return [count, performance.now() - start]; })()`;
        let ms: number;
        if (world === 'main') {
          [, ms] = await page.evaluate<[number, number]>(timed);
        } else {
          const isolated = await isolatedWorld(page, 'floors');
          [, ms] = await isolated.evaluate<[number, number]>(timed);
          await isolated.detach();
        }
        await page.close();
        const key = `${world}\t${name}`;
        times.set(key, [...(times.get(key) ?? []), ms]);
      }
    }
  }
  console.log(`live blog of ${elements} elements, median of ${reps} fresh loads (ms):`);
  for (const [key, list] of times) console.log(`  ${key.padEnd(32)} ${median(list).toFixed(1)}`);
} finally {
  await browser.close();
}
