/**
 * Hostile and bad input for the analysis core, on linkedom (the CLI's DOM).
 *
 * These tests state required behaviour: markup never leaks into text, unsafe links never become
 * related stories, pathological pages neither throw nor hang, "no article" is said with a reason,
 * hidden content stays out, the outline is always a consistent tree, and the document is never
 * changed. Speed is measured by `npm run bench`, not here: the huge-input tests only assert that
 * the call returns sane output.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, isProbablyArticle, outlineDocument } from '../../src/core/index';
import type { OutlineResult, OutlineSection } from '../../src/core/index';
import { MAX_BULLETS_PER_SECTION, MAX_SECTIONS, moreBulletsText } from '../../src/core/bounds';
import { fixtureExpected, fixtureHtml, SEED } from '../support/corpus';

/** Page URL used for the synthetic pages (same host as their relative links). */
const PAGE_URL = 'https://news.example.org/world/hostile-input-test-story/';

/** Nesting depth for the deep-DOM tests: far beyond real pages (a few hundred at most), deep enough to overflow a naive recursive walk. */
const DEEP_DIV_NESTING = 5_000;
/** Nesting depth of lists inside list items: bullets of nested lists are flattened, often recursively. */
const DEEP_LIST_NESTING = 2_000;
/** Words in the multi-megabyte paragraph: 1,000,000 × "word " = 5 MB of text in one text node. */
const HUGE_PARAGRAPH_WORDS = 1_000_000;
/** Headed sections in one article: 50× a long real article, enough to expose quadratic work per heading. */
const MANY_SECTIONS = 5_000;
/** Links in one "related" block: enough to expose quadratic work per link. */
const MANY_LINKS = 10_000;
/** Nesting of a JSON-LD array: a recursive walk of it would overflow the stack. */
const DEEP_JSON_NESTING = 100_000;

// ---------------------------------------------------------------------------------------------
// Helpers

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page of the compact corpus in the repository, as UTF-8 text, with its URL. */
function readCorpusPage(name: string): { html: string; url: string | null } {
  return { html: fixtureHtml(name), url: fixtureExpected<{ url: string | null }>(name).url };
}

/** Several paragraphs of real-looking prose, so that any article detector accepts the page. */
const PROSE = [
  'The city council voted on Tuesday to approve a new plan for the harbour district, ending a debate that had lasted more than two years and divided residents, shop owners and the port authority.',
  'Under the plan, the old warehouses along the eastern quay will be turned into housing, workshops and a public library, while the container terminal moves two kilometres further down the coast.',
  'Supporters say the project will bring thousands of people back to a part of town that has been empty at night for decades; opponents worry about rents, traffic and the cost of cleaning the soil.',
  'The mayor said construction could start next spring if the regional government signs off on the financing, which still depends on a loan from the national development bank.',
  'Residents will be able to comment on the detailed drawings at a series of public meetings this autumn, and the council has promised to publish every submission it receives.',
];

function prose(count = PROSE.length): string {
  return PROSE.slice(0, count)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
}

interface PageParts {
  head?: string;
  htmlAttributes?: string;
  /** Inside <article>, after the headline. */
  article: string;
  /** After the article, inside <main> (related blocks, post navigation). */
  afterArticle?: string;
  headline?: string;
}

/** A typical news page: site header and navigation, the article, then whatever follows it, a footer. */
function newsPage(parts: PageParts): string {
  const headline = parts.headline ?? 'Council approves harbour district plan';
  return `<!DOCTYPE html>
<html ${parts.htmlAttributes ?? 'lang="en"'}>
<head>
<meta charset="utf-8">
<title>${headline} - Example News</title>
<meta property="og:title" content="${headline}">
${parts.head ?? ''}
</head>
<body>
<header class="site-header">
  <a href="/" class="logo">Example News</a>
  <nav class="main-navigation"><ul>
    <li><a href="/">Home</a></li><li><a href="/category/world/">World</a></li>
    <li><a href="/category/business/">Business</a></li><li><a href="/category/sport/">Sport</a></li>
  </ul></nav>
</header>
<main id="main">
  <article class="post">
    <h1 class="entry-title">${headline}</h1>
    <div class="entry-content">
${parts.article}
    </div>
  </article>
${parts.afterArticle ?? ''}
</main>
<footer class="site-footer"><ul><li><a href="/about/">About us</a></li><li><a href="/privacy/">Privacy</a></li></ul></footer>
</body>
</html>`;
}

