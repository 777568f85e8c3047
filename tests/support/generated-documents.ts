/**
 * Generated HTML documents for property-based tests of the analysis core (fast-check), and the
 * invariants every analysis result must hold. Used by tests/unit/core-properties.test.ts (linkedom,
 * happy-dom) and tests/e2e/core-agreement.test.ts (Chromium against linkedom).
 *
 * The documents mix an article skeleton (so that many are found articles) with random trees:
 * random nesting, hidden and aria-hidden parts, <form>s whose controls are named like the DOM
 * properties a tree walk reads (DOM clobbering in a browser), huge texts, invisible characters,
 * CJK and right-to-left text, broken markup (unclosed and stray tags, bad entities).
 */
import fc from 'fast-check';
import type { OutlineResult, OutlineSection } from '../../src/core/types';
import {
  MAX_BODY_CHARS,
  MAX_BULLETS_PER_SECTION,
  MAX_RELATED,
  MAX_SECTIONS,
  MAX_SHORT_TEXT_CHARS,
  withoutEllipsis,
} from '../../src/core/bounds';

/** Control names that shadow the DOM properties and methods a tree walk reads, when inside a <form>. */
export const CLOBBERING_NAMES = [
  'parentNode',
  'parentElement',
  'firstChild',
  'lastChild',
  'nextSibling',
  'previousSibling',
  'firstElementChild',
  'nextElementSibling',
  'previousElementSibling',
  'children',
  'childNodes',
  'attributes',
  'getAttribute',
  'getAttributeNode',
  'hasAttribute',
  'hasAttributes',
  'textContent',
  'nodeType',
  'nodeName',
  'localName',
  'tagName',
  'closest',
  'matches',
  'querySelector',
  'querySelectorAll',
  'contains',
  'ownerDocument',
  'nodeValue',
  'id',
  'className',
] as const;

const INLINE_TAGS = ['span', 'a', 'b', 'strong', 'em', 'i', 'time', 'code', 'small', 'sup'];
const BLOCK_TAGS = [
  'div',
  'p',
  'section',
  'article',
  'aside',
  'nav',
  'header',
  'footer',
  'main',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'details',
  'summary',
];
const RAW_TAGS = ['script', 'style', 'template', 'noscript', 'textarea', 'title'];
const VOID_TAGS = ['br', 'img', 'hr', 'input', 'wbr'];
const CLASS_WORDS = [
  'content',
  'article',
  'entry-content',
  'post',
  'story',
  'comment',
  'comments',
  'sidebar',
  'related',
  'byline',
  'author',
  'share',
  'social',
  'ad',
  'advert',
  'nav',
  'menu',
  'footer',
  'header',
  'promo',
  'caption',
  'hidden',
  'more',
  'teaser',
];
const HREFS = [
  '/2026/12/harbour-plan-approved-after-talks',
  'https://news.example.com/2026/12/ferry-strike-ends-after-two-weeks',
  'https://other.example.org/story/12345678',
  '#section-2',
  '#',
  'javascript:alert(1)',
  'mailto:desk@example.com',
  'data:text/html,hi',
  '//cdn.example.net/a.png',
  '/tags/harbour',
  'https://www.example.com/a/b-c-d-e',
  '  /spaced/url ',
  'https://news.example.com/2026/12/ferry-strike-ends-after-two-weeks#comments',
  'http://[bad',
  'ftp://example.com/f',
];

const WORD_TEXTS = [
  'The council said the harbour plan would go ahead',
  'residents asked for more time',
  'Related stories',
  'Read more',
  'Advertisement',
  'Loading…',
  'By Alex Writer',
  'Updated 3 December 2026',
  'Share this article',
  'Comments',
  '東京都の港湾計画は承認された',
  'مجلس المدينة وافق على خطة الميناء',
  'Совет одобрил план',
  '👩\u200D💻 emoji text',
  'Tom &amp; Jerry',
  '&#0; &#x110000; &bogus; &lt;b&gt;',
  'Zei\u00ADtung',
  'a\u00A0b\u2003c',
];
const INVISIBLE_TEXTS = [
  '\u200B',
  '\u00AD',
  '\u200B\u200C\u200D',
  '\u2060\uFEFF',
  '\u200E\u200F',
  ' \u200B \u00AD ',
  '\uFE0F',
];

