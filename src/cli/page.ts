/**
 * The heavy half of the command, loaded only when a page is to be outlined (./outline.ts imports
 * it lazily): the HTML parser and the core. `--help`, bad options and files refused before
 * parsing (missing, a directory, binary, empty) never load it, so they answer at Node's start-up speed.
 */
import { parseHTML } from 'linkedom';
import { outlineDocument, type OutlineResult } from '../core';
import { pageBody, pageHead } from '../core/dom';
import { isElement, isText, localName } from '../core/read/dom';
import { outlineToMarkdown } from '../shared/formats/markdown';
import { closeHeadingsAsWritten } from './heading-end-tags';
import { closeEndTagsAsABrowser } from './misnested-end-tags';

export { outlineToMarkdown };

/**
 * What HTML's parser keeps in <head> (the "in head" insertion mode): any other element there ends the
 * head and opens the body, as a browser parses it.
 */
const HEAD_CONTENT = new Set([
  'base',
  'basefont',
  'bgsound',
  'link',
  'meta',
  'noframes',
  'noscript',
  'script',
  'style',
  'template',
  'title',
]);

/** Builds a standard DOM Document from HTML text (linkedom: fast, and parses every corpus page). */
export function parseDocument(html: string): Document {
  // linkedom needs a root element to build a document; a blank page is still a page.
  const text = html.trim() ? html : '<!DOCTYPE html><html><head></head><body></body></html>';
  const doc = parseHTML(closeEndTagsAsABrowser(closeHeadingsAsWritten(text))).document as unknown as Document;
  moveBodyContentOutOfHead(doc);
  unwrapNestedRoots(doc);
  wrapTableRowsInBodies(doc);
  lowerCaseAttributeNames(doc);
  return doc;
}

/** linkedom parses SVG into its namespace, where names keep their case (viewBox). */
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const hasCapital = (name: string): boolean => name !== name.toLowerCase();

/** The element's attributes (`names`, in their order) renamed in small letters; the first of two alike names wins. */
function nameAttributesInSmallLetters(element: Element, names: string[]): void {
  const firstValues = new Map<string, string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    if (!firstValues.has(lower)) firstValues.set(lower, element.getAttribute(name)!);
  }
  for (const name of names) if (hasCapital(name)) element.removeAttribute(name);
  for (const [name, value] of firstValues) element.setAttribute(name, value);
}

/**
 * HTML's attribute names are case-insensitive, and a browser's parser writes them in small letters
 * (<META NAME="Author">, React's <time dateTime>, <div itemProp>); linkedom keeps them as written, so
 * that `getAttribute('name')`, `.className` and `[class]` found nothing there (trafilatura 0129's
 * author, a <time dateTime>'s date). Each HTML element's attributes are named as a browser names them;
 * where a page writes one name twice in two cases, the first one counts, as in a browser.
 */
export function lowerCaseAttributeNames(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  // Elements only (NodeFilter.SHOW_ELEMENT), in document order.
  const walker = doc.createTreeWalker(root, 1);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const element = node as Element;
    // SVG keeps its names' case (viewBox); linkedom parses it into the SVG namespace.
    if (element.namespaceURI === SVG_NAMESPACE) continue;
    const names = element.getAttributeNames();
    if (names.some(hasCapital)) nameAttributesInSmallLetters(element, Array.from(names));
  }
}

/**
 * linkedom keeps what a page writes before its <body> tag inside <head> (a page that never closes its
 * head: the article of trafilatura 0919 sat there, so the command found no text); a browser ends the
 * head at the first element or text that is no head content and puts it and all after it into the
 * body. This document is the command's own parse, not a page's DOM: moving nodes here is parsing.
 */
export function moveBodyContentOutOfHead(doc: Document): void {
  const head = pageHead(doc);
  let node = head?.firstChild ?? null;
  while (node && !opensBody(node)) node = node.nextSibling;
  if (!head || !node) return;
  const moved: Node[] = [];
  for (; node; node = node.nextSibling) moved.push(node);
  // Not `document.body`: linkedom inserts a <body> of its own on some pages (../core/dom.ts). A page
  // parsed into its <head> alone gets the body a browser would open.
  let body = pageBody(doc);
  if (!body || body === doc.documentElement) {
    body = doc.createElement('body');
    head.after(body);
  }
  body.prepend(...moved);
}

/**
 * A page that pastes a whole document into its own (`<div><html><body><p>…`: an embed, a job slider, a
 * teaser written as a page) keeps those <html>, <head> and <body> tags in linkedom's tree as elements
 * around what follows them; a browser's parser ignores them there and leaves their content in place
 * (trafilatura 0765: a sidebar's heading was in the article's block in the command's tree, not in a
 * browser's). Each is replaced by its children, as a browser builds it; the root's own head and
 * bodies stay (its second <body> too: moveBodyContentOutOfHead's tests). An <html> tag written again at the top
 * (old pages' conditional comments: `<html class="ie ie6"> <html class="ie ie7">…<head>…<body>`) is no element
 * either: a browser adds its attributes the root lacks, and its head and body are the root's (trafilatura 0986 had
 * no <body> in the command's tree, so that its related stories differed from a browser's).
 */
export function unwrapNestedRoots(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  // In document order: an <html> is unwrapped before the head and body it holds are looked at.
  for (const element of Array.from(root.querySelectorAll('html, head, body'))) {
    if (element.localName === 'html') {
      for (const name of element.getAttributeNames()) {
        if (!root.hasAttribute(name)) root.setAttribute(name, element.getAttribute(name)!);
      }
      element.replaceWith(...Array.from(element.childNodes));
    } else if (element.parentNode !== root) element.replaceWith(...Array.from(element.childNodes));
  }
}

/**
 * A browser's parser puts the rows a <table> holds directly (`<table><tr>…`) into a <tbody> it opens; linkedom
 * leaves them in the table. The article finder's scores reach a set number of ancestors, so that the missing
 * level made a cell's score reach one block further up in the command than in a browser (trafilatura 0642: the
 * page's wrapper, its menu and logo, won over the article's block). Each run of such rows goes into a <tbody>.
 */
export function wrapTableRowsInBodies(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  for (const row of Array.from(root.querySelectorAll('table > tr'))) {
    // A row after one moved here joins its <tbody>, which now stands just before it.
    let rowBody = row.previousElementSibling;
    if (rowBody?.localName !== 'tbody') {
      rowBody = doc.createElement('tbody');
      row.before(rowBody);
    }
    rowBody.append(row);
  }
}

function opensBody(node: Node): boolean {
  if (isText(node)) return !!node.nodeValue?.trim();
  return isElement(node) && !HEAD_CONTENT.has(localName(node));
}

/** Outlines one page's HTML with the core. */
export function outlineHtml(
  html: string,
  options: { url: string | null; explain: boolean; timeLimitMs: number },
): OutlineResult {
  return outlineDocument(parseDocument(html), options);
}
