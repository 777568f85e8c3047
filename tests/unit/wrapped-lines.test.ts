/**
 * Hand-wrapped text (src/core/detect/wrapped-lines.ts): a line after a single <br> that goes on from the line before
 * in small letters is one line with it, in the body and in the reader; verses, lists of short lines, links and a
 * paragraph break (two <br>s) stay apart.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import { runsText } from '../../src/core/blocks/inline';
import { continuesLine } from '../../src/core/detect/wrapped-lines';
import { SENTENCES } from './fixtures/prose';

/** SENTENCES 0 and 1 wrapped by hand at about 72 characters, mid-sentence (readability's replace-brs, induux 0262). */
const WRAPPED = [
  'The city council voted on Tuesday to approve a new plan for the harbour',
  'district, ending a debate that had lasted more than two years. Under the',
  'plan, the old warehouses along the eastern quay will be turned into housing,',
  'workshops and a public library, officials said.',
];
const VERSE = ['so much depends', 'upon', 'a red wheel', 'barrow'];

function analyze(inner: string) {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title></head><body><article>
    <h1>Harbour plan approved</h1>${inner}</article></body></html>`;
  return analyzeDocument(parseHTML(html).document as unknown as Document, { content: true }).result;
}

describe('hand-wrapped lines', () => {
  it('are one paragraph of the body and of the reader, and give key points', () => {
    const result = analyze(`<div>${WRAPPED.join('<br>\n')}</div><p>${SENTENCES[2]}<br>${SENTENCES[3]}</p>`);
    const body = result.body.split('\n\n');
    expect(body).toEqual([`${SENTENCES[0]} ${SENTENCES[1]}`, SENTENCES[2], SENTENCES[3]]);
    const reader = (result.content ?? []).map((block) => ('runs' in block ? runsText(block.runs) : ''));
    expect(reader[0]).toBe(`${SENTENCES[0]} ${SENTENCES[1]}`);
    expect(result.keyPoints.map((point) => point.text)).toContain(SENTENCES[0]);
    for (const point of result.keyPoints) expect(result.body).toContain(point.text);
  });

  it('stay apart as verse, a list of short lines, before a link or across a blank line', () => {
    const result = analyze(
      `<p>${SENTENCES[0]}</p><p>${VERSE.join('<br>')}</p><p>${WRAPPED[0]}<br>www.harbour-plan.example.org</p>
      <p>${WRAPPED[0]}<br><br>${WRAPPED[1]}</p><p>${SENTENCES[3]}</p>`,
    );
    expect(result.body.split('\n\n')).toEqual([
      SENTENCES[0],
      ...VERSE,
      WRAPPED[0],
      'www.harbour-plan.example.org',
      WRAPPED[0],
      WRAPPED[1],
      SENTENCES[3],
    ]);
  });

  it('go on in small letters from a long line left open', () => {
    expect(continuesLine(WRAPPED[2]!, WRAPPED[3]!)).toBe(true);
    expect(continuesLine(`${WRAPPED[0]}.`, 'district')).toBe(false);
    expect(continuesLine(WRAPPED[0]!, 'District')).toBe(false);
    expect(continuesLine('Weingut Feiler-Artinger, Rust', 'feiler-artinger.at')).toBe(false);
    expect(continuesLine(WRAPPED[0]!, 'http://example.org/harbour')).toBe(false);
  });
});
