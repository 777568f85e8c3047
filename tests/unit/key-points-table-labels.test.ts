/**
 * A table's caption and header cells are labels of its figures, no key point (NOT_PROSE_TAGS in
 * src/core/detect/content-kinds.ts): a short statistics notice whose one sentence leads a table gave its caption
 * and a column's head ("January to November 2020") as points. A data cell's text still counts: an old page lays
 * its whole article out in table cells, and a <caption> or <th> tag outside a table (which a browser drops) holds
 * prose.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';

const LEAD =
  'According to the federal office, sales of mineral oil products in the country fell by 2.3 per cent in the first eleven months of the year compared with the same period a year earlier.';
const ROWS = [
  ['Naphtha', '10.72 Mt', '12.40 Mt', '15.7 %'],
  ['Motor gasoline', '15.02 Mt', '15.12 Mt', '0.7 %'],
  ['Diesel fuel', '32.23 Mt', '32.28 Mt', '0.1 %'],
  ['Heating oil', '14.31 Mt', '9.97 Mt', '-30.3 %'],
];

function keyPointsOf(table: string): string[] {
  const { document } = parseHTML(
    `<html lang="en"><head><title>Mineral oil sales in November</title></head><body><main><article>
      <h1>Mineral oil sales in November</h1><p>${LEAD}</p>
      <p>The sales of the main products developed as follows (in million tonnes):</p>${table}
      <p>More figures on the mineral oil market are published every month in the official mineral oil data</p>
    </article></main></body></html>`,
  );
  return analyzeDocument(document as unknown as Document).result.keyPoints.map((point) => point.text);
}

const body = ROWS.map(
  ([name, ...cells]) => `<tr><th scope="row">${name}</th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`,
).join('');

describe("a table's labels", () => {
  it('give no key point: neither its caption nor its header cells', () => {
    const points = keyPointsOf(
      `<table><caption>Sales of the main products</caption><thead><tr><th>Product</th><th>January to November 2020</th><th>January to November 2021</th><th>Change in per cent</th></tr></thead><tbody>${body}</tbody></table>`,
    );
    expect(points[0]).toBe(LEAD);
    for (const label of ['Sales of the main products', 'Product', 'January to November 2020', 'Naphtha']) {
      expect(points).not.toContain(label);
    }
  });

  it('are only in a table: a <caption> tag elsewhere (which a browser drops) holds prose', () => {
    const slide =
      'The refineries of the northern ports worked at nearly full capacity through the whole autumn season.';
    expect(keyPointsOf(`<p><caption>${slide}</caption></p>`)).toContain(slide);
  });

  it("still take a sentence from a data cell (an article laid out in a table's cells)", () => {
    const cell = 'The refineries of the northern ports worked at nearly full capacity through the whole autumn season.';
    const points = keyPointsOf(`<table><tbody><tr><td><p>${cell}</p></td></tr></tbody></table>`);
    expect(points).toContain(cell);
  });
});