/** A text node's content: words, invisible characters, whitespace, broken markup characters, rarely a huge text. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORD_TEXTS) },
  {
    weight: 6,
    arbitrary: fc
      .array(fc.constantFrom(...WORD_TEXTS), { minLength: 1, maxLength: 8 })
      .map((parts) => `${parts.join(', ')}.`),
  },
  { weight: 3, arbitrary: fc.constantFrom(...INVISIBLE_TEXTS) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\n\t ', '', '<', '&', ']]>', '"\'') },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1_200, max: 30_000 })
      .map((length) => 'A long clause of a legal text, '.repeat(Math.ceil(length / 31)).slice(0, length)),
  },
);

const attributeArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.constantFrom(...CLASS_WORDS), { minLength: 1, maxLength: 3 })
    .map((words) => `class="${words.join(' ')}"`),
  fc.constantFrom(...CLASS_WORDS).map((word) => `id="${word}"`),
  fc.constantFrom(
    'hidden',
    'aria-hidden="true"',
    'style="display:none"',
    'style="visibility: hidden !important"',
    'role="dialog" aria-modal="true"',
  ),
  fc.constantFrom(
    'dir="rtl"',
    'dir="ltr"',
    'lang="de"',
    'role="navigation"',
    'role="complementary"',
    'itemprop="author"',
    'rel="author"',
  ),
  fc.constantFrom(...HREFS).map((href) => `href="${href}"`),
  fc.constantFrom('aria-label="Related stories"', 'aria-labelledby="h-rel"', 'title="A title"', 'alt="Read more"'),
  fc.constantFrom(...CLOBBERING_NAMES).map((name) => `name="${name}"`),
);

/** A random HTML fragment tree, written as markup (possibly broken). */
export const fragmentArbitrary: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string; form: string }>(
  (tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: textArbitrary },
      { weight: 4, arbitrary: tie('element') },
      { weight: 1, arbitrary: tie('form') },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...VOID_TAGS)
          .chain((tag) =>
            fc.array(attributeArbitrary, { maxLength: 2 }).map((attrs) => `<${[tag, ...attrs].join(' ')}>`),
          ),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...RAW_TAGS), textArbitrary)
          .map(([tag, text]) => `<${tag}>${text}</${tag}>`),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '</div>',
          '</p>',
          '<p>',
          '<li>',
          '</ul>',
          '<!-- comment -->',
          '<![CDATA[x]]>',
          '</body>',
          '<body dir="rtl">',
          '<html>',
          '<td>',
        ),
      },
    ),
    element: fc
      .record({
        tag: fc.constantFrom(...BLOCK_TAGS, ...INLINE_TAGS),
        attributes: fc.array(attributeArbitrary, { maxLength: 3 }),
        children: fc.array(tie('node'), { maxLength: 6 }),
        // One element in twenty is left unclosed (broken markup).
        unclosed: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
      })
      .map(
        ({ tag, attributes, children, unclosed }) =>
          `<${[tag, ...attributes].join(' ')}>${children.join('')}${unclosed ? '' : `</${tag}>`}`,
      ),
    form: fc
      .record({
        names: fc.array(fc.constantFrom(...CLOBBERING_NAMES), { minLength: 1, maxLength: 5 }),
        children: fc.array(tie('node'), { maxLength: 3 }),
        kind: fc.constantFrom('input', 'img', 'button', 'select', 'fieldset', 'output', 'object'),
      })
      .map(({ names, children, kind }) => {
        const controls = names.map((name) =>
          kind === 'img' || kind === 'input'
            ? `<${kind} name="${name}" id="${name}">`
            : `<${kind} name="${name}"></${kind}>`,
        );
        return `<form>${controls.slice(0, 2).join('')}${children.join('')}${controls.slice(2).join('')}</form>`;
      }),
  }),
).node;

