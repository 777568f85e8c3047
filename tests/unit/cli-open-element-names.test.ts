/**
 * The command's rewrite of misnested end tags (src/cli/misnested-end-tags.ts) reads the page with htmlparser2's
 * Parser holding its open elements in an OpenElementNames, so that a page nested N deep reads in O(N), not O(N²).
 */
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { closeEndTagsAsABrowser } from '../../src/cli/misnested-end-tags';
import { OpenElementNames, parseWithLinearStack } from '../../src/cli/open-element-names';

describe("the command's stack of open element names", () => {
  it("answers the Parser's operations as its innermost-first array does", () => {
    const names = new OpenElementNames();
    const array: string[] = [];
    for (const step of [['html'], ['body'], ['div'], ['a', 'div'], ['p'], ['div']]) {
      expect(names.unshift(...step)).toBe(array.unshift(...step));
    }
    expect(names.innermostFirst()).toEqual(array);
    expect([names.length, names[0]]).toEqual([array.length, array[0]]);
    for (const name of ['div', 'a', 'p', 'html', 'span', 'table'])
      expect(names.indexOf(name)).toBe(array.indexOf(name));
    expect(names.shift()).toBe(array.shift());
    expect(names.shift()).toBe(array.shift());
    for (const name of ['div', 'p', 'a']) expect(names.indexOf(name)).toBe(array.indexOf(name));
    expect(names.innermostFirst()).toEqual(array);
  });

  it('is the stack the Parser reads on while the text is written, and an array again at its end', () => {
    const seen: unknown[] = [];
    const parser: Parser = new Parser({
      onopentagname() {
        seen.push((parser as unknown as { stack: unknown }).stack);
      },
      onend() {
        seen.push((parser as unknown as { stack: unknown }).stack);
      },
    });
    parseWithLinearStack(parser, '<div><p>Text</div><span>');
    expect(seen.slice(0, -1).every((stack) => stack instanceof OpenElementNames)).toBe(true);
    expect(seen.at(-1)).toEqual(['span']);
  });

  it('gives the events the Parser gives with its own array, on a deep page with misnested and stray end tags', () => {
    const depth = 2_000;
    const html =
      `<body>${'<div><span><p>'.repeat(depth)}<a href="/x"><div>Card</a><li>One<li>Two</b>` +
      `${'</span></div>'.repeat(depth)}<svg><path/></svg><table><tr><td>1<td>2</table></p><br></br>`;
    const events = (read: (parser: Parser) => void): string[] => {
      const seen: string[] = [];
      const parser: Parser = new Parser({
        onopentagname: (name) => seen.push(`<${name} ${parser.startIndex}`),
        onclosetag: (name, implied) => seen.push(`</${name} ${implied} ${parser.endIndex}`),
      });
      read(parser);
      return seen;
    };
    const own = events((parser) => parser.end(html));
    expect(own.length).toBeGreaterThan(4 * depth);
    expect(events((parser) => parseWithLinearStack(parser, html))).toEqual(own);
  });

  it('leaves the rewrite of misnested end tags deep in a page as it was', () => {
    const card = '<a href="/x"><div>Card</a>';
    const deep = (depth: number) => `<body>${'<div>'.repeat(depth)}${card}${'</div>'.repeat(depth)}</body>`;
    expect(closeEndTagsAsABrowser(deep(3_000))).toBe(
      deep(3_000).replace(card, '<a href="/x"></a><div><a href="/x">Card</a>'),
    );
  });
});
