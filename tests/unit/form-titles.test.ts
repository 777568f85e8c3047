/**
 * A heading right over a form is the form's title, no section (src/core/detect/form-titles.ts, outline-furniture.ts):
 * on small pages written for the rule (trafilatura 0236, 0450, 0622, 0159 showed such headings as empty sections).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import type { OutlineResult, OutlineSection } from '../../src/core/types';
import { p } from './fixtures/prose';

function analyse(article: string): OutlineResult {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
    ${p(0)}<h2>What happens next</h2>${p(1)}${p(2)}${article}${p(3)}</article></main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document);
}

function headingsOf(sections: OutlineSection[]): string[] {
  return sections.flatMap((section) => [...(section.level ? [section.text] : []), ...headingsOf(section.children)]);
}

const TIMES =
  '<p>The ferries to the eastern quay will run every twenty minutes while the works go on, the harbour office said.</p>';
const FIELDS = '<input type="text" name="q"><textarea name="message"></textarea><input type="submit" value="Send">';

describe('a heading over a form', () => {
  it('is the form title, no section: right above it, or over a line of instructions', () => {
    expect(headingsOf(analyse(`<h3>Contact us</h3><form action="/send">${FIELDS}</form>`).outline)).toEqual([
      'What happens next',
    ]);
    const search = analyse(
      `<h3>Search</h3><p>Search our archive of 70000 stories:</p><div><form action="/search">${FIELDS}</form></div>`,
    );
    expect(headingsOf(search.outline)).toEqual(['What happens next']);
    expect(search.body).not.toContain('Search our archive');
  });

  it('stays over a section of text before the form, and over a form of buttons alone', () => {
    expect(headingsOf(analyse(`<h3>Ferry times</h3>${TIMES}<form action="/send">${FIELDS}</form>`).outline)).toEqual([
      'What happens next',
      'Ferry times',
    ]);
    const buttons = '<form action="/cart"><input type="hidden" name="id"><button>Add to cart</button></form>';
    expect(headingsOf(analyse(`<h3>The harbour map</h3>${buttons}${TIMES}`).outline)).toEqual([
      'What happens next',
      'The harbour map',
    ]);
  });

  it("leaves a furniture label's box to the label's rule: the comment form's notes leave the body with it", () => {
    const respond =
      '<div class="respond"><h3>Leave a Reply</h3><span><img src="/avatar.png" alt=""></span><div>' +
      `<form action="/comments"><p>Your email address will not be published.</p>${FIELDS}</form></div></div>`;
    const result = analyse(respond);
    expect(headingsOf(result.outline)).toEqual(['What happens next']);
    expect(result.body).not.toContain('will not be published');
  });
});
