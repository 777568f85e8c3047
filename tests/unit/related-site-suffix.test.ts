/**
 * A related story's title without the page's own site's name after it (related/site-suffix.ts): the link repeats
 * the story's <title>, "Headline | Site News"; the site's declared name, or a short part that opens with the host's
 * name, goes, and a picture's credit after the last separator. Another site's name, and a headline without a
 * separator, stay.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import { SENTENCES } from './fixtures/prose';

function relatedTitles(titles: string[]): string[] {
  const items = titles
    .map((title, i) => `<li><a href="/wirtschaft/story-number-${i + 1}-about-the-harbour/">${title}</a></li>`)
    .join('');
  const html = `<!DOCTYPE html><html lang="de"><head><title>Harbour plan approved | Hafenblatt</title>
    <meta property="og:site_name" content="HAFENBLATT"></head><body><article><h1>Harbour plan approved</h1>
    ${SENTENCES.map((sentence) => `<p>${sentence}</p>`).join('')}</article>
    <section class="related"><h2>Related</h2><ul>${items}</ul></section></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return outlineDocument(doc, { url: 'https://www.hafenblatt.example/wirtschaft/harbour-plan-approved/' }).related.map(
    (story) => story.title,
  );
}

describe('related titles and the site’s name after them', () => {
  it('drop the page’s own site’s name, declared or opening with the host’s name', () => {
    expect(
      relatedTitles([
        'Metaller-Lohnrunde: Verhandler unter enormem Druck | Hafenblatt News',
        'E-Autos aus China: Drohen Strafzölle wie in den USA? - HAFENBLATT',
        'Voestalpine stellt Führung neu auf | Börsenbrief',
      ]),
    ).toEqual([
      'Metaller-Lohnrunde: Verhandler unter enormem Druck',
      'E-Autos aus China: Drohen Strafzölle wie in den USA?',
      'Voestalpine stellt Führung neu auf | Börsenbrief',
    ]);
  });

  it('drop a picture’s credit after the last separator, and keep a headline’s own last part', () => {
    expect(
      relatedTitles([
        'Declan Rice po vítězství na Aston Ville. | Foto: Reuters',
        'Hafen: Senat stimmt zu - Quelle der Kritik',
      ]),
    ).toEqual(['Declan Rice po vítězství na Aston Ville.', 'Hafen: Senat stimmt zu - Quelle der Kritik']);
  });
});
