/**
 * A section's heading in a box named as its header (src/core/detect/heading-wrapper.ts) stays in the outline;
 * a header box over a link list stays out as Readability leaves them.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import { p } from './fixtures/prose';

function headingsOf(inner: string): string[] {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>${inner}</article></body></html>`;
  const outline = outlineDocument(parseHTML(html).document as unknown as Document).outline;
  return outline.flatMap(function all(item): string[] {
    return [item.text, ...item.children.flatMap(all)];
  });
}

/** A header box (row > column > title box > heading) before the section's `body`. */
const section = (heading: string, body: string): string =>
  `<div class="card-header"><div class="row"><div class="col"><div><h2>${heading}</h2></div></div></div></div>${body}`;

describe('section headings in header boxes', () => {
  it("keeps a section's heading in its header box (smava.de, trafilatura 0334)", () => {
    expect(headingsOf(section('How the rate is set', p(0) + p(1)) + section('What the fees are', p(2) + p(3)))).toEqual(
      ['How the rate is set', 'What the fees are'],
    );
  });

  it('leaves out a header box over a list of links', () => {
    expect(
      headingsOf(
        section('How the rate is set', p(0) + p(1)) +
          section('What the fees are', p(2) + p(3)) +
          section('Further information', '<ul><li><a href="/a">Rates</a></li><li><a href="/b">Fees</a></li></ul>'),
      ),
    ).toEqual(['How the rate is set', 'What the fees are']);
  });
});
