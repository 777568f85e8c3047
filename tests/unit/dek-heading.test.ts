/**
 * A standfirst set as a heading (src/core/detect/dek-heading.ts): the article's first heading, a whole sentence
 * over the first section's heading before any prose, is no section of the outline; the body keeps it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import type { OutlineResult, OutlineSection } from '../../src/core/types';
import { p } from './fixtures/prose';

function analyse(article: string): OutlineResult {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
    <h1>Harbour plan approved</h1>${article}</article></main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document);
}

const headings = (sections: OutlineSection[]): string[] =>
  sections.flatMap((section) => [...(section.level ? [section.text] : []), ...headings(section.children)]);

const DEK = 'Our reporter spent a week on the quay with the people who will live and work in the new district.';

describe('a standfirst set as a heading', () => {
  it('leaves out a first heading that is a sentence right over the first section (trafilatura 0034)', () => {
    const result = analyse(`<h4>${DEK}</h4><h4>The vote</h4>${p(0)}${p(1)}<h4>The money</h4>${p(2)}${p(3)}`);
    expect(headings(result.outline)).toEqual(['The vote', 'The money']);
  });

  it('keeps such a heading over prose of its own, a short one, and a question', () => {
    const own = analyse(`<h4>${DEK}</h4>${p(0)}${p(1)}<h4>The money</h4>${p(2)}${p(3)}`);
    expect(headings(own.outline)).toEqual([DEK, 'The money']);
    const short = analyse(`<h4>The plan in short.</h4><h4>The vote</h4>${p(0)}${p(1)}<h4>The money</h4>${p(2)}`);
    expect(headings(short.outline)).toEqual(['The plan in short.', 'The vote', 'The money']);
    const question = DEK.replace(/\.$/, '?');
    const asked = analyse(`<h4>${question}</h4><h4>The vote</h4>${p(0)}${p(1)}<h4>The money</h4>${p(2)}`);
    expect(headings(asked.outline)).toEqual([question, 'The vote', 'The money']);
  });
});
