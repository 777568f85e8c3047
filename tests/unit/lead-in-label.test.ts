/**
 * A short paragraph before a list is its label, a pseudo-heading ("Pros", "What you'll need:"), unless the list's
 * items end the paragraph's sentence (honest-items.ts labelsList): then it is a lead-in, no heading.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import { SENTENCES } from './fixtures/prose';

function headingsOf(inner: string): string[] {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title></head><body><article>
    <h1>Harbour plan approved</h1><p>${SENTENCES[0]}</p><h2>The plan</h2><p>${SENTENCES[1]}</p>${inner}
    <p>${SENTENCES[2]}</p><p>${SENTENCES[3]}</p></article></body></html>`;
  const { result } = analyzeDocument(parseHTML(html).document as unknown as Document);
  const titles: string[] = [];
  const visit = (sections: typeof result.outline) =>
    sections.forEach((section) => {
      if (section.text) titles.push(section.text);
      visit(section.children);
    });
  visit(result.outline);
  return titles;
}

describe('a label paragraph before a list', () => {
  it('heads the list when its items stand alone, or when it is one word (a name)', () => {
    const needs = '<ul><li>a hammer and some nails</li><li>floral foam</li></ul>';
    expect(headingsOf(`<p>What you'll need:</p>${needs}`)).toEqual(['The plan', "What you'll need"]);
    const pros = '<ul><li>cheaper homes near the water,</li><li>a library open at night</li></ul>';
    expect(headingsOf(`<p>Pros:</p>${pros}`)).toEqual(['The plan', 'Pros']);
  });

  it('is a lead-in when the items go on with its sentence (givewell: "This could occur:" · "if …, or" · "if …")', () => {
    const list = `<ol><li>if the council finds the money for the quay, or</li><li>if the region pays for it.</li></ol>`;
    expect(headingsOf(`<p>This could occur:</p>${list}`)).toEqual(['The plan']);
    const clauses = '<ul><li>pay the rent on time;</li><li>keep the workshop open</li></ul>';
    expect(headingsOf(`<p>The tenant shall:</p>${clauses}`)).toEqual(['The plan']);
  });
});
