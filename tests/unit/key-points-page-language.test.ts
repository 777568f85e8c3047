/**
 * A page that declares no language reads the key points' openers in the language its first paragraphs are written in
 * (src/core/detect/key-points/page-language.ts): "It was …", "Also, …" lean there as on a page that says `lang="en"`.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import { markedLanguage } from '../../src/core/detect/key-points/page-language';
import { proseKeyPoints as keyPoints, STORY } from '../support/key-points';

describe('the language of a page that declares none', () => {
  it('is told by the function words of its first paragraphs', () => {
    expect(markedLanguage(STORY)).toBe('en');
    expect(
      markedLanguage([
        'Der Stadtrat hat am Dienstag einen Plan beschlossen, die leeren Lagerhallen am Hafen in Wohnungen umzubauen.',
        'Die Genossenschaft will auf dem Gelände rund 400 Wohnungen bauen, ein Drittel davon ist nicht für den Verkauf.',
        'Gegner des Plans fürchten, dass die Mieten in den Straßen von der Altstadt bis zum Hafen auch steigen.',
        'Der Plan ist mit dem Geld der Stadt und der Genossenschaft nicht teuer, sagt ein Sprecher auf der Sitzung.',
      ]),
    ).toBe('de');
    // Too few words, or two languages mixed: none.
    expect(markedLanguage(['The plan of the council.'])).toBeNull();
    expect(
      markedLanguage([
        'The council and the cooperative of the harbour signed the plan with the city.',
        'Der Rat und die Genossenschaft von dem Hafen haben den Plan mit der Stadt auf sich genommen und ist nicht da.',
      ]),
    ).toBeNull();
  });

  it('has its openers read: a sentence pointing to one not shown is no key point (wapo-1, zyte eecd2575)', () => {
    const pointing =
      'It turns the empty warehouses of the eastern harbour into 400 homes of the housing cooperative, a third for rent below the market price.';
    const paragraphs = [pointing, ...STORY];
    expect(keyPoints(paragraphs, 'en')).not.toContain(pointing);
    expect(keyPoints(paragraphs, null)).not.toContain(pointing);
  });
});

describe("the result's textLang", () => {
  const page = (lang: string | null) =>
    parseHTML(
      `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>The harbour plan</title></head><body>` +
        `<article><h1>The harbour plan</h1>${STORY.map((paragraph) => `<p>${paragraph}</p>`).join('')}</article>` +
        `</body></html>`,
    ).document as unknown as Document;

  it('is the language told from the text when the page declares none; absent when it declares one', () => {
    const undeclared = outlineDocument(page(null));
    expect(undeclared.lang).toBeNull();
    expect(undeclared.textLang).toBe('en');
    const declared = outlineDocument(page('en-GB'));
    expect(declared.lang).toBe('en-GB');
    expect(declared).not.toHaveProperty('textLang');
  });
});
