/**
 * The single slow DOM reads of a walk in an extension's isolated world: one walk over the generated
 * live blog (`firstChild` / `nextSibling`, every node kept, as the core's page walk keeps them), in
 * the page's main world and in isolated worlds (CDP `Page.createIsolatedWorld`, as a content
 * script's), timing each call; prints the calls over `--slow` ms with the count of nodes read
 * so far. In an isolated world they fall where that world's wrappers reach 2^16, 2^17, 2^18 (its
 * table of wrappers doubling), docs/browser-speed.md "Sixth session".
 *
 *   npx tsx bench/browser/isolated-world-reads.ts [--elements 100000] [--slow 8]
 */
import { parseArgs } from 'node:util';
import { launchBenchBrowser } from './local-page';
import { liveBlogPage } from './pages';

const { values } = parseArgs({
  options: { elements: { type: 'string', default: '100000' }, slow: { type: 'string', default: '8' } },
});

/** The walk, as a script evaluated in a world: its total time and every call over `slowMs`. */
function walkScript(slowMs: number): string {
  return `(() => {
    const slow = [];
    const kept = [];
    const timed = (name, read) => {
      const start = performance.now();
      const node = read();
      const ms = performance.now() - start;
      if (ms > ${slowMs}) slow.push(name + ' at node ' + kept.length + ': ' + ms.toFixed(0) + ' ms');
      return node;
    };
    const started = performance.now();
    const stack = [document.body];
    kept.push(document.body);
    let node = timed('firstChild', () => document.body.firstChild);
    while (stack.length) {
      if (!node) {
        const done = stack.pop();
        node = done && stack.length ? timed('nextSibling', () => done.nextSibling) : null;
        continue;
      }
      kept.push(node);
      stack.push(node);
      const current = node;
      node = timed('firstChild', () => current.firstChild);
    }
    return JSON.stringify({ nodes: kept.length, ms: Math.round(performance.now() - started), slow });
  })()`;
}

const browser = await launchBenchBrowser();
try {
  const page = await browser.newPage();
  await page.setContent(liveBlogPage({ elements: Number(values.elements) }));
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  for (const world of ['main', 'isolated 1', 'isolated 2']) {
    const contextId =
      world === 'main'
        ? undefined
        : (
            (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: world })) as {
              executionContextId: number;
            }
          ).executionContextId;
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: walkScript(Number(values.slow)),
      contextId,
      returnByValue: true,
    })) as { result: { value: string } };
    const { nodes, ms, slow } = JSON.parse(result.value) as { nodes: number; ms: number; slow: string[] };
    console.log(
      `${world} world: ${nodes} nodes in ${ms} ms; calls over ${values.slow} ms: ${slow.join('; ') || 'none'}`,
    );
  }
} finally {
  await browser.close();
}
