/**
 * The command's own parse (src/cli/page.ts), as a browser's parser builds the page: what a page
 * writes before its <body> lands in the body, a pasted document's root tags are left out, a table's rows sit in a
 * <tbody>, and attribute names are in small letters (linkedom keeps all of these as written).
 */
import { describe, expect, it } from 'vitest';
import { outlineHtml, parseDocument } from '../../src/cli/page';

const STORY = `<h1>Harbour plan approved</h1>
<p>The city council voted on Tuesday to approve a new plan for the harbour district after two years of talks.</p>
<p>Under the plan, the old warehouses along the eastern quay will be turned into housing and workshops by 2030.</p>
<p>The mayor said construction could start next spring if the regional government signs off on the loan.</p>`;
const options = { url: null, explain: false, timeLimitMs: 10_000 };

describe('the command parses a page as a browser does', () => {
  it('puts an article written inside a head that never closes into the body', () => {
    const html = `<html><head><meta charset="utf-8"><title>Harbour plan approved</title><div id="story">${STORY}</div>`;
    const doc = parseDocument(html);
    expect(doc.getElementById('story')?.parentElement?.localName).toBe('body');
    expect([...doc.documentElement.children].map((child) => child.localName)).toEqual(['head', 'body']);
    const result = outlineHtml(html, options);
    expect(result.found).toBe(true);
    expect(result.body).toContain('eastern quay');
  });

  it('ends the head at its first element that is no head content, before what the body holds already', () => {
    const doc = parseDocument(
      `<html><head><title>T</title><div id="first">${STORY}</div><link rel="icon" href="/i.png"></head><body><p id="last">After.</p></body></html>`,
    );
    const body = doc.documentElement.children[1]!;
    expect([...body.children].map((child) => child.id || child.localName)).toEqual(['first', 'link', 'last']);
    expect(doc.head.children.length).toBe(1);
  });

  it("leaves a head of head content alone, and a page's second <body> where it is", () => {
    const html = `<html><head><title>T</title><script>var a = 1;</script></head><body></body><meta name="x"><body>${STORY}</body></html>`;
    const doc = parseDocument(html);
    expect([...doc.documentElement.children].map((child) => child.localName)).toEqual(['head', 'body', 'meta', 'body']);
    expect(doc.documentElement.children[1]!.childNodes.length).toBe(0);
  });

  it('leaves out the <html>, <head> and <body> tags of a document pasted into the page, keeping their content in place', () => {
    const html = `<html><head><title>T</title></head><body><div id="story">${STORY}
<html><head><style>.x{}</style></head><body><p id="pasted">A job offer.</p></div></body></html>`;
    const doc = parseDocument(html);
    expect(doc.querySelectorAll('html, head, body').length).toBe(3);
    expect(doc.getElementById('pasted')?.parentElement?.id).toBe('story');
    expect(doc.querySelector('#story style')).not.toBeNull();
  });

  it("reads an <html> tag written again at the top as a browser does: its head and body are the root's", () => {
    const doc = parseDocument(`<!DOCTYPE html><!--[if IE 7]><!--><html class="ie7"><!--<![endif]-->
<html lang="en" data-x="1"><head><title>T</title></head><body><div id="story">${STORY}</div></body></html>`);
    expect([...doc.documentElement.children].map((child) => child.localName)).toEqual(['head', 'body']);
    expect(doc.getElementById('story')?.parentElement?.localName).toBe('body');
    expect(doc.documentElement.getAttribute('class')).toBe('ie7');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('html').length).toBe(1);
  });

  it('puts the rows a table holds directly into a <tbody>, each run of them into one, as a browser does', () => {
    const doc = parseDocument(
      '<table id="t"><caption>C</caption><tr><td>1</td></tr><tr><td>2</td></tr><tfoot><tr><td>3</td></tr></tfoot></table>',
    );
    const table = doc.getElementById('t')!;
    expect([...table.children].map((child) => child.localName)).toEqual(['caption', 'tbody', 'tfoot']);
    expect(table.children[1]!.children.length).toBe(2);
    expect(doc.querySelectorAll('table > tr').length).toBe(0);
  });

  it("keeps a block open past an inline element's end tag, as a browser's adoption agency does", () => {
    // A teaser card whose link holds a block and closes inside it: the block stays open, so the end tags after it
    // close what they close in a browser, and the card stays in the article that holds it.
    const doc = parseDocument(
      `<article id="story">${STORY}<div id="more"><article id="card"><a href="/next" class="c"><div id="text">` +
        '<h3>Next story</h3></a><ul><li>Share</li></ul></div></article></div><p id="after">After.</p></article>',
    );
    const text = doc.getElementById('text')!;
    expect(text.parentElement!.id).toBe('card');
    expect(text.firstElementChild!.localName).toBe('a');
    expect(text.firstElementChild!.getAttribute('href')).toBe('/next');
    expect(text.querySelector('ul')).not.toBeNull();
    expect(doc.getElementById('card')!.querySelector(':scope > a')!.textContent).toBe('');
    expect(doc.getElementById('after')!.parentElement!.id).toBe('story');
    // Another inline element's end tag past a block is ignored; a formatting one's past a table cell too.
    const ignored = parseDocument('<span id="s"><div id="d">In</span><p id="p">P</p></div>');
    expect(ignored.getElementById('p')!.parentElement!.id).toBe('d');
    const cell = parseDocument('<b id="b"><table><tr><td id="td">In</b><i>I</i></td></tr></table>After</b>');
    expect(cell.querySelector('i')!.parentElement!.id).toBe('td');
    expect(cell.getElementById('b')!.lastChild!.textContent).toBe('After');
  });

  it("closes a heading at another heading's end tag, as a browser does, and leaves scripts and own-name ends alone", () => {
    const doc = parseDocument(
      `<article><h1>Harbour plan approved</h1><h2 id="lead">A standfirst.</h3><div id="story">${STORY}</div>
<script>var x = '<h2>a</h4>';</script><h3 id="wrap"><div><h4>In</div></h3><p id="after">After.</p></article>`,
    );
    expect(doc.getElementById('lead')!.textContent).toBe('A standfirst.');
    expect(doc.getElementById('story')!.parentElement!.localName).toBe('article');
    expect(doc.querySelector('script')!.textContent).toBe("var x = '<h2>a</h4>';");
    expect(doc.getElementById('after')!.parentElement!.localName).toBe('article'); // An end tag of a custom element named like a heading (</h3-note>) closes no heading.
    expect(parseDocument('<h2 id="a">A</h3-note><p id="b">B</p></h2>').getElementById('b')!.parentElement!.id).toBe(
      'a',
    );
  });
});

