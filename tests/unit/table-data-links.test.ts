/**
 * A table's links that are its data (an ingredient linked to its product beside its quantity) stay in the body text:
 * the small table is not judged a box of links (src/core/detect/clean.ts, isTableOfData) and its linked cell is not a
 * promotion line (src/core/detect/body-links.ts, isCellBesideDatum). Tables of links stay out.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';

const HEAD =
  '<title>Honey almond muffins</title><link rel="canonical" href="https://www.bakery.example/recipes/muffins">';

function bodyOf(article: string): string {
  const html = `<!DOCTYPE html><html><head>${HEAD}</head><body><article><h1>Honey almond muffins</h1>${article}</article></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document).body ?? '';
}

/** The recipe's steps: text enough that the article is read with its blocks judged (a short one is read again without). */
const STEPS = [
  'Warm the milk in a small pan and melt the butter in it, then leave it to cool until it is no warmer than your hand.',
  'Mix the flour with the yeast in a large bowl, add the sugar, the eggs and the milk, and knead everything into a smooth dough.',
  'Cover the bowl and leave the dough in a warm place for about forty minutes, until it has grown to almost twice its size.',
  'Divide the dough between the cups of the tin, spread the topping over it and bake the muffins for twenty minutes until golden.',
  'Let the muffins cool in the tin for ten minutes before you cut them open and fill them with the cream, then serve them soon.',
].map((step) => `<p>${step}</p>`);

const row = (...cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
const product = (name: string) => `<a href="/products/${name.toLowerCase().replace(/\W+/g, '-')}">${name}</a>`;

describe('links that are a table’s data', () => {
  /** A table of data by its size alone (more than ten cells), its fourth ingredient linked to its product. */
  const dough = `<table><tbody>${[
    row('50 ml', 'Milk'),
    row('100 g', 'Butter'),
    row('250 g', 'Flour'),
    row('1 sachet', product('Dried yeast')),
    row('50 g', 'Sugar'),
    row('2', 'Eggs'),
  ].join('')}</tbody></table>`;
  const topping = `<table><tbody>${row('25 g', 'Butter')}${row('1 tbsp', 'Honey')}${row('50 g', 'Cream')}${row(
    '70 g',
    product('Flaked almonds'),
  )}</tbody></table>`;
  const ingredients = `<div><h2>Ingredients</h2><h3>Dough</h3>${dough}<h3>Topping</h3>${topping}</div>`;
  const recipe = `${STEPS.slice(0, 2).join('')}${ingredients}${STEPS.slice(2).join('')}`;

  it('keeps a small table of ingredients one of which links to its product', () => {
    const body = bodyOf(recipe);
    expect(body).toContain('Honey');
    expect(body).toContain('Flaked almonds');
  });

  it('keeps a linked cell beside its quantity in a table of data', () => {
    const body = bodyOf(recipe);
    expect(body).toContain('1 sachet');
    expect(body).toContain('Dried yeast');
  });

  it('still leaves out a small table of links to the site’s stories', () => {
    const table = `<table><tbody>${row('»', product('Bread rolls with seeds'))}${row(
      '»',
      product('Plum cake with crumble'),
    )}</tbody></table>`;
    const body = bodyOf(`${STEPS.slice(0, 3).join('')}<div>${table}</div>${STEPS.slice(3).join('')}`);
    expect(body).not.toContain('Bread rolls');
    expect(body).not.toContain('Plum cake');
  });
});