/** Paragraphs of an article: sentences, random fragments among them. */
const articleBodyArbitrary: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .array(fc.constantFrom(...WORD_TEXTS.slice(0, 4)), { minLength: 3, maxLength: 10 })
          .map((parts) => `<p>${parts.join(', ')}.</p>`),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...['h2', 'h3', 'h4'])
          .chain((tag) => textArbitrary.map((text) => `<${tag}>${text}</${tag}>`)),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(textArbitrary, { minLength: 1, maxLength: 5 })
          .map((items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`),
      },
      { weight: 2, arbitrary: fragmentArbitrary },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((parts) => parts.join('\n'));

/** A whole document: an article skeleton with random parts, or a random tree; head parts sometimes missing. */
export const documentArbitrary: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record({
        title: textArbitrary,
        head: fc.array(
          fc.constantFrom(
            '<meta property="og:site_name" content="Example News">',
            '<meta name="author" content="Alex Writer">',
            '<link rel="canonical" href="https://news.example.com/2026/12/harbour">',
            '<base href="https://base.example.net/dir/">',
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan"}</script>',
            '<script type="application/ld+json">{broken</script>',
            '<meta property="og:url" content="javascript:x">',
          ),
          { maxLength: 4 },
        ),
        before: fc.array(fragmentArbitrary, { maxLength: 3 }),
        body: articleBodyArbitrary,
        after: fc.array(fragmentArbitrary, { maxLength: 3 }),
        wrapper: fc.constantFrom('article', 'main', 'div', 'section', 'form'),
      })
      .map(
        ({ title, head, before, body, after, wrapper }) =>
          `<!doctype html><html><head><title>${title}</title>${head.join('')}</head><body>${before.join('')}` +
          `<${wrapper} class="content"><h1>${title}</h1>${body}</${wrapper}>${after.join('')}</body></html>`,
      ),
  },
  { weight: 1, arbitrary: fc.array(fragmentArbitrary, { maxLength: 8 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .array(fragmentArbitrary, { maxLength: 8 })
      .map((parts) => `<html><body>${parts.join('')}</body></html>`),
  },
);

/** The page URLs the documents are analysed under (none, http(s), and ones that are not http). */
export const pageUrlArbitrary: fc.Arbitrary<string | null> = fc.constantFrom(
  null,
  'https://news.example.com/2026/12/harbour-plan',
  'http://www.example.com/a/b',
  'about:blank',
  'file:///tmp/page.html',
);

function allSections(sections: OutlineSection[]): OutlineSection[] {
  return sections.flatMap((section) => [section, ...allSections(section.children)]);
}

/** Characters that are no text on their own (see read/text.ts): a text of only these is empty. */
const ONLY_INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists lone joiners and marks on purpose
  /^[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\u2060-\u2064\u061C\u034F\u00AD\u180E\uFE00-\uFE0F]*$/;

/**
 * The contract's invariants (docs/limits.md, ../shared/docs/outline-format.md): a list of what is
 * wrong with a result, empty when it is fine.
 */
export function invariantFailures(result: OutlineResult): string[] {
  const failures: string[] = [];
  const fail = (message: string): void => void failures.push(message);
  if (typeof result.found !== 'boolean') fail('found is not a boolean');
  if (!result.found && !(typeof result.reason === 'string' && result.reason.length > 0))
    fail('found:false without a reason');
  const shortTexts: [string, string | null][] = [
    ['title', result.title],
    ['byline', result.byline],
    ['siteName', result.siteName],
    ['excerpt', result.excerpt],
    ['publishedTime', result.publishedTime],
    ['lang', result.lang],
  ];
  const sections = allSections(result.outline);
  if (sections.length > MAX_SECTIONS) fail(`${sections.length} sections`);
  for (const section of sections) {
    if (!Number.isInteger(section.level) || section.level < 0 || section.level > 6)
      fail(`section level ${section.level}`);
    if (section.level === 0 ? section.text !== '' : !section.text)
      fail(`section text ${JSON.stringify(section.text)} at level ${section.level}`);
    if (section.level > 0 && ONLY_INVISIBLE.test(section.text))
      fail(`invisible heading ${JSON.stringify(section.text)}`);
    if (section.bullets.length > MAX_BULLETS_PER_SECTION + 1) fail(`${section.bullets.length} bullets in a section`);
    shortTexts.push(['heading', section.text]);
    for (const bullet of section.bullets) {
      shortTexts.push(['bullet', bullet]);
      if (!bullet || ONLY_INVISIBLE.test(bullet)) fail(`empty or invisible bullet ${JSON.stringify(bullet)}`);
    }
  }
  for (const child of result.outline)
    if (child.level !== 0 && child.level !== 2) fail(`top-level section at level ${child.level}`);
  if (result.related.length > MAX_RELATED) fail(`${result.related.length} related stories`);
  for (const story of result.related) {
    shortTexts.push(['related title', story.title]);
    let url: URL | null = null;
    try {
      url = new URL(story.url);
    } catch {
      fail(`related URL does not parse: ${story.url}`);
    }
    if (url && !/^https?:$/.test(url.protocol)) fail(`related URL not http(s): ${story.url}`);
    if (story.url.includes('#')) fail(`related URL with a fragment: ${story.url}`);
  }
  for (const point of result.keyPoints) {
    shortTexts.push(['key point', point.text]);
    if (!result.body.includes(withoutEllipsis(point.text)))
      fail(`key point not in the body: ${point.text.slice(0, 80)}`);
  }
  for (const [name, text] of shortTexts) {
    if (text !== null && text.length > MAX_SHORT_TEXT_CHARS) fail(`${name} of ${text.length} characters`);
  }
  if (result.body.length > MAX_BODY_CHARS) fail(`body of ${result.body.length} characters`);
  if (!Number.isFinite(result.wordCount) || result.wordCount < 0) fail(`wordCount ${result.wordCount}`);
  if (!result.found && (result.outline.length || result.related.length || result.body))
    fail('found:false with content');
  return failures;
}
