/**
 * A heading that names one of the parts a title joins, beside a heading naming the other, is a section's heading,
 * not the title's repeat (src/core/detect/title-heading.ts splitsTitle; trafilatura 0715's "Die Top 5 der deutschen
 * Veterinärämter" and "Die Flop 5 …" under "Die Top 5 und die Flop 5 der deutschen Veterinärämter 2021").
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { titleHeadingTest } from '../../src/core/detect/title-heading';
import { analyzeDocument } from '../../src/core/index';
import type { OutlineSection } from '../../src/core/index';
import { SENTENCES } from './fixtures/prose';

const TITLE = 'The best five and the worst five harbour towns of the year';
const HEAD = `<title>${TITLE} - City News</title>`;
const HEADER = `<header class="entry-header"><h1>${TITLE}</h1></header>`;
const items = (from: number): string =>
  `<ol>${[0, 1, 2].map((i) => `<li>${SENTENCES[(from + i) % SENTENCES.length]}</li>`).join('')}</ol>`;
const prose = SENTENCES.map((sentence) => `<p>${sentence}</p>`).join('');

function sectionsOf(content: string, head = HEAD, header = HEADER): OutlineSection[] {
  const html = `<!DOCTYPE html><html lang="en"><head>${head}</head><body><article>${header}<div class="entry-content">${content}</div></article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return analyzeDocument(doc, { url: 'https://news.example.org/towns/best-and-worst/' }).result.outline;
}

describe('headings that name the parts a title joins', () => {
  it('keeps both as sections, each with its items', () => {
    const outline = sectionsOf(
      `${prose}<h2>The best five harbour towns of the year</h2>${items(0)}<h2>The worst five harbour towns of the year</h2>${items(1)}`,
    );
    const headed = outline.filter((section) => section.level > 0);
    expect(headed.map((section) => section.text)).toEqual([
      'The best five harbour towns of the year',
      'The worst five harbour towns of the year',
    ]);
    expect(headed[0]!.bullets).toHaveLength(3);
  });

  it('still leaves out a part of the title that no other heading completes', () => {
    const outline = sectionsOf(`<h2>The best five harbour towns of the year</h2>${prose}<h2>How we chose</h2>${prose}`);
    expect(outline.filter((section) => section.level > 0).map((section) => section.text)).toEqual(['How we chose']);
  });

  it('does not pair the headline with the author named at the title’s end (they share no words)', () => {
    const { document } = parseHTML('<h1>The best five harbour towns of the year</h1><h2>Jane Miller</h2>');
    const pageHeadings = [...document.querySelectorAll('h1, h2')] as unknown as Element[];
    const repeats = titleHeadingTest('The best five harbour towns of the year - Jane Miller', pageHeadings);
    expect(repeats('The best five harbour towns of the year', true)).toBe('part');
  });
});
