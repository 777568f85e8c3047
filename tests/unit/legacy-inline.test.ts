/**
 * Inline tags the walk had no kind for (<font>, <u>, <s>, obsolete <strike>, <tt>, <big>, <nobr>) are text inside a
 * paragraph, as Readability.js reads them (it turns <font> into <span>; a <div> holding them becomes a paragraph).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import type { OutlineSection } from '../../src/core/types';
import { SENTENCES } from './fixtures/prose';

function outlineOf(inner: string): { headings: string[]; body: string } {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>${inner}</article></body></html>`;
  const result = outlineDocument(parseHTML(html).document as unknown as Document);
  const headings: string[] = [];
  const visit = (sections: OutlineSection[]): void =>
    sections.forEach((section) => {
      if (section.text) headings.push(section.text);
      visit(section.children);
    });
  visit(result.outline);
  return { headings, body: result.body ?? '' };
}

describe('a <font> run inside a text block', () => {
  it('is part of the paragraph: the headings around it stay (readability replace-font-tags)', () => {
    const { headings, body } = outlineOf(
      `<h1>The quay</h1><div><font face="Arial" size="2">${SENTENCES[0]}</font> ${SENTENCES[1]}</div>` +
        `<h2>The money</h2><div>${SENTENCES[2]} <font face="Arial">${SENTENCES[3]}</font></div>`,
    );
    expect(headings).toEqual(['The quay', 'The money']);
    expect(body).toContain('The money');
  });

  it.each(['u', 's', 'strike', 'tt', 'big', 'nobr'])('and so is a <%s> run', (tag) => {
    const { headings } = outlineOf(
      `<h1>The quay</h1><div><${tag}>${SENTENCES[0]}</${tag}> ${SENTENCES[1]}</div>` +
        `<h2>The money</h2><div>${SENTENCES[2]} <${tag}>${SENTENCES[3]}</${tag}></div>`,
    );
    expect(headings).toEqual(['The quay', 'The money']);
  });
});
