/**
 * Generated article pages of a chosen size, for scaling benches (Node: bench/scaling.ts; the
 * browser bench reuses these functions). Deterministic: the same arguments give the same HTML.
 *
 * Shapes (each a real article with a headline, a byline and paragraphs, plus the part that grows):
 * - `live-blog`: a long live blog, sections of timestamped posts with links and lists;
 * - `comments`: a short article followed by a huge comment section (nested replies); its author links
 *   ("/users/reader12345") read as article links to the related-stories stage once their number has five
 *   digits: none on pages under about 40,000 elements, some 15,000 at 100,000 (bench/scaling.ts's `candidates`);
 * - `link-lists`: an article followed by long lists of related links and a big footer menu;
 * - `deep-nesting`: an article whose body sits inside `depth` nested <div>s;
 * - `long-text`: a live blog whose paragraphs are long (millions of characters of text).
 *
 *   import { generatePage, countElements } from './generate-pages';
 *   const html = generatePage('live-blog', 10_000);
 */

export type PageShape = 'live-blog' | 'comments' | 'link-lists' | 'deep-nesting' | 'long-text';

export const PAGE_SHAPES: readonly PageShape[] = ['live-blog', 'comments', 'link-lists', 'deep-nesting', 'long-text'];

/** The element counts the scaling benches report on. */
export const BENCH_SIZES: readonly number[] = [1_000, 10_000, 100_000];

/** A small deterministic generator (mulberry32), so that pages are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council said on tuesday that its plan for the harbour would go ahead after months of talks with residents ' +
  'who had asked for more time to study the costs and the effects on traffic in the old town where many shops ' +
  'depend on visitors from the ferry while others fear the noise of building work during the summer season'
).split(' ');

class Writer {
  private readonly parts: string[] = [];
  elements = 0;
  constructor(private readonly random: () => number) {}

  words(count: number): string {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(WORDS[Math.floor(this.random() * WORDS.length)]!);
    return out.join(' ');
  }

  sentence(words = 12 + Math.floor(this.random() * 14)): string {
    const text = this.words(words);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}, ${this.words(6)}.`;
  }

  /** Opens an element (counted). */
  open(tag: string, attributes = ''): void {
    this.elements++;
    this.parts.push(`<${tag}${attributes ? ` ${attributes}` : ''}>`);
  }

  close(tag: string): void {
    this.parts.push(`</${tag}>`);
  }

  /** A whole element with text content (counted). */
  element(tag: string, text: string, attributes = ''): void {
    this.open(tag, attributes);
    this.parts.push(text);
    this.close(tag);
  }

  text(text: string): void {
    this.parts.push(text);
  }

  html(): string {
    return this.parts.join('');
  }
}

const SITE = 'https://news.example.com';

function slug(random: () => number, writer: Writer): string {
  return `${SITE}/2026/12/${writer.words(5).replace(/ /g, '-')}-${Math.floor(random() * 1e6)}`;
}

function pageStart(writer: Writer, title: string): void {
  writer.text('<!doctype html>');
  writer.open('html', 'lang="en"');
  writer.open('head');
  writer.element('title', `${title} | Example News`);
  writer.open('meta', `property="og:url" content="${SITE}/2026/12/generated-article"`);
  writer.open('meta', 'name="author" content="Alex Writer"');
  writer.close('head');
  writer.open('body');
  writer.open('header', 'class="site-header"');
  writer.open('nav');
  writer.open('ul');
  for (let i = 0; i < 8; i++) {
    writer.open('li');
    writer.element('a', `Section ${i}`, `href="${SITE}/section-${i}"`);
    writer.close('li');
  }
  writer.close('ul');
  writer.close('nav');
  writer.close('header');
}

function pageEnd(writer: Writer): void {
  writer.open('footer');
  writer.element('p', 'Copyright Example News. All rights reserved.');
  writer.close('footer');
  writer.close('body');
  writer.close('html');
}

function articleStart(writer: Writer, title: string): void {
  writer.open('main');
  writer.open('article');
  writer.element('h1', title);
  writer.element('p', 'By Alex Writer', 'class="byline"');
  for (let i = 0; i < 4; i++) writer.element('p', `${writer.sentence()} ${writer.sentence()} ${writer.sentence()}`);
}

function articleEnd(writer: Writer): void {
  writer.close('article');
  writer.close('main');
}

