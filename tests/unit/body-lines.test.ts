/**
 * Body text leaves out timestamp lines, copyright lines and advertising labels (src/core/detect/body-lines.ts)
 * and picture credits alone (content.ts), and keeps sentences that merely mention a time or a year.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../src/core/detect/body-lines';
import { analyzeDocument, outlineDocument } from '../../src/core/index';
import { bodyLinesOf, p, SENTENCES } from './fixtures/prose';

describe('body lines: timestamps, copyright, ad labels', () => {
  it('leaves such lines out of the body of a page', () => {
    expect(
      bodyLinesOf(`
      <div>Nov. 20, 2019 6:02 AM EST</div>${p(0)}${p(1)}<div><span>Advertisement</span></div>${p(2)}${p(3)}
      <p>Copyright © 2019 City News. All rights reserved.</p>`),
    ).toEqual(SENTENCES);
  });

  it("leaves a share button's label out, linked or not, also after a word ('Social Share'); a sentence stays", () => {
    // nationnews.com (trafilatura 0967): 'Social Share' loose before a bar of icon links; bettycrocker 'Print'.
    expect(
      bodyLinesOf(`${p(0)}<div>Social Share<div><a href="https://facebook.com/sharer"><i></i></a></div></div>${p(1)}
      <div><span>Print</span></div><div>Beitrag teilen</div>${p(2)}<p>Please share it with us.</p>`),
    ).toEqual([SENTENCES[0], SENTENCES[1], SENTENCES[2], 'Please share it with us.']);
  });

  it('leaves a picture credit alone in its block out of the body, not a link to a graphic or a heading', () => {
    expect(
      bodyLinesOf(`
      <div><img src="/quay.jpg"><small class="copy">Foto: © GEPA</small></div>${p(0)}${p(1)}
      <p>(Graphic: Harbour traffic in 2019 - <a href="/graphics/quay">here</a>)</p>${p(2)}
      <h2>Credits / Sources</h2>${p(3)}`),
    ).toEqual([
      SENTENCES[0],
      SENTENCES[1],
      '(Graphic: Harbour traffic in 2019 - here)',
      SENTENCES[2],
      'Credits / Sources',
      SENTENCES[3],
    ]);
  });

  it('leaves a linked credit that ends with its picture library out (trafilatura 0104), not a linked line', () => {
    expect(
      bodyLinesOf(`${p(0)}${p(1)}${p(2)}
      <p>Titelbild: <a href="https://unsplash.com/@jdoe">Jane Doe</a> on <a href="https://unsplash.com/">Unsplash</a></p>
      <p>(Photos: the quay at night, from the pier - <a href="/photos/quay">here</a>)</p>`),
    ).toEqual([SENTENCES[0], SENTENCES[1], SENTENCES[2], '(Photos: the quay at night, from the pier - here)']);
  });

  it('leaves a short line that opens with the copyright sign (a name after it) out, not a sentence with the sign', () => {
    expect(
      bodyLinesOf(`
      <div><img src="/quay.jpg"><span>© Getty Images</span></div>${p(0)}${p(1)}
      <p>© Harbour Photo Agency / Jane Doe</p>${p(2)}
      <p>© marks in the harbour's old signs were painted over by the new owners last spring.</p>${p(3)}`),
    ).toEqual([
      SENTENCES[0],
      SENTENCES[1],
      SENTENCES[2],
      "© marks in the harbour's old signs were painted over by the new owners last spring.",
      SENTENCES[3],
    ]);
  });

  it('recognises timestamp lines in several forms and languages', () => {
    expect(isBoilerplateLine('Published November 20th, 2019 - 07:50 GMT')).toBe(true);
    expect(isBoilerplateLine('segunda-feira, 22 de janeiro de 2018 às 0:13')).toBe(true);
    expect(isBoilerplateLine('05/10/2018 - Publicado por: Clarissa Borba')).toBe(true);
    expect(isBoilerplateLine('Posted: Fri 6:45 PM, Feb 16, 2018 |')).toBe(true);
  });

  it('keeps sentences with a time or a year, and credits without a year', () => {
    expect(isBoilerplateLine('Voting closes on 8 October 2019 at 18:00 Moscow time.')).toBe(false);
    expect(isBoilerplateLine('The meeting is at 10:30 on Friday')).toBe(false);
    expect(isBoilerplateLine('The 2019 season')).toBe(false);
    expect(isBoilerplateLine('© Reuters')).toBe(false);
    expect(isBoilerplateLine('Advertising revenue fell by a third in 2019, the company said.')).toBe(false);
  });

  it('keeps a line that mentions a numeric date after more than a label (talent.ch 0214), drops a labelled stamp', () => {
    expect(isBoilerplateLine('Abnahme Protokoll der letzten Vorstandssitzung vom 5.8.2019')).toBe(false);
    expect(isBoilerplateLine('Oliver Frankenbach mit Wirkung zum 1.9.2015 zum Vorstand bestellt')).toBe(false);
    // A byline's label and its names before the date: a stamp however many names.
    expect(isBoilerplateLine('Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts')).toBe(true);
    expect(isBoilerplateLine('Letzte Aktualisierung: 28.01.2022')).toBe(true);
    expect(isBoilerplateLine('Berlin, 28.10.2021, 058/21')).toBe(true);
    expect(isBoilerplateLine('Posted by the editors on 2019-02-15 at 10:32')).toBe(true);
    const item =
      '<ol><li><strong>Abnahme Protokoll der letzten Vorstandssitzung vom 5.8.2019<br></strong>akzeptiert</li></ol>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${item}${p(2)}${p(3)}`).join('\n')).toContain(
      'Abnahme Protokoll der letzten Vorstandssitzung vom 5.8.2019',
    );
  });

  it("keeps a date the text states: a deadline's, a run of days (dealdoktor 0316, bummfilm 0236)", () => {
    expect(isBoilerplateLine('Einsendeschluss: 03.11.2019 (Poststempel)')).toBe(false);
    expect(isBoilerplateLine('Aktionszeitraum: 21.10.2019 – 27.10.2019')).toBe(false);
    expect(isBoilerplateLine('23.10.2015 - 25.10.2015')).toBe(false);
    expect(isBoilerplateLine('Deadline: 2019-11-03')).toBe(false);
    // The page's own stamps stay stamps, a label that only opens like a deadline's too.
    expect(isBoilerplateLine('Datum: 18.10.2021')).toBe(true);
    expect(isBoilerplateLine('Fristen 03.11.2019')).toBe(true);
    const terms = '<p>Aktionszeitraum: 21.10.2019 – 27.10.2019</p><p>Einsendeschluss: 03.11.2019 (Poststempel)</p>';
    const lines = bodyLinesOf(`${p(0)}${p(1)}${terms}${p(2)}${p(3)}`);
    expect(lines).toContain('Aktionszeitraum: 21.10.2019 – 27.10.2019');
    expect(lines).toContain('Einsendeschluss: 03.11.2019 (Poststempel)');
  });

  it('drops a loading notice left by a spinner: its word, two more at most, an ellipsis (jolie 0049, zdnet 0385)', () => {
    for (const line of ['Loading...', 'Loading ...', 'Lade weitere Inhalte ...', 'Chargement…', 'Cargando...'])
      expect(isBoilerplateLine(line)).toBe(true);
    // A sentence that opens with the word, or the word with no ellipsis, is text.
    expect(isBoilerplateLine('Loading the ship took most of the night...')).toBe(false);
    expect(isBoilerplateLine('Loading')).toBe(false);
  });

  it('recognises copyright notices and advertising labels', () => {
    expect(isBoilerplateLine('Copyright @ 2019 The New Arab.')).toBe(true);
    expect(isBoilerplateLine('Copyright 2019 The New Arab')).toBe(true);
    expect(isBoilerplateLine('© 2019 Example Media')).toBe(true);
    expect(isBoilerplateLine('Advert')).toBe(true);
    expect(isBoilerplateLine('Anzeige')).toBe(true);
  });

  it("recognises a footer's row holding a copyright notice without a year (changenow.de, trafilatura 0251)", () => {
    expect(
      bodyLinesOf(`${p(0)}${p(1)}
      <p><a href="/impressum">IMPRESSUM</a> | <a href="/datenschutz">DATENSCHUTZ</a>&nbsp; | COPYRIGHT ANDRÉ LOIBL | KANGA</p>`),
    ).toEqual([SENTENCES[0], SENTENCES[1]]);
    expect(isBoilerplateLine('Imprint · Privacy · © Harbour Media')).toBe(true);
    // A credit, or a sentence naming copyright: kept.
    expect(isBoilerplateLine('© Harbour Photo | Jane Doe')).toBe(false);
    expect(isBoilerplateLine('The copyright | trademark question')).toBe(false);
  });

  it('an advertising label between dashes or in brackets is one too (rheinruhronline 0139: "- Anzeige-")', () => {
    expect(isBoilerplateLine('- Anzeige-')).toBe(true);
    expect(isBoilerplateLine('– Advertisement –')).toBe(true);
    expect(isBoilerplateLine('(Werbung)')).toBe(true);
    expect(isBoilerplateLine('- Anzeige für Wanderschuhe -')).toBe(false);
  });

  it("leaves a reading control's label ('Text size' beside its buttons, zyte f8ff621a) out, not a sentence about it", () => {
    expect(
      bodyLinesOf(`
      <div><span>Text size</span><button></button><button></button></div>${p(0)}${p(1)}${p(2)}`),
    ).toEqual(SENTENCES.slice(0, 3));
    expect(isBoilerplateLine('Font size')).toBe(true);
    expect(isBoilerplateLine('Text size matters less than contrast for older readers.')).toBe(false);
  });
  it("leaves a slideshow's counter out of the body and the reader ('Image 1 of / 9': zyte 9ebb3af6), not a quantity or a cell", () => {
    expect(
      bodyLinesOf(`
      <div class="caption"><span>Image </span><span>1</span><span>of</span><span>/</span><span>9</span></div>${p(0)}${p(1)}${p(2)}`),
    ).toEqual(SENTENCES.slice(0, 3));
    expect(isBoilerplateLine('Bild 3 von 10')).toBe(true);
    expect(isBoilerplateLine('Photo 2 / 12')).toBe(true);
    expect(isBoilerplateLine('1/4')).toBe(false);
    expect(isBoilerplateLine('23/16')).toBe(false);
    expect(isBoilerplateLine('Image 1 of 9 shows the harbour at night.')).toBe(false);
  });

  it("leaves a gallery's button out of the body ('See album': trafilatura 0780), not a sentence about an album", () => {
    expect(
      bodyLinesOf(`
      ${p(0)}<div><span class="btn">See album</span></div>${p(1)}${p(2)}`),
    ).toEqual(SENTENCES.slice(0, 3));
    expect(isBoilerplateLine('View gallery')).toBe(true);
    expect(isBoilerplateLine('Zur Bildergalerie')).toBe(true);
    expect(isBoilerplateLine('See album covers from the 1970s')).toBe(false);
    expect(isBoilerplateLine('Show')).toBe(false);
  });

  it("leaves the page's own reading time out of the body ('Tempo de leitura: 1 minuto': zyte 23aaecd1), not a recipe's time", () => {
    expect(
      bodyLinesOf(`
      <p>Tempo de leitura: 1 minuto</p>${p(0)}${p(1)}${p(2)}`),
    ).toEqual(SENTENCES.slice(0, 3));
    expect(isBoilerplateLine('Lesezeit: ca. 3 Minuten')).toBe(true);
    expect(isBoilerplateLine('5 min read')).toBe(true);
    expect(isBoilerplateLine('Reading Time: 4 minutes')).toBe(true);
    expect(isBoilerplateLine('10 minutes')).toBe(false);
    expect(isBoilerplateLine('Cooking time: 30 minutes')).toBe(false);
    expect(isBoilerplateLine('Reading time went up by 5 minutes a day.')).toBe(false);
  });

  it("leaves the page's view counter out of the body ('37 views' after the text: trafilatura 0320, 0242)", () => {
    expect(
      bodyLinesOf(`
      ${p(0)}${p(1)}${p(2)}<div><script></script></div>37 views`),
    ).toEqual(SENTENCES.slice(0, 3));
    expect(isBoilerplateLine('Post Views: 22')).toBe(true);
    expect(isBoilerplateLine('1.204 Aufrufe')).toBe(true);
    expect(isBoilerplateLine('Views: 3,561')).toBe(true);
    expect(isBoilerplateLine('Two views')).toBe(false);
    expect(isBoilerplateLine('The views of 37 residents were heard.')).toBe(false);
  });

  it("leaves a line typed as a divider out of the body ('______': trafilatura 0783), keeps a scene break's asterism", () => {
    expect(
      bodyLinesOf(`
      ${p(0)}<p>______</p>${p(1)}<p>* * *</p>${p(2)}`),
    ).toEqual([SENTENCES[0], SENTENCES[1], '* * *', SENTENCES[2]]);
    expect(isBoilerplateLine('------------------------------------------')).toBe(true);
    expect(isBoilerplateLine('--')).toBe(false);
  });

  it('leaves a counter before the text out ("1 interakcji"; "3.409" over "letture"), not a number in the text', () => {
    expect(bodyLinesOf(`<div>1 interakcji</div>${p(0)}${p(1)}${p(2)}`)).toEqual(SENTENCES.slice(0, 3));
    expect(bodyLinesOf(`<div><span>3.409</span></div><span>letture</span>${p(0)}${p(1)}${p(2)}`)).toEqual(
      SENTENCES.slice(0, 3),
    );
    expect(bodyLinesOf(`${p(0)}<p>1,500</p><p>Comments</p>${p(1)}`)).toEqual([
      SENTENCES[0],
      '1,500',
      'Comments',
      SENTENCES[1],
    ]);
  });

  it('leaves a label out whose teaser beside it was taken for a related story ("Lee también..."), body and reader', () => {
    const teaser = 'https://news.example.org/2024/05/01/ferry-strike-ends.html';
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>
      <h1>Harbour plan approved</h1>${p(0)}${p(1)}
      <div class="also"><div>Lee también...</div><div class="card"><a href="${teaser}"><img src="/f.jpg"></a>
      <a href="${teaser}">Ferry strike ends after three weeks of talks</a></div></div>${p(2)}${p(3)}</article></body></html>`;
    const { result } = analyzeDocument(parseHTML(html).document as unknown as Document, {
      url: 'https://news.example.org/2024/05/02/harbour.html',
      content: true,
    });
    expect(result.related.map((story) => story.url)).toEqual([teaser]);
    expect(result.body?.split('\n\n')).toEqual(SENTENCES.slice(0, 4));
    expect(JSON.stringify(result.content)).not.toContain('Lee también');
  });

  it("leaves out a line ending with a colon whose box's value was left out (readability yahoo-3), body and reader", () => {
    const teaser = 'https://news.example.org/2024/05/01/ferry-strike-ends.html';
    const page = (label: string) => `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body>
      <article><h1>Harbour plan approved</h1>${p(0)}${p(1)}
      <div class="bar"><div>${label}</div><div class="card"><a href="${teaser}"><img src="/f.jpg"></a>
      <a href="${teaser}">Ferry strike ends after three weeks of talks</a></div></div>${p(2)}${p(3)}</article></body></html>`;
    const read = (label: string) =>
      analyzeDocument(parseHTML(page(label)).document as unknown as Document, {
        url: 'https://news.example.org/2024/05/02/harbour.html',
        content: true,
      }).result;
    const result = read('Ferry Watch:');
    expect(result.body?.split('\n\n')).toEqual(SENTENCES.slice(0, 4));
    expect(JSON.stringify(result.content)).not.toContain('Ferry Watch');
    // Words that are no label by their form nor by the vocabulary stay.
    expect(read('Ferry Watch').body?.split('\n\n')).toContain('Ferry Watch');
  });

  it('leaves an author box\'s label out when the box is left out as a bio ("Über den Autor": trafilatura 0649)', () => {
    const bio = '<div itemprop="author"><span>Mara Quill</span><p>Mara Quill writes about harbours.</p></div>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}<div>Über den Autor</div>${bio}`)).toEqual(SENTENCES.slice(0, 3));
    // Over a box the body keeps (prose of its own, as citylab-1's), the label stays.
    expect(bodyLinesOf(`${p(0)}${p(1)}<div>About the author</div><div>${p(3)}</div>`)).toEqual([
      SENTENCES[0],
      SENTENCES[1],
      'About the author',
      SENTENCES[3],
    ]);
  });

  it('shows no heading that sets the title again with its kicker in the reader (domradio 0628)', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved today</title></head><body>
      <article><h2><span>Harbour plan approved today</span> <span>"A fresh start"</span></h2>
      ${p(0)}${p(1)}${p(2)}${p(3)}</article></body></html>`;
    const result = analyzeDocument(parseHTML(html).document as unknown as Document, { content: true }).result;
    expect(result.outline).toEqual([]);
    expect(JSON.stringify(result.content)).not.toContain('A fresh start');
    expect(JSON.stringify(result.content)).toContain(SENTENCES[0]!.slice(0, 30));
  });

  it('keeps the address a sentence introduces with a colon (a mailto: or tel: line), not such a line alone', () => {
    const intro = 'Pour cela, l’assemblée a déjà mis en place une boîte mail dédiée :';
    expect(
      bodyLinesOf(
        `${p(0)}${p(1)}<p>${intro}</p><p><a href="mailto:suivi@example.org">suivi@example.org</a></p>${p(2)}`,
      ),
    ).toEqual([SENTENCES[0], SENTENCES[1], intro, 'suivi@example.org', SENTENCES[2]]);
    expect(bodyLinesOf(`${p(0)}${p(1)}<p><a href="mailto:news@example.org">news@example.org</a></p>${p(2)}`)).toEqual(
      SENTENCES.slice(0, 3),
    );
  });

  it('leaves the title again in a line before the text out of the body and the reader, not later (zyte jaraguadosul)', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><div class="col">
      <p class="titulo"> Harbour plan approved </p><small><b>05/10/2018</b> - Categoria: <a href="/c/19">City</a></small>
      ${p(0)}${p(1)}<p>Harbour plan approved</p>${p(2)}${p(3)}</div></body></html>`;
    const result = analyzeDocument(parseHTML(html).document as unknown as Document, { content: true }).result;
    expect(result.title).toBe('Harbour plan approved');
    expect(result.body?.split('\n\n')).toEqual([
      ...SENTENCES.slice(0, 2),
      'Harbour plan approved',
      ...SENTENCES.slice(2),
    ]);
    expect(JSON.stringify(result.content).match(/Harbour plan approved/g)).toHaveLength(1);
    // A title line that opens the text's first paragraph, its subtitle after it, is the author's (trafilatura 0148).
    const opening = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>
      <p><strong>Harbour plan approved</strong><br><em>What the council decided</em></p>${p(0)}${p(1)}</article></body></html>`;
    const body = outlineDocument(parseHTML(opening).document as unknown as Document).body ?? '';
    expect(body.split('\n\n')[0]).toBe('Harbour plan approved');
  });

  it('leaves the title typed again at the text’s start, set apart by spaces, out of the body and the reader (trafilatura 0990)', () => {
    // A blog's post: the headline, then its body, whose first line is the headline again and a gap of &nbsp; spaces.
    const page = (gap: string) => `<!DOCTYPE html><html><head><title>Harbour plan approved!</title></head><body>
      <div class="post"><h3>Harbour plan approved!</h3><div class="post-body">
      Harbour plan approved!${gap}${SENTENCES[0]}<br><br>${SENTENCES[1]}<br><br>${SENTENCES[2]}<br><br>${SENTENCES[3]}
      </div></div></body></html>`;
    const result = analyzeDocument(parseHTML(page(' &nbsp; ')).document as unknown as Document, {
      content: true,
    }).result;
    expect(result.title).toBe('Harbour plan approved!');
    expect(result.body?.split('\n\n')[0]).toBe(SENTENCES[0]);
    expect(JSON.stringify(result.content)).not.toContain('Harbour plan approved');
    expect(JSON.stringify(result.content)).toContain(SENTENCES[0]);
    // One space is a word's: the title that opens a sentence is the text's.
    const sentence = analyzeDocument(parseHTML(page(' ')).document as unknown as Document, { content: true }).result;
    expect(sentence.body?.split('\n\n')[0]).toBe(`Harbour plan approved! ${SENTENCES[0]}`);
    expect(JSON.stringify(sentence.content)).toContain(`Harbour plan approved! ${SENTENCES[0]}`);
  });

  it('leaves a call to action that is all link out, to another site too, not one in a sentence (zyte 9to5mac)', () => {
    const youtube = 'https://www.youtube.com/c/harbourtv?sub_confirmation=1';
    const cta = 'Subscribe to the Harbour TV YouTube Channel for all of the latest videos, reviews, and more!';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}<p><strong><a href="${youtube}">${cta}</a></strong></p>${p(3)}`)).toEqual(
      SENTENCES,
    );
    const sentence = `<p>Residents can <a href="${youtube}">subscribe to the council's channel</a> to watch the debates.</p>`;
    expect(bodyLinesOf(`${p(0)}${p(1)}${sentence}${p(2)}`)).toContain(
      "Residents can subscribe to the council's channel to watch the debates.",
    );
  });

  it("leaves out a button's label alone, unlinked ('Read More' unfolding the text: zyte ef4e67b6), not a longer line", () => {
    const button = '<div class="read-more"><div class="read-more-link">Read More</div></div>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${button}${p(2)}<p>SUBSCRIBE</p>${p(3)}`)).toEqual(SENTENCES);
    // A call to action of more words, unlinked, may be the text's own ("Read more about the plan in the minutes").
    const longer = '<p>Read more about the plan in the minutes</p>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${longer}${p(2)}${p(3)}`)).toHaveLength(5);
    // An offer's name alone is a minute's agenda item, not a button (talent.ch 0214: "Newsletter" over its item).
    expect(bodyLinesOf(`${p(0)}<p><strong>Newsletter</strong></p>${p(1)}`)).toEqual([
      SENTENCES[0],
      'Newsletter',
      SENTENCES[1],
    ]);
  });

  it("leaves a filing line out whose tags are all links ('Filed under: … |': zyte 7837c9d6), not a sentence after a label", () => {
    const tags = '<a href="/category/harbour/" rel="category tag">Harbour</a>, <a href="/tag/port/">Port</a> |';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>Filed under: ${tags}</p>`)).toEqual(SENTENCES);
    const sentence =
      '<p>Filed under: the <a href="/category/harbour/">harbour plan</a> was approved on Monday night.</p>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}${sentence}`)).toHaveLength(5);
  });

  it('leaves out a label of other stories that ends the text, a share box after it or not (kulturkaufhaus 0944)', () => {
    const stories = '<div class="key"><div>Neueste Blogbeiträge</div></div><div class="list"></div>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${stories}`)).toEqual(SENTENCES.slice(0, 2));
    expect(bodyLinesOf(`${p(0)}${p(1)}<div>Popular this week</div>`)).toEqual(SENTENCES.slice(0, 2));
    const share = '<section class="social"><h3>Teilen</h3>Es werden keine Komponenten angezeigt.</section>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${stories}${share}`)).toEqual(SENTENCES.slice(0, 2));
    // Not a list's item that opens with such words, nor a sentence.
    expect(bodyLinesOf(`${p(0)}${p(1)}<ul><li>More on the ferry</li><li>More on the quay</li></ul>`)).toContain(
      'More on the quay',
    );
    expect(bodyLinesOf(`${p(0)}${p(1)}<p>Popular this week.</p>`)).toContain('Popular this week.');
  });

  it('reads an ellipsis after such a label as its colon (cleveland.com: "You may also like..."), not a sentence', () => {
    for (const label of ['You may also like...', 'Popular this week …'])
      expect(bodyLinesOf(`${p(0)}${p(1)}<p>${label}</p>`)).toEqual(SENTENCES.slice(0, 2));
    expect(bodyLinesOf(`${p(0)}${p(1)}<p>Popular this week....</p>`)).toContain('Popular this week....');
    expect(bodyLinesOf(`${p(0)}${p(1)}<p>And then the ferry came...</p>`)).toContain('And then the ferry came...');
  });

  it("leaves an Indonesian / Malay advertising label out ('Iklan': zyte 7837c9d6)", () => {
    expect(isBoilerplateLine('Iklan')).toBe(true);
    expect(isBoilerplateLine('Iklan baris di koran pagi')).toBe(false);
  });
});