/** A "You may also like" block of article teasers, as on the seed page. */
function relatedBlock(links: readonly { href: string; title: string }[]): string {
  const items = links
    .map((l) => `<div class="related-item"><h4><a href="${l.href}">${l.title}</a></h4></div>`)
    .join('\n');
  return `<section class="related-posts"><h3 class="related-posts-title">You may also like</h3>
<div class="related-grid">
${items}
</div></section>`;
}

interface FlatSection {
  level: number;
  text: string;
  bullets: string[];
  /** Texts of the headings this one sits under, outermost first. */
  ancestors: string[];
}

function flatten(outline: readonly OutlineSection[], ancestors: string[] = []): FlatSection[] {
  return outline.flatMap((s) => [
    { level: s.level, text: s.text, bullets: s.bullets, ancestors },
    ...flatten(s.children, [...ancestors, s.text]),
  ]);
}

function headingTexts(result: OutlineResult): string[] {
  return flatten(result.outline)
    .filter((s) => s.level > 0)
    .map((s) => s.text);
}

function allBullets(result: OutlineResult): string[] {
  return flatten(result.outline).flatMap((s) => s.bullets);
}

/** Checks that one section and its subtree form a consistent tree; returns the problems found. */
function treeProblems(sections: readonly OutlineSection[], parentLevel: number | null, path: string): string[] {
  const problems: string[] = [];
  for (const s of sections) {
    const where = `${path}/${JSON.stringify(s.text)}`;
    if (!Number.isInteger(s.level) || s.level < 0 || s.level > 6)
      problems.push(`${where}: level ${s.level} outside 0..6`);
    if (parentLevel !== null && s.level <= parentLevel)
      problems.push(`${where}: level ${s.level} not deeper than its parent's ${parentLevel}`);
    if (s.level === 0 && s.text !== '') problems.push(`${where}: an untitled (level 0) section has text`);
    if (s.level > 0 && s.text.trim() === '') problems.push(`${where}: a heading with empty text`);
    if (s.level === 0 && parentLevel !== null) problems.push(`${where}: an untitled section nested under a heading`);
    if (!Array.isArray(s.bullets) || s.bullets.some((b) => typeof b !== 'string'))
      problems.push(`${where}: bullets are not strings`);
    problems.push(...treeProblems(s.children, s.level, where));
  }
  return problems;
}

/** Characters shown either side of the first difference when a document was changed. */
const DIFF_CONTEXT = 80;

/** null when equal; otherwise where two serialisations first differ, with a little context (a full diff of a page is unreadable). */
function firstDifference(before: string, after: string): string | null {
  if (before === after) return null;
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  const around = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - DIFF_CONTEXT), i + DIFF_CONTEXT));
  return `lengths ${before.length} -> ${after.length}, first difference at ${i}: before ${around(before)} after ${around(after)}`;
}