/** One live-blog post: a time, a heading now and then, paragraphs with links, sometimes a list. */
function livePost(writer: Writer, random: () => number, index: number, paragraphWords: number): void {
  writer.open('div', 'class="post"');
  writer.element(
    'time',
    `${10 + (index % 12)}:${String(index % 60).padStart(2, '0')}`,
    `datetime="2026-12-03T10:${String(index % 60).padStart(2, '0')}:00Z"`,
  );
  const paragraphs = 1 + Math.floor(random() * 3);
  for (let p = 0; p < paragraphs; p++) {
    writer.open('p');
    writer.text(`${writer.sentence(paragraphWords)} `);
    writer.element('a', writer.words(3), `href="${slug(random, writer)}"`);
    writer.text(` ${writer.sentence(paragraphWords)}`);
    writer.close('p');
  }
  if (random() < 0.15) {
    writer.open('ul');
    for (let i = 0; i < 3; i++) writer.element('li', writer.sentence(8));
    writer.close('ul');
  }
  writer.close('div');
}

function liveBlog(writer: Writer, random: () => number, elements: number, paragraphWords: number): void {
  articleStart(writer, 'Live: the harbour vote as it happened');
  let post = 0;
  while (writer.elements < elements - 20) {
    if (post % 50 === 0) writer.element('h2', `Update ${post / 50 + 1}: ${writer.words(5)}`);
    livePost(writer, random, post++, paragraphWords);
  }
  articleEnd(writer);
}

function comments(writer: Writer, random: () => number, elements: number): void {
  articleStart(writer, 'Harbour plan approved after months of talks');
  for (let i = 0; i < 6; i++) writer.element('p', `${writer.sentence()} ${writer.sentence()}`);
  articleEnd(writer);
  writer.open('section', 'id="comments" class="comments"');
  writer.element('h2', 'Comments');
  let comment = 0;
  const writeComment = (depth: number): void => {
    writer.open('div', 'class="comment"');
    writer.element('a', `reader${comment++}`, `href="${SITE}/users/reader${comment}" class="comment-author"`);
    writer.element('p', writer.sentence());
    writer.element('button', 'Reply');
    if (depth < 4 && random() < 0.3) writeComment(depth + 1);
    writer.close('div');
  };
  while (writer.elements < elements - 10) writeComment(0);
  writer.close('section');
}

function linkLists(writer: Writer, random: () => number, elements: number): void {
  articleStart(writer, 'Harbour plan approved after months of talks');
  for (let i = 0; i < 6; i++) writer.element('p', `${writer.sentence()} ${writer.sentence()}`);
  writer.element('h2', 'Related stories');
  writer.open('ul', 'class="related"');
  for (let i = 0; i < 6; i++) {
    writer.open('li');
    writer.element('a', writer.sentence(7), `href="${slug(random, writer)}"`);
    writer.close('li');
  }
  writer.close('ul');
  articleEnd(writer);
  writer.open('aside', 'class="more-links"');
  let list = 0;
  while (writer.elements < elements - 10) {
    writer.element('h3', `More from section ${list++}`);
    writer.open('ul');
    for (let i = 0; i < 50 && writer.elements < elements - 10; i++) {
      writer.open('li');
      writer.element('a', writer.words(6), `href="${slug(random, writer)}"`);
      writer.close('li');
    }
    writer.close('ul');
  }
  writer.close('aside');
}

function deepNesting(writer: Writer, random: () => number, depth: number): void {
  articleStart(writer, 'Harbour plan approved after months of talks');
  for (let i = 0; i < depth; i++) writer.open('div', i % 2 ? 'class="wrap"' : '');
  for (let i = 0; i < 8; i++) writer.element('p', `${writer.sentence()} ${writer.sentence()}`);
  for (let i = 0; i < depth; i++) writer.close('div');
  void random;
  articleEnd(writer);
}

/**
 * An article page of about `size` elements (for `deep-nesting`, `size` is the nesting depth: the
 * page then has that many elements and a few dozen more). `seed` varies the text.
 */
export function generatePage(shape: PageShape, size: number, seed = 1): string {
  const random = seededRandom(seed);
  const writer = new Writer(random);
  pageStart(writer, 'Generated article');
  switch (shape) {
    case 'live-blog':
      liveBlog(writer, random, size, 14);
      break;
    case 'long-text':
      // Paragraphs about ten times as long: 100,000 elements carry some 3 million characters.
      liveBlog(writer, random, size, 110);
      break;
    case 'comments':
      comments(writer, random, size);
      break;
    case 'link-lists':
      linkLists(writer, random, size);
      break;
    case 'deep-nesting':
      deepNesting(writer, random, size);
      break;
  }
  pageEnd(writer);
  return writer.html();
}

/** The number of elements in generated or other HTML (start tags), as the benches report it. */
export function countElements(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    // A start tag begins with a letter ("</", "<!" and "<?" do not count).
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count++;
  }
  return count;
}
