/**
 * Body text leaves out captions, credits, bylines, dates, bios and sign-up boxes inside the article
 * (src/core/detect/body-noise.ts), while headings and list items inside them stay in the outline.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBodyNoiseCandidate } from '../../src/core/detect/body-noise';
import { analyzeDocument, outlineDocument } from '../../src/core/index';
import { SENTENCES } from './fixtures/prose';

function bodyOf(article: string): string {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article class="story">${article}</article></main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document).body ?? '';
}

const p = (i: number): string => `<p>${SENTENCES[i]}</p>`;

describe('body noise: captions, bylines, dates', () => {
  it('leaves figures and their captions out of the body, keeping the text around them', () => {
    const body = bodyOf(
      `${p(0)}<figure><img src="a.jpg"><figcaption>The eastern quay at dusk. Photo: Jane Doe/AP</figcaption></figure>${p(1)}${p(2)}${p(3)}`,
    );
    expect(body).not.toContain('eastern quay at dusk');
    expect(body).not.toContain('Jane Doe');
    expect(body).toContain(SENTENCES[0]);
    expect(body).toContain(SENTENCES[1]);
    expect(body.split('\n\n')).toHaveLength(4);
  });

  it('leaves out blocks named as captions, credits, bylines and dates, also in camelCase', () => {
    const body =
      bodyOf(`<div class="article-byline">By Jane Doe</div><span class="publishDate">Nov. 19, 2019</span>${p(0)}${p(1)}
      <div class="image"><img src="b.jpg"><span class="newsCaption">Warehouses on the quay (Image: GETTY)</span></div>${p(2)}${p(3)}
      <div class="author-bio">Jane Doe covers city hall for the paper.</div><div class="newsletter-signup">Get the morning briefing in your inbox</div>`);
    for (const noise of ['Jane Doe', 'Nov. 19', 'GETTY', 'morning briefing']) expect(body).not.toContain(noise);
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
  });

  it("keeps a pull quote's speaker named as its attribution, not a credit or a bio elsewhere (latimes zyte 8634d121)", () => {
    const speaker = 'News industry analyst Ken Doctor';
    const quote = `<div class="Quote"><blockquote>Rents have risen every year.</blockquote>
      <div class="Quote-attribution">${speaker}</div></div>`;
    const body = bodyOf(`${p(0)}${p(1)}${quote}${p(2)}${p(3)}`);
    expect(body.split('\n\n')).toEqual([
      SENTENCES[0],
      SENTENCES[1],
      'Rents have risen every year.',
      speaker,
      SENTENCES[2],
      SENTENCES[3],
    ]);
    // Not a bio after the text's last quote among other blocks, nor a credit under a picture beside a quote.
    const bio = `<div><blockquote>Rents have risen every year.</blockquote><div class="author-bio">Jane Doe covers city hall.</div>
      <p>More from the paper</p></div>`;
    expect(bodyOf(`${p(0)}${p(1)}${p(2)}${p(3)}${bio}`)).not.toContain('Jane Doe');
    const credit = `<div><img src="q.jpg"><blockquote>Rents have risen every year.</blockquote><span class="credit">Photo: AP</span></div>`;
    expect(bodyOf(`${p(0)}${p(1)}${credit}${p(2)}${p(3)}`)).not.toContain('Photo: AP');
  });

  it('keeps an inline date or dateline the sentence goes on from, in the body and the reader (readability wapo-1)', () => {
    const article = `<p><span class="dateline">CAIRO —</span> ${SENTENCES[0]}</p><p>On <time>Tuesday</time>, ${SENTENCES[1]}</p>
      <p><span class="byline">By Jane Doe</span> | <span class="date">Nov. 19</span></p>${p(2)}${p(3)}
      <div class="teaser"><p><span class="date">06.03.2016</span>Werden Sie Ihr eigener Bike-Guide und lernen Sie es.</p></div>`;
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article class="story">${article}</article></main></body></html>`;
    const { result } = analyzeDocument(parseHTML(html).document as unknown as Document, { content: true });
    const lines = (result.body ?? '').split('\n\n');
    expect(lines[0]).toBe(`CAIRO — ${SENTENCES[0]}`);
    expect(lines[1]).toBe(`On Tuesday, ${SENTENCES[1]}`);
    // A byline's line stays out; a date set right before a teaser's words (no space: the page's style sets it apart) too.
    expect(result.body).not.toContain('Jane Doe');
    expect(result.body).not.toContain('06.03.2016');
    const text = (runs: readonly object[]): string => runs.map((run) => ('text' in run ? run.text : '')).join('');
    const first = result.content!.find((block) => block.kind === 'paragraph');
    expect(first && 'runs' in first && text(first.runs)).toBe(`CAIRO — ${SENTENCES[0]}`);
  });

  it("leaves out a form's box, its status lines with it (elpais.com.uy 0847: 'Reportar error', 'Enviado', 'Error')", () => {
    const box = `<div><div><span>Report an error</span></div><div><span>Sent</span></div><div><span>Error</span></div>
      <div><div><span>Report an error</span></div><div><form action="/report"><textarea name="d"></textarea>
      <input type="email" name="e"><button type="submit">send</button></form></div></div></div>`;
    const body = bodyOf(`${p(0)}${p(1)}${p(2)}${p(3)}${box}`);
    expect(body).not.toMatch(/Report an error|Sent|Error/);
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
    // A block that says more than a form's few lines around it stays (a paragraph that ends with a search box).
    const long = `<div><p>${SENTENCES[3]}</p><form action="/s"><input name="q"></form></div>`;
    expect(bodyOf(`${p(0)}${p(1)}${p(2)}${long}`)).toContain(SENTENCES[3]);
  });

  it('reads "news-letter" in a name as "newsletter": the sign-up box is left out', () => {
    const body = bodyOf(
      `${p(0)}${p(1)}<div class="news-letter-section"><div class="title">NEWS<br>LETTERS</div><span class="lead">Tips and trends for you</span></div>${p(2)}${p(3)}`,
    );
    expect(body).not.toMatch(/NEWS|LETTERS|Tips and trends/);
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
  });

  it("leaves a signature's block, named so by its class, out: a forum post's app signature (trafilatura 0394)", () => {
    const signature = (names: string) =>
      `<div ${names}>Mit der kostenlosen <a href="https://forum.example.org/app">Forum App</a> von meinem HD7 aus geschrieben.</div>`;
    const body = bodyOf(
      `${p(0)}${p(1)}${signature('class="tapatalkSignatur"')}${p(2)}${signature('class="signature"')}${p(3)}`,
    );
    expect(body).not.toContain('aus geschrieben');
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
    // An id says nothing: an e-mail pasted into a post keeps its mail client's ids on lines of the text.
    const pasted = bodyOf(
      `${p(0)}${p(1)}${p(2)}<div id="m_3907ymail_android_signature">Because he was picking his nose.</div>${p(3)}`,
    );
    expect(pasted).toContain('Because he was picking his nose.');
  });

  it('leaves a donation appeal out of body and outline (trafilatura/0888-nachtkritik.de: its heading the only section)', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
      <h1>Harbour plan approved</h1>${p(0)}${p(1)}${p(2)}${p(3)}
      <div class="donate"><h2>We offer in-depth reporting</h2><p>It takes time and money. Support us with a gift.</p></div>
      </article></main></body></html>`;
    const outline = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(outline.outline).toEqual([]);
    expect(outline.body).not.toMatch(/in-depth|Support us/);
    for (const sentence of SENTENCES) expect(outline.body).toContain(sentence);
  });

  it('leaves out a line that is all a share call\'s link, but keeps a bare "link" or "Facebook" link', () => {
    const body = bodyOf(
      `${p(0)}${p(1)}<h5><a href="https://www.facebook.com/x/posts/1">Partager sur Facebook</a></h5><p><a href="https://twitter.com/intent/tweet">twittern</a></p>${p(2)}<p><a href="https://example.org/">link</a></p><p><a href="https://www.facebook.com/x">Facebook</a></p>${p(3)}`,
    );
    expect(body).not.toMatch(/Partager|twittern/);
    expect(body).toContain('link');
    expect(body).toContain('Facebook');
  });

  it('does not take words that merely contain a noise word ("candidate", "update") for noise', () => {
    const body = bodyOf(
      `${p(0)}<div class="candidate-list"><p>${SENTENCES[1]}</p></div><div class="updates"><p>${SENTENCES[2]}</p></div>${p(3)}`,
    );
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
  });

  it('drops an inline date but keeps the rest of its paragraph', () => {
    const body = bodyOf(
      `<p><time datetime="2019-11-19">Nov. 19, 2019</time></p>${p(0)}${p(1)}<p>${SENTENCES[2]} <span class="credit">Photo: AP</span></p>${p(3)}`,
    );
    expect(body).not.toContain('Nov. 19');
    expect(body).not.toContain('Photo: AP');
    expect(body).toContain(SENTENCES[2]);
  });

  it('leaves out a label with the value it labels, in the body and the reader (trafilatura 0458, 0432)', () => {
    const article = `<p><i>Tempo di lettura:&nbsp;</i> <span class="date">3 minuti</span> </p>${p(0)}${p(1)}
      <ul><li><a href="#info">Published: <time datetime="2017-01-30">30 January 2017</time></a></li></ul>${p(2)}
      <p><i>Pubblicato il:</i> <span class="date">30 Settembre 2020</span><br><i>Aggiornato:</i> <span class="date">1
      Ottobre 2020</span> dalla redazione</p>${p(3)}`;
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article class="story">${article}</article></main></body></html>`;
    const { result } = analyzeDocument(parseHTML(html).document as unknown as Document, { content: true });
    const body = result.body ?? '';
    for (const label of ['Tempo di lettura', 'Published', 'Pubblicato']) expect(body).not.toContain(label);
    expect(JSON.stringify(result.content)).not.toContain('Tempo di lettura');
    // A line that goes on after the value stays, its label with it.
    expect(body).toContain('Aggiornato: dalla redazione');
  });

  it('keeps a block named like noise when it holds a lot of text (a whole article in an oddly named box)', () => {
    const long = SENTENCES.concat(SENTENCES, SENTENCES)
      .map((s) => `<p>${s}</p>`)
      .join('');
    const body = bodyOf(`${p(0)}<div class="author-content">${long}</div>`);
    expect(body.split('\n\n').length).toBeGreaterThan(10);
  });

  it('keeps headings and list items inside a caption block in the outline', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>${p(0)}${p(1)}<figure><h3>How the quay will change</h3><ul><li>Housing on the eastern quay</li></ul></figure>${p(2)}${p(3)}</article></body></html>`;
    const result = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(JSON.stringify(result.outline)).toContain('How the quay will change');
    expect(JSON.stringify(result.outline)).toContain('Housing on the eastern quay');
    expect(result.body).not.toContain('How the quay will change');
  });

  it("leaves out an author box known by its shape: a byline's label, a name's heading, a bio (trafilatura 0039)", () => {
    // A guest's quoted text, the box about him at its end.
    const box = (label: string, name: string) =>
      `<blockquote>${p(2)}${p(3)}<div class="highlight"><div class="content"><div class="header">${label}</div>
      <h3>${name}</h3><p>ist Gründungspartner der Kanzlei in Berlin und schreibt über Bankrecht.</p></div></div></blockquote>`;
    const html = (label: string, name: string) =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article><h2>The plan</h2>${p(0)}
      <h2>The vote</h2>${p(1)}${box(label, name)}</article></body></html>`;
    const read = (label: string, name: string) =>
      analyzeDocument(parseHTML(html(label, name)).document as unknown as Document, { content: true }).result;
    const boxed = read('AUTOR', 'Dr. Thomas Schulte');
    expect(JSON.stringify(boxed.outline)).not.toContain('Thomas Schulte');
    expect(boxed.body).not.toContain('Gründungspartner');
    expect(JSON.stringify(boxed.content)).not.toContain('Thomas Schulte');
    expect(boxed.body?.split('\n\n')).toEqual(['The plan', SENTENCES[0], 'The vote', ...SENTENCES.slice(1)]);
    // A heading that is no name under the label ("Die Kanzlei"), or a name under a label that is none, is a section.
    for (const [label, name] of [
      ['AUTOR', 'Die Kanzlei in Berlin'],
      ['Kanzlei', 'Thomas Schulte'],
    ]) {
      const section = read(label!, name!);
      expect(JSON.stringify(section.outline)).toContain(name);
      expect(section.body).toContain('Gründungspartner');
    }
  });

  it('never takes a short WordPress post for furniture because of its "status-publish" class', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main>
      <div class="content">${p(0)}<article class="post-12 post type-post status-publish format-standard hentry">${p(1)}${p(2)}</article>${p(3)}</div>
      </main></body></html>`;
    const body = outlineDocument(parseHTML(html).document as unknown as Document).body ?? '';
    expect(body.split('\n\n')).toEqual(SENTENCES);
  });

  it("leaves the article's own <header> (headline, standfirst, byline) out of the body", () => {
    const body = bodyOf(
      `<header><h1>Harbour plan approved</h1><h3>The council ends a two-year debate over the quay.</h3></header>${p(0)}${p(1)}${p(2)}${p(3)}`,
    );
    expect(body.split('\n\n')).toEqual(SENTENCES);
  });

  it('judges candidates by tag, itemprop and class words', () => {
    const { document } = parseHTML(
      '<div class="x"><span class="post-date"></span><span class="validated"></span><span id="articleAuthor"></span><time></time><span class="captionlink"></span><span class="authority"></span><span itemprop="datePublished"></span></div>',
    );
    const verdicts = Array.from(document.querySelectorAll('span, time')).map((e) =>
      isBodyNoiseCandidate(e as unknown as Element, e.localName),
    );
    expect(verdicts).toEqual([true, false, true, true, true, false, true]);
  });
});
