/**
 * Generated article pages for the browser bench and the browser speed tests: a long live blog
 * (sections with a heading, paragraphs with links and emphasis, a list now and then) inside a
 * page with a site header, navigation and a footer. Deterministic (no randomness), so every run
 * measures the same page. `elements` is the target count of elements in <body> (±2%).
 */
import { findPages, readPageHtml, spreadSample } from '../corpus';

export interface GeneratedPageOptions {
  /** Target number of elements in the page (about 1,000, 10,000, 100,000). */
  elements: number;
  /** Words in a paragraph: 8 gives ordinary pages (about 1.2 million characters at 100,000 elements); about 22 gives 3 million characters at 100,000 elements. */
  wordsPerParagraph?: number;
}

/** Paragraphs per section of the live blog (one heading per this many paragraphs). */
const PARAGRAPHS_PER_SECTION = 100;
/** Elements one paragraph adds: the <p>, two links, an <em>, a <span> (20,000 paragraphs at 100,000 elements). */
const ELEMENTS_PER_PARAGRAPH = 5;
/** Every this many paragraphs, a three-item list (4 elements) joins the section. */
const LIST_EVERY = 25;
/** Elements of the page's frame: header, navigation, footer (about 60). */
const FRAME_ELEMENTS = 60;

const WORDS = (
  'the council said on tuesday that new rules for river water would reach farms in the north before spring while ' +
  'officials expect prices to fall as supply grows and local groups asked for more time to read the plan'
).split(' ');

function sentence(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function paragraph(index: number, words: number): string {
  const headWords = Math.max(2, Math.floor(words / 2));
  const head = sentence(index, headWords);
  const tail = sentence(index + 3, Math.max(2, words - headWords));
  return (
    `<p><span>${head}</span> <a href="/story/${index}">update ${index}</a> and <em>more</em> ${tail} ` +
    `(<a href="/photo/${index}">photo</a>).</p>`
  );
}

/** The HTML of a generated live blog with about `elements` elements. */
export function liveBlogPage({ elements, wordsPerParagraph = 8 }: GeneratedPageOptions): string {
  const perSection = PARAGRAPHS_PER_SECTION * ELEMENTS_PER_PARAGRAPH + 1 + (PARAGRAPHS_PER_SECTION / LIST_EVERY) * 4;
  const budget = Math.max(0, elements - FRAME_ELEMENTS);
  const fullSections = Math.floor(budget / perSection);
  const restParagraphs = Math.max(1, Math.floor((budget - fullSections * perSection - 1) / ELEMENTS_PER_PARAGRAPH));
  const sections: string[] = [];
  let index = 0;
  const section = (number: number, paragraphs: number) => {
    const parts = [`<h2 id="s${number}">Update ${number + 1}: ${sentence(number, 6)}</h2>`];
    for (let p = 0; p < paragraphs; p++) {
      parts.push(paragraph(index++, wordsPerParagraph));
      if ((p + 1) % LIST_EVERY === 0) {
        parts.push(
          `<ul><li>${sentence(index, 6)}</li><li>${sentence(index + 1, 7)}</li><li>${sentence(index + 2, 5)}</li></ul>`,
        );
      }
    }
    sections.push(`<section>${parts.join('\n')}</section>`);
  };
  for (let s = 0; s < fullSections; s++) section(s, PARAGRAPHS_PER_SECTION);
  if (fullSections === 0 || restParagraphs > 1)
    section(fullSections, fullSections === 0 ? restParagraphs : Math.min(restParagraphs, 99));
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const footer = Array.from({ length: 12 }, (_, i) => `<li><a href="/about/${i}">About ${i}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live: river water rules, all the updates</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:18px/1.5 Georgia,serif;margin:0}main{max-width:680px;margin:0 auto;padding:0 16px}
header,footer{background:#eee;padding:8px 16px}nav ul{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0}</style>
</head><body>
<header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>Live: river water rules, all the updates</h1>
<p class="byline">By <a href="/authors/jo">Jo Reporter</a></p>
${sections.join('\n')}
</article></main>
<footer><ul>${footer}</ul><p>© Example News</p></footer>
</body></html>`;
}

/** The sizes every speed report covers. */
export const GENERATED_SIZES = [1_000, 10_000, 100_000] as const;

/** A page a browser bench serves: its markup (read when served), the URL the core is told, a name for the report. */
export interface BenchPage {
  html: () => string;
  url: string | null;
  name: string;
}

/**
 * The pages of a side-by-side browser bench by route: a spread sample of `count` corpus pages ("/c0", …) and a live
 * blog of each size ("/g10000", named "live blog 10000").
 */
export function corpusAndLiveBlogPages(
  corpus: string,
  count: number,
  sizes: readonly number[],
): Map<string, BenchPage> {
  const pages = new Map<string, BenchPage>();
  spreadSample(findPages(corpus), count).forEach((entry, index) =>
    pages.set(`/c${index}`, { html: () => readPageHtml(entry), url: entry.url, name: entry.name }),
  );
  for (const size of sizes) {
    const html = liveBlogPage({ elements: size });
    pages.set(`/g${size}`, {
      html: () => html,
      url: `https://news.example.org/live/${size}`,
      name: `live blog ${size}`,
    });
  }
  return pages;
}