describe("the command names a page's attributes as a browser does", () => {
  it('in small letters on HTML elements, the first of two alike names winning, SVG names as written', () => {
    const doc = parseDocument(
      `<HTML><HEAD><META NAME="Author" CONTENT="Heinz Hahn"></HEAD><BODY><P CLASS="lead" ID="intro" class="later">Text</P>
<time dateTime="2020-05-01">May 1</time><svg viewBox="0 0 10 10"><path fillRule="evenodd"/></svg></BODY></HTML>`,
    );
    expect(doc.querySelector('meta[name="author" i]')?.getAttribute('content')).toBe('Heinz Hahn');
    const paragraph = doc.querySelector('p')!;
    expect([paragraph.className, paragraph.id]).toEqual(['lead', 'intro']);
    expect(Array.from(paragraph.getAttributeNames()).sort()).toEqual(['class', 'id']);
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2020-05-01');
    expect(Array.from(doc.querySelector('svg')!.getAttributeNames())).toEqual(['viewBox']);
    expect(Array.from(doc.querySelector('path')!.getAttributeNames())).toEqual(['fillRule']);
  });

  it("so that the core reads an old page's author from its <META NAME>", () => {
    const html = `<HTML><HEAD><TITLE>Harbour plan approved</TITLE><META NAME="Author" CONTENT="Heinz Hahn"></HEAD><BODY>${STORY}</BODY></HTML>`;
    expect(outlineHtml(html, options).byline).toBe('Heinz Hahn');
  });
});
