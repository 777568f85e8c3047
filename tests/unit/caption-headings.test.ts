/**
 * Headings that name no section where they stand (src/core/detect/caption-headings.ts): a picture's caption set as an
 * italic heading under it, and credits set as headings. Neither is a section of the outline, nor a heading of the
 * reader (src/core/blocks/heading-block.ts): the reader shows their text as a line.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runsText } from '../../src/core/blocks/inline';
import type { ArticleBlock } from '../../src/core/blocks/types';
import { analyzeDocument } from '../../src/core/index';
import type { OutlineSection } from '../../src/core/types';
import { p } from './fixtures/prose';

function read(article: string) {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
    <h2>The plan</h2>${p(0)}${p(1)}${article}<h2>The vote</h2>${p(2)}${p(3)}</article></main></body></html>`;
  return analyzeDocument(parseHTML(html).document as unknown as Document, { content: true }).result;
}

function headingsOf(sections: readonly OutlineSection[]): string[] {
  return sections.flatMap((section) => [...(section.level ? [section.text] : []), ...headingsOf(section.children)]);
}

const textOf = (block: ArticleBlock): string => ('runs' in block ? runsText(block.runs) : '');

/** The reader's blocks of a kind, by their text. */
const blocksOf = (content: readonly ArticleBlock[] | undefined, kind: ArticleBlock['kind']): string[] =>
  (content ?? []).filter((block) => block.kind === kind).map(textOf);

const picture = '<p><a href="/big.jpg"><img src="/quay.jpg" width="1300" height="867"></a></p>';
const caption = 'Wasserdicht und in Gute-Laune-Gelb: die Jacke am Kai.';

describe('a picture caption set as an italic heading under its picture (trafilatura 0030)', () => {
  it('is no section of the outline and a line of the reader, its text kept', () => {
    const result = read(`${picture}<h1 style="text-align: center;"><em>${caption}</em></h1>${p(1)}`);
    expect(headingsOf(result.outline)).toEqual(['The plan', 'The vote']);
    expect(blocksOf(result.content, 'heading')).toEqual(['The plan', 'The vote']);
    expect(blocksOf(result.content, 'paragraph')).toContain(caption);
  });

  it('is a section when it is no sentence, not all italic, or under no picture', () => {
    const section = 'Die Jacke am Kai';
    for (const article of [
      `${picture}<h2><em>${section}</em></h2>${p(1)}`,
      `${picture}<h2><em>Wasserdicht:</em> ${caption}</h2>${p(1)}`,
      `${p(2)}<h2><em>${caption}</em></h2>${p(1)}`,
    ]) {
      const heading = parseHTML(article).document.querySelector('h2')!.textContent!.trim();
      expect(headingsOf(read(article).outline)).toContain(heading);
      expect(blocksOf(read(article).content, 'heading')).toContain(heading);
    }
  });
});

describe('credits set as headings (trafilatura 0228)', () => {
  it('are no headings of the reader, as they are none of the outline', () => {
    const credit = (n: number) =>
      `<h6>Bild${n}: ©Geert Pieters <a href="https://example.org/license">bestimmte Rechte vorbehalten</a>. Quelle: Unsplash</h6>`;
    const result = read(`${picture}${credit(2)}${credit(3)}`);
    expect(headingsOf(result.outline)).toEqual(['The plan', 'The vote']);
    expect(blocksOf(result.content, 'heading')).toEqual(['The plan', 'The vote']);
  });
});

describe('a heading of break marks only (trafilatura 0310: bold "*" headings between parts)', () => {
  it('is a line of the reader, as it is no section of the outline, and never a heading of the exports', () => {
    for (const marks of ['*', '* * *', '◆']) {
      const result = read(`${p(2)}<h5><strong>${marks}</strong></h5>${p(3)}`);
      expect(headingsOf(result.outline)).toEqual(['The plan', 'The vote']);
      expect(blocksOf(result.content, 'heading')).toEqual(['The plan', 'The vote']);
      expect(blocksOf(result.content, 'paragraph')).toContain(marks);
    }
  });
});