/** What every result must look like, whatever the page. */
function expectSane(result: OutlineResult): void {
  expect(typeof result.found).toBe('boolean');
  expect(typeof result.title).toBe('string');
  expect(typeof result.body).toBe('string');
  expect(Number.isFinite(result.wordCount) && result.wordCount >= 0).toBe(true);
  expect(Number.isFinite(result.readingMinutes) && result.readingMinutes >= 0).toBe(true);
  expect(Array.isArray(result.outline)).toBe(true);
  expect(treeProblems(result.outline, null, '')).toEqual([]);
  for (const r of result.related) expect(r.url).toMatch(/^https?:\/\/[^#]*$/);
  if (!result.found) expect(result.reason?.trim() ?? '').not.toBe('');
}

// ---------------------------------------------------------------------------------------------

describe('markup and script inside text', () => {
  const page = newsPage({
    article: `${prose(3)}
<h2>Hi <script>alert(1)</script><b>there</b></h2>
<ul>
  <li>One <script>document.write("x")</script><em>two</em></li>
  <li>Three<style>li { color: red }</style> four</li>
</ul>
<h2>Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt;</h2>
<h2><img src="/icon.png" alt="icon"><span>Icons</span> <noscript>enable JavaScript</noscript>and <template><b>templates</b></template>text</h2>
${prose(2)}`,
  });

  it('gives heading text without script, style or tags', () => {
    const result = outlineDocument(parse(page), { url: PAGE_URL });
    expectSane(result);
    expect(result.found).toBe(true);
    const headings = headingTexts(result);
    expect(headings).toContain('Hi there');
    // Script and style contents never show up (tags are checked by the exact "Hi there"; the
    // escaped-brackets heading below legitimately reads "<b>").
    for (const h of headings) expect(h).not.toMatch(/alert|color: red|document\.write/i);
  });

  it('keeps escaped angle brackets as literal text (decoded once, never interpreted)', () => {
    const result = outlineDocument(parse(page), { url: PAGE_URL });
    expect(headingTexts(result)).toContain('Fish & chips <b>not bold</b>');
  });

  it('leaves noscript and template content out of heading text', () => {
    const result = outlineDocument(parse(page), { url: PAGE_URL });
    const heading = headingTexts(result).find((h) => h.includes('Icons'));
    expect(heading).toBeDefined();
    expect(heading).not.toMatch(/enable JavaScript|templates/);
  });

  it('gives bullet text without script, style or tags', () => {
    const result = outlineDocument(parse(page), { url: PAGE_URL });
    expect(allBullets(result)).toEqual(['One two', 'Three four']);
  });
});

describe('unsafe links', () => {
  const safe = [
    { href: '/world/first-safe-related-story/', title: 'First safe related story about the harbour' },
    { href: '/world/second-safe-related-story/', title: 'Second safe related story about the port' },
  ];
  const unsafe = [
    { href: 'javascript:alert(1)', title: 'A story that runs script when clicked' },
    { href: '  JaVaScRiPt:alert(document.cookie)', title: 'Another story in mixed-case script' },
    { href: 'java&#x09;script:alert(2)', title: 'A story whose scheme hides a tab character' },
    { href: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', title: 'A story served as a data URL' },
    { href: 'vbscript:msgbox(1)', title: 'A story in very old script' },
  ];
  const page = newsPage({
    article: `${prose()}
<p class="related-line"><strong>Related:</strong> <a href="javascript:void(0)">A promo line pointing at script</a></p>`,
    afterArticle: `<nav class="navigation post-navigation"><div class="nav-previous"><a href="javascript:history.back()" rel="prev">Previous story in script</a></div>
<div class="nav-next"><a href="data:text/html,<h1>next</h1>" rel="next">Next story as data URL</a></div></nav>
${relatedBlock([...unsafe, ...safe])}`,
  });

  it('never lists javascript:, data: or other non-http(s) links as related stories', () => {
    const result = outlineDocument(parse(page), { url: PAGE_URL });
    expectSane(result);
    for (const r of result.related) {
      expect(new URL(r.url).protocol).toMatch(/^https?:$/);
      expect(r.url).not.toMatch(/script:|^data:/i);
    }
  });

  it('still lists the safe links of the same block', () => {
    const result = outlineDocument(parse(page), { url: PAGE_URL });
    const urls = result.related.map((r) => r.url);
    for (const l of safe) expect(urls).toContain(new URL(l.href, PAGE_URL).href);
  });
});

describe('pathological size', () => {
  it(`returns for ${DEEP_DIV_NESTING} nested divs around the article`, () => {
    const html = newsPage({
      article: `${'<div class="wrap">'.repeat(DEEP_DIV_NESTING)}
${prose(3)}<h2>Deeply nested heading</h2><ul><li>Deeply nested bullet</li></ul>${prose(2)}
${'</div>'.repeat(DEEP_DIV_NESTING)}`,
    });
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(result.found).toBe(true);
    expect(headingTexts(result)).toContain('Deeply nested heading');
    expect(allBullets(result)).toContain('Deeply nested bullet');
  });

  it(`returns for lists nested ${DEEP_LIST_NESTING} levels deep`, () => {
    const html = newsPage({
      article: `${prose()}<h2>Nested lists</h2>
${'<ul><li>item'.repeat(DEEP_LIST_NESTING)}${'</li></ul>'.repeat(DEEP_LIST_NESTING)}
${prose(2)}`,
    });
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    const bullets = flatten(result.outline).find((s) => s.text === 'Nested lists')?.bullets;
    // Each nested item's own text is one bullet, its sub-items further bullets (outline-format.md),
    // up to the core's bound on one section's bullets; the rest are counted in one last bullet.
    const kept = Math.min(DEEP_LIST_NESTING, MAX_BULLETS_PER_SECTION);
    const more = DEEP_LIST_NESTING - kept;
    expect(bullets).toEqual([...Array.from({ length: kept }, () => 'item'), ...(more ? [moreBulletsText(more)] : [])]);
  });

  it('returns for a multi-megabyte paragraph', () => {
    const hugeParagraph = `<p>${'word '.repeat(HUGE_PARAGRAPH_WORDS)}</p>`;
    const html = newsPage({ article: `${prose(2)}<h2>A very long section</h2>${hugeParagraph}${prose(2)}` });
    expect(hugeParagraph.length).toBeGreaterThan(5_000_000);
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(result.found).toBe(true);
    expect(headingTexts(result)).toContain('A very long section');
    expect(result.wordCount).toBeGreaterThanOrEqual(HUGE_PARAGRAPH_WORDS);
    expect(result.readingMinutes).toBeGreaterThan(0);
  });

  it('returns for a multi-megabyte heading and a multi-megabyte bullet', () => {
    const huge = 'word '.repeat(HUGE_PARAGRAPH_WORDS);
    const html = newsPage({ article: `${prose()}<h2>${huge}</h2><ul><li>${huge}</li></ul>${prose(2)}` });
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
  });
});

describe('more hostile input', () => {
  const wordBoundaries = newsPage({
    article: `${prose(3)}
<h2>Line one<br>Line two</h2>
<h2>Hello&nbsp;&nbsp; world</h2>
<h2>Hi<!-- a comment --> there</h2>
<ul><li><p>First paragraph</p><p>Second paragraph</p></li><li>One<br>Two</li></ul>
${prose(2)}`,
  });

  it('heading text: a space where <br> or non-breaking spaces separate words; comments dropped', () => {
    const result = outlineDocument(parse(wordBoundaries), { url: PAGE_URL });
    expectSane(result);
    expect(headingTexts(result)).toEqual(['Line one Line two', 'Hello world', 'Hi there']);
  });

  it('bullet text: a space where <br> or a block boundary separates words', () => {
    const result = outlineDocument(parse(wordBoundaries), { url: PAGE_URL });
    expect(allBullets(result)).toEqual(['First paragraph Second paragraph', 'One Two']);
  });

  it('leaves headings and list items inside <template> out (inert content, never shown)', () => {
    const html = newsPage({
      article: `${prose(3)}<h2>Real heading</h2><ul><li>Real bullet</li></ul>
<template><h2>Template heading</h2><ul><li>Template bullet</li></ul></template>${prose(2)}`,
    });
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(headingTexts(result)).toEqual(['Real heading']);
    expect(allBullets(result)).toEqual(['Real bullet']);
  });

  it('keeps headings and bullets named like Object.prototype members, with such ids', () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const html = newsPage({
      article: `${prose(3)}${names.map((n) => `<h2 id="${n}">${n}</h2><ul><li>${n}</li></ul>`).join('\n')}${prose(2)}`,
    });
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(headingTexts(result)).toEqual(names);
    expect(allBullets(result)).toEqual(names);
  });

  it('gives every outline item a unique id that maps back to its own heading element, even with duplicate ids and texts', () => {
    const html = newsPage({
      article: `${prose(3)}<h2 id="same">Repeated heading</h2>${prose(1)}<h2 id="same">Repeated heading</h2>${prose(1)}
<h3 id="same">Another heading</h3>${prose(1)}`,
    });
    const { result, elementsById } = analyzeDocument(parse(html), { url: PAGE_URL });
    const collect = (sections: readonly OutlineSection[]): OutlineSection[] =>
      sections.flatMap((s) => [s, ...collect(s.children)]);
    const headed = collect(result.outline).filter((s) => s.level > 0);
    expect(headed.map((s) => s.text)).toEqual(['Repeated heading', 'Repeated heading', 'Another heading']);
    const ids = headed.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const elements = ids.map((id) => elementsById.get(id));
    expect(elements.every((e) => e !== undefined && /^H[1-6]$/.test(e.tagName))).toBe(true);
    expect(new Set(elements).size).toBe(elements.length);
    expect(elements.map((e) => e!.textContent)).toEqual(headed.map((s) => s.text));
  });

  it('survives an unparsable <base href>, broken link URLs and a page URL that is not a URL', () => {
    const html = newsPage({
      head: '<base href="http://[::1">',
      article: prose(),
      afterArticle: `${relatedBlock([
        {
          href: '/world/a-story-linked-from-the-site-root-after-a-broken-base/',
          title: 'A story linked from the site root',
        },
        {
          href: 'http://exa mple.com/a story with spaces in its host name/',
          title: 'A story whose host name has a space',
        },
        {
          href: '/%E0%A4%A/story-with-a-broken-percent-encoding-in-its-path/',
          title: 'A story with a broken percent-encoding',
        },
        { href: 'https://', title: 'A story with nothing after the scheme' },
      ])}`,
    });
    const withPageUrl = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(withPageUrl);
    // An unparsable base is ignored, as browsers do: links resolve against the page URL.
    expect(withPageUrl.related.map((r) => r.url)).toContain(
      'https://news.example.org/world/a-story-linked-from-the-site-root-after-a-broken-base/',
    );
    expectSane(outlineDocument(parse(html), { url: 'not a url' }));
  });

  it(`returns the first ${MAX_SECTIONS} of ${MANY_SECTIONS} sections of a very long article`, () => {
    const sections = Array.from(
      { length: MANY_SECTIONS },
      (_, i) => `<h2>Section ${i + 1}</h2><p>${PROSE[i % PROSE.length]}</p><ul><li>Point ${i + 1}</li></ul>`,
    );
    const result = outlineDocument(parse(newsPage({ article: `${prose()}${sections.join('\n')}` })), { url: PAGE_URL });
    expectSane(result);
    const kept = Math.min(MANY_SECTIONS, MAX_SECTIONS);
    expect(headingTexts(result)).toEqual(Array.from({ length: kept }, (_, i) => `Section ${i + 1}`));
    expect(allBullets(result)).toEqual(Array.from({ length: kept }, (_, i) => `Point ${i + 1}`));
  });

  it(`returns for a related block of ${MANY_LINKS} links`, () => {
    const links = Array.from({ length: MANY_LINKS }, (_, i) => ({
      href: `/world/story-number-${i + 1}-about-the-harbour-plan/`,
      title: `Story number ${i + 1} about the harbour plan`,
    }));
    const result = outlineDocument(parse(newsPage({ article: prose(), afterArticle: relatedBlock(links) })), {
      url: PAGE_URL,
    });
    expectSane(result);
    expect(new Set(result.related.map((r) => r.url)).size).toBe(result.related.length);
  });

  it('survives broken, oddly typed and deeply nested JSON-LD', () => {
    const head = [
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>',
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": {"toString": 1}, "author": 42, "datePublished": ["x"], "inLanguage": null}</script>',
      `<script type="application/ld+json">${'['.repeat(DEEP_JSON_NESTING)}${']'.repeat(DEEP_JSON_NESTING)}</script>`,
      `<script type="application/ld+json">{"@graph": ${'{"a":'.repeat(DEEP_JSON_NESTING / 10)}1${'}'.repeat(DEEP_JSON_NESTING / 10)}}</script>`,
    ].join('\n');
    const result = outlineDocument(parse(newsPage({ head, article: prose() })), { url: PAGE_URL });
    expectSane(result);
    expect(result.found).toBe(true);
    expect(result.title).toBe('Council approves harbour district plan');
  });
});

describe('no article', () => {
  const cases: [string, string][] = [
    ['an empty file (as a browser or the CLI parses it)', '<!DOCTYPE html><html><head></head><body></body></html>'],
    [
      'a frameset page',
      `<!DOCTYPE html><html><head><title>Frames</title></head>
<frameset cols="25%,75%"><frame src="menu.html" name="menu"><frame src="content.html" name="content">
<noframes><p>Your browser does not support frames.</p></noframes></frameset></html>`,
    ],
    [
      'a page with only navigation',
      `<!DOCTYPE html><html lang="en"><head><title>Example News</title></head><body>
<header><a href="/">Example News</a>
<nav class="main-navigation"><ul>
  <li><a href="/">Home</a></li><li><a href="/category/world/">World</a></li><li><a href="/category/politics/">Politics</a></li>
  <li><a href="/category/business/">Business</a></li><li><a href="/category/sport/">Sport</a></li><li><a href="/category/culture/">Culture</a></li>
</ul></nav></header>
<nav class="secondary"><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/login/">Log in</a></li></ul></nav>
<footer><nav><ul><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li></ul></nav></footer>
</body></html>`,
    ],
  ];

  for (const [name, html] of cases) {
    it(`${name}: found false with a reason`, () => {
      const result = outlineDocument(parse(html), { url: PAGE_URL });
      expectSane(result);
      expect(result.found).toBe(false);
      expect(typeof result.reason).toBe('string');
      expect(result.reason!.trim().length).toBeGreaterThan(0);
    });
  }

  it("a Document with no root element at all (linkedom's parseHTML('')): found false with a reason, no throw", () => {
    const doc = parse('');
    expect(doc.documentElement).toBeNull();
    const result = outlineDocument(doc, { url: null });
    expectSane(result);
    expect(result.found).toBe(false);
    expect(result.reason!.trim().length).toBeGreaterThan(0);
  });
});

describe('a page without headings', () => {
  const bullets = ['First point of the story', 'Second point of the story', 'Third point of the story'];
  const list = `<ul>${bullets.map((b) => `<li>${b}</li>`).join('')}</ul>`;

  it('with no h1–h6 at all: one untitled section (level 0, text "") holding its bullets', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Council approves harbour district plan</title></head>
<body><main><article>${prose(3)}${list}${prose(2)}</article></main></body></html>`;
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(result.found).toBe(true);
    expect(result.outline).toHaveLength(1);
    expect(result.outline[0]).toMatchObject({ level: 0, text: '', bullets, children: [] });
  });

  it('with only the headline h1: the headline is the title, not a section', () => {
    const html = newsPage({ article: `${prose(3)}${list}${prose(2)}` });
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(result.title).toBe('Council approves harbour district plan');
    expect(result.outline).toHaveLength(1);
    expect(result.outline[0]).toMatchObject({ level: 0, text: '', bullets, children: [] });
  });
});

describe('<base href>', () => {
  const links = [
    { href: 'first-story-about-the-harbour-plan/', title: 'First story about the harbour plan' },
    { href: '2023/second-story-about-the-port-move/', title: 'Second story about the port move' },
    { href: '/opinion/third-story-linked-from-the-site-root/', title: 'Third story, linked from the site root' },
  ];
  const page = (base: string): string =>
    newsPage({ head: `<base href="${base}">`, article: prose(), afterArticle: relatedBlock(links) });

  const cases: [string, string, string | null, string[]][] = [
    [
      'an absolute base',
      'https://news.example.org/stories/',
      PAGE_URL,
      [
        'https://news.example.org/stories/first-story-about-the-harbour-plan/',
        'https://news.example.org/stories/2023/second-story-about-the-port-move/',
        'https://news.example.org/opinion/third-story-linked-from-the-site-root/',
      ],
    ],
    [
      'a relative base, resolved against the page URL',
      '../../mirror/',
      PAGE_URL,
      [
        'https://news.example.org/mirror/first-story-about-the-harbour-plan/',
        'https://news.example.org/mirror/2023/second-story-about-the-port-move/',
        'https://news.example.org/opinion/third-story-linked-from-the-site-root/',
      ],
    ],
    [
      'an absolute base and no page URL',
      'https://news.example.org/stories/',
      null,
      [
        'https://news.example.org/stories/first-story-about-the-harbour-plan/',
        'https://news.example.org/stories/2023/second-story-about-the-port-move/',
        'https://news.example.org/opinion/third-story-linked-from-the-site-root/',
      ],
    ],
  ];

  for (const [name, base, url, expected] of cases) {
    it(`relative links resolve against ${name}`, () => {
      const result = outlineDocument(parse(page(base)), { url });
      expectSane(result);
      expect(result.related.map((r) => r.url).sort()).toEqual([...expected].sort());
    });
  }
});

describe('hidden elements', () => {
  const html = newsPage({
    article: `${prose(3)}
<h2>Visible heading</h2>
<ul>
  <li>Visible bullet</li>
  <li hidden>Bullet with the hidden attribute</li>
  <li aria-hidden="true">Bullet hidden from assistive technology</li>
  <li style="display:none">Bullet with display none</li>
  <li style="color: red; DISPLAY : None !important">Bullet with spaced, upper-case display none</li>
</ul>
<h2 hidden>Heading with the hidden attribute</h2>
<h2 aria-hidden="true">Heading hidden from assistive technology</h2>
<h2 style="display: none;">Heading with display none</h2>
<div hidden><h2>Heading inside a hidden block</h2><ul><li>Bullet inside a hidden block</li></ul></div>
<div style="display:none"><h3>Heading inside a display-none block</h3><ul><li>Bullet inside a display-none block</li></ul></div>
<section aria-hidden="true"><h2>Heading inside an aria-hidden block</h2><ul><li>Bullet inside an aria-hidden block</li></ul></section>
<h2>Second visible heading</h2>
<ul><li>Second visible bullet</li></ul>
${prose(2)}`,
  });

  it('leaves hidden headings and bullets out, keeps the visible ones', () => {
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(headingTexts(result)).toEqual(['Visible heading', 'Second visible heading']);
    expect(allBullets(result)).toEqual(['Visible bullet', 'Second visible bullet']);
  });
});

describe('right-to-left pages', () => {
  const cases: [string, string, string[]][] = [
    ['Arabic', 'ar', ['مقدمة عن المشروع الجديد', 'ردود فعل السكان والتجار', 'الخطوات القادمة للمجلس']],
    ['Hebrew', 'he', ['רקע על התוכנית החדשה', 'תגובות התושבים והסוחרים', 'הצעדים הבאים של המועצה']],
  ];
  const arabicProse =
    '<p>وافق مجلس المدينة يوم الثلاثاء على خطة جديدة لمنطقة الميناء، منهياً نقاشاً استمر أكثر من عامين وقسّم السكان وأصحاب المحلات وسلطة الميناء حول مستقبل الواجهة البحرية.</p>';
  const hebrewProse =
    '<p>מועצת העיר אישרה ביום שלישי תוכנית חדשה לרובע הנמל, וסיימה ויכוח שנמשך יותר משנתיים ופילג את התושבים, בעלי החנויות ורשות הנמל בשאלת עתידה של חזית הים.</p>';

  for (const [language, lang, headings] of cases) {
    it(`${language}: dir rtl and the headings intact`, () => {
      const para = (lang === 'ar' ? arabicProse : hebrewProse).repeat(3);
      const headline = lang === 'ar' ? 'المجلس يوافق على خطة منطقة الميناء' : 'המועצה מאשרת את תוכנית רובע הנמל';
      const html = newsPage({
        htmlAttributes: `lang="${lang}" dir="rtl"`,
        headline,
        article: `${para}${headings.map((h) => `<h2>${h}</h2>${para}<ul><li>${h} — ١</li></ul>`).join('\n')}`,
      });
      const result = outlineDocument(parse(html), { url: PAGE_URL });
      expectSane(result);
      expect(result.found).toBe(true);
      expect(result.dir).toBe('rtl');
      expect(result.title).toBe(headline);
      expect(headingTexts(result)).toEqual(headings);
    });
  }
});

describe('heading structure', () => {
  const html = newsPage({
    head: '',
    article: `${prose(2)}
<h1>Part one</h1>${prose(1)}
<h4>Detail jumped to h4</h4><ul><li>Detail bullet</li></ul>
<h2>Section under part one</h2>${prose(1)}
<h3>Subsection</h3>
<h6>Very deep note</h6>
<h1>Part two</h1>${prose(1)}
<h3>Skipped to h3 in part two</h3><ul><li>Part two bullet</li></ul>
<h5>Deep in part two</h5>
${prose(1)}`,
  });

  it('turns several h1s and skipped levels into a consistent tree, in document order', () => {
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expectSane(result);
    expect(treeProblems(result.outline, null, '')).toEqual([]);
    expect(headingTexts(result)).toEqual([
      'Part one',
      'Detail jumped to h4',
      'Section under part one',
      'Subsection',
      'Very deep note',
      'Part two',
      'Skipped to h3 in part two',
      'Deep in part two',
    ]);
  });

  it('nests each heading under the nearest earlier, shallower heading', () => {
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    const byText = new Map(flatten(result.outline).map((s) => [s.text, s]));
    const ancestorsOf = (text: string): string[] | 'missing' => byText.get(text)?.ancestors ?? 'missing';
    const bulletsOf = (text: string): string[] | 'missing' => byText.get(text)?.bullets ?? 'missing';
    expect(ancestorsOf('Part one')).toEqual([]);
    expect(ancestorsOf('Part two')).toEqual([]);
    expect(ancestorsOf('Detail jumped to h4')).toEqual(['Part one']);
    expect(ancestorsOf('Section under part one')).toEqual(['Part one']);
    expect(ancestorsOf('Subsection')).toEqual(['Part one', 'Section under part one']);
    expect(ancestorsOf('Very deep note')).toEqual(['Part one', 'Section under part one', 'Subsection']);
    expect(ancestorsOf('Skipped to h3 in part two')).toEqual(['Part two']);
    expect(ancestorsOf('Deep in part two')).toEqual(['Part two', 'Skipped to h3 in part two']);
    expect(bulletsOf('Detail jumped to h4')).toEqual(['Detail bullet']);
    expect(bulletsOf('Skipped to h3 in part two')).toEqual(['Part two bullet']);
  });
});

describe('the document is never changed', () => {
  const corpusPages = [
    'seed/kyrgyzstan-visit',
    'readability/hidden-nodes',
    'readability/base-url-base-element-relative',
    'readability/rtl-1',
    'readability/wikipedia-2',
    'readability/nytimes-1',
  ];

  for (const name of corpusPages) {
    it(`${name}: identical markup before and after analyzeDocument and isProbablyArticle`, () => {
      const { html, url } = readCorpusPage(name);
      const doc = parse(html);
      const before = doc.documentElement.outerHTML;
      analyzeDocument(doc, { url });
      isProbablyArticle(doc);
      expect(firstDifference(before, doc.documentElement.outerHTML)).toBeNull();
    });
  }

  it('a hostile synthetic page: identical markup before and after', () => {
    const html = newsPage({
      head: '<base href="/archive/">',
      article: `${prose()}<h2 hidden>Hidden</h2><h2>Hi <script>alert(1)</script><b>there</b></h2>
<ul><li style="display:none">x</li><li>y<ul><li>z</li></ul></li></ul>
<p><img data-src="/lazy.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="> <a href="javascript:alert(1)">bad</a></p>`,
      afterArticle: relatedBlock([{ href: 'a/', title: 'A related story with a relative link' }]),
    });
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    analyzeDocument(doc, { url: PAGE_URL });
    expect(firstDifference(before, doc.documentElement.outerHTML)).toBeNull();
  });
});

describe('isProbablyArticle', () => {
  it('is true on the seed page', () => {
    const { html } = readCorpusPage(SEED);
    expect(isProbablyArticle(parse(html))).toBe(true);
  });

  it('is false on a navigation-only page', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Example News</title></head><body>
<nav><ul>${['Home', 'World', 'Politics', 'Business', 'Sport', 'Culture', 'Science', 'Travel']
      .map((s) => `<li><a href="/category/${s.toLowerCase()}/">${s}</a></li>`)
      .join('')}</ul></nav>
<footer><nav><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul></nav></footer>
</body></html>`;
    expect(isProbablyArticle(parse(html))).toBe(false);
  });
});
