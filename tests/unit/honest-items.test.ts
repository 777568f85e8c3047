/**
 * Honest bullets and headings (src/core/detect/honest-items.ts, furniture-text.ts): one test per
 * rule, on small pages written for them.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  isCallToAction,
  isCapitalsSignOff,
  isCreditLine,
  isDateOnly,
  isGalleryLabel,
  isShareLabel,
} from '../../src/core/detect/furniture-text';
import { isCaptionContext } from '../../src/core/detect/caption-names';
import { isFurnitureHeading, isListLabel, isShareList } from '../../src/core/detect/honest-items';
import { outlineDocument } from '../../src/core/index';
import type { OutlineSection } from '../../src/core/types';
import { p, SENTENCES } from './fixtures/prose';

function outlineOf(article: string): OutlineSection[] {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>${p(0)}${p(1)}${article}${p(2)}${p(3)}</article></main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document).outline;
}

function bulletsOf(sections: OutlineSection[]): string[] {
  return sections.flatMap((section) => [...section.bullets, ...bulletsOf(section.children)]);
}

function headingsOf(sections: OutlineSection[]): string[] {
  return sections.flatMap((section) => [...(section.level ? [section.text] : []), ...headingsOf(section.children)]);
}

const list = (...items: string[]): string => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
const element = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('a picture gallery inside a heading (broken markup)', () => {
  const picture = (n: number) =>
    `<div class="box"><a href="/big/${n}.jpg"><img src="/small/${n}.jpg"></a><p>The quay at dusk, picture ${n} <cite>Foto: Jane Doe</cite></p></div>`;

  it('gives its captions no place in the heading: the text outside the picture blocks is the heading', () => {
    const outline = outlineOf(
      `<h2><div class="gallery">${picture(1)}${picture(2)}</div><p>Who pays for the quay</p></h2>`,
    );
    expect(headingsOf(outline)).toEqual(['Who pays for the quay']);
  });

  it('keeps a heading with an icon, and one with nothing outside its picture block, as they read', () => {
    const outline = outlineOf(`<h2><img src="/icon.png"> Who pays for the quay</h2>${p(4)}<h2>${picture(3)}</h2>`);
    expect(headingsOf(outline)).toEqual(['Who pays for the quay', 'The quay at dusk, picture 3 Foto: Jane Doe']);
  });
});

describe('a pull quote set as a heading', () => {
  it('leaves out a heading that is one quoted sentence; a short quotation and a heading that quotes a part stay', () => {
    const outline = outlineOf(
      `<h2>Who pays for the quay</h2>${p(4)}<h3>“Nobody in this town asked for a quay, and nobody in this town will pay for one.”</h3>` +
        `${p(5)}<h2>“Yes, we can.”</h2>${p(6)}<h2>“Quay or no quay”: the vote in March</h2>${p(7)}`,
    );
    expect(headingsOf(outline)).toEqual([
      'Who pays for the quay',
      '“Yes, we can.”',
      '“Quay or no quay”: the vote in March',
    ]);
  });
});

describe('figure captions and caption-classed blocks', () => {
  it('are no bullets or headings: a figcaption', () => {
    const outline = outlineOf(
      `<figure><img src="a.jpg"><figcaption><h4>The quay at dusk</h4>${list('Eastern quay', 'Old customs house')}</figcaption></figure>${list('Housing on the quay')}`,
    );
    expect(bulletsOf(outline)).toEqual(['Housing on the quay']);
    expect(headingsOf(outline)).toEqual([]);
  });

  it('are no bullets: a block whose class names a caption, a gallery or a slideshow (also in camelCase)', () => {
    const outline =
      outlineOf(`<div class="photo-caption">${list('The quay at dusk')}</div><ul class="article-gallery">${'<li>Warehouse one</li><li>Warehouse two</li>'}</ul>
      <div class="heroSlideshow">${list('Slide of the harbour')}</div>${list('Housing on the quay')}`);
    expect(bulletsOf(outline)).toEqual(['Housing on the quay']);
  });

  it("not the article's own wrappers: a part's lone child, and its lone child on down, is the part (trafilatura 0811)", () => {
    // A page builder's section > container > column > wrap, the column classed with its background setting.
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <section class="page-section"><div class="container"><div class="column bg-gallery-type-default"><div class="wrap">
        <h1>Harbour plan approved</h1>${p(0)}<h2>1. The housing</h2>${p(1)}${p(2)}<h2>2. The library</h2>${p(3)}${p(0)}
      </div></div></div></section><footer><p>© The Harbour Times</p></footer></body></html>`;
    const outline = outlineDocument(parseHTML(html).document as unknown as Document).outline;
    expect(headingsOf(outline)).toEqual(['1. The housing', '2. The library']);
  });

  it('by whole class words only, and not when negated ("no_caption")', () => {
    expect(isCaptionContext(element('<div class="wp-caption">x</div>'), 'div')).toBe(true);
    expect(isCaptionContext(element('<div class="imageCredit">x</div>'), 'div')).toBe(true);
    expect(isCaptionContext(element('<div class="item_image no_caption">x</div>'), 'div')).toBe(false);
    expect(isCaptionContext(element('<div class="captionless-story">x</div>'), 'div')).toBe(false);
    expect(isCaptionContext(element('<article class="gallery">x</article>'), 'article')).toBe(false);
  });
});

describe('gallery and slideshow labels', () => {
  it('are no headings', () => {
    const outline = outlineOf(
      `<h2>Gallery: The new harbour | 14 Photos</h2>${list('Housing on the quay')}<h2>What happens next</h2>${p(1)}`,
    );
    expect(headingsOf(outline)).toEqual(['What happens next']);
    expect(isGalleryLabel('See all 23 images')).toBe(true);
    expect(isGalleryLabel('Fotostrecke: Der neue Hafen')).toBe(true);
    expect(isGalleryLabel('Gallery owners welcome the plan')).toBe(false);
  });

  it("include a video's label over its player, no section (trafilatura 0189 'En vidéo, …')", () => {
    const outline = outlineOf(`${p(0)}<h2>En vidéo, 4 aliments à privilégier pour mieux dormir</h2>
      <div><video src="/v.mp4" controls></video></div>${p(1)}<h2>Mastiquer</h2>${p(2)}`);
    expect(headingsOf(outline)).toEqual(['Mastiquer']);
    expect(isGalleryLabel('Video: How the quay was rebuilt')).toBe(true);
    expect(isGalleryLabel('Im Video - Der neue Hafen')).toBe(true);
    expect(isGalleryLabel('Video-Serie „Raising the Bar“')).toBe(false);
    expect(isGalleryLabel('Video is the ultimate engagement tool')).toBe(false);
  });
});

describe('a byline label alone', () => {
  it('is no heading ("Published by" over an author box); a heading that goes on after "by" stays', () => {
    const outline = outlineOf(
      `<h2>What happens next</h2>${p(1)}<h2>Published by</h2><h3>Ada Lane</h3><p>Ada writes about ports.</p>` +
        `<h2>Paid by the port</h2>${p(2)}`,
    );
    expect(headingsOf(outline)).not.toContain('Published by');
    expect(headingsOf(outline)).toContain('What happens next');
    expect(headingsOf(outline)).toContain('Paid by the port');
  });

  it('is no heading when it says "Autoren:" or "Author" (trafilatura 0744); "Autorenlesung im Hafen" stays', () => {
    for (const label of ['Autoren:', 'Author', 'Autor'])
      expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(1)}<h2>${label}</h2><p>Ada Lane</p>`))).toEqual([
        'What happens next',
      ]);
    expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(1)}<h2>Autorenlesung im Hafen</h2>${p(2)}`))).toContain(
      'Autorenlesung im Hafen',
    );
  });

  it('makes a list that opens with it a byline, no bullets (mopo.de\'s "Von" · "Simon Braasch" · date)', () => {
    const byline = `<ul><li><p>Von</p></li><li><a href="/a/1"><span>Ada Lane</span></a></li><li><time>19.10.19</time></li></ul>`;
    expect(bulletsOf(outlineOf(byline))).toEqual([]);
    // A list that names an author among its items, not as a label first, keeps them.
    expect(bulletsOf(outlineOf(list('Ada Lane', 'Von Kiel nach Hamburg')))).toEqual([
      'Ada Lane',
      'Von Kiel nach Hamburg',
    ]);
  });

  it('makes a list that opens with the label and a name a byline too ("von Alexander Rosenkranz" · date; trafilatura 0762)', () => {
    const byline = '<ul><li><span>von Alexander Rosenkranz</span></li><li><time>09.03.2022</time></li></ul>';
    expect(bulletsOf(outlineOf(byline))).toEqual([]);
    // A list that opens with a title after "By" keeps its items.
    expect(bulletsOf(outlineOf(list('By Train To The Old Harbour Town', 'By ferry')))).toHaveLength(2);
  });

  it('makes a list that opens with it and its value a byline, no bullets (trafilatura 0496 "Autor: …" · "Data: …")', () => {
    expect(bulletsOf(outlineOf(list('Autor: www.portalspozywczy.pl', 'Data: 28-04-2021, 09:29')))).toEqual([]);
    expect(bulletsOf(outlineOf(list('By: Ada Lane', 'Harbour desk')))).toEqual([]);
    // A point that goes on after its label into a sentence is the writer's.
    const point = 'Author: the council, which wrote the plan over two years with the residents of the eastern quay.';
    expect(bulletsOf(outlineOf(list(point, 'Housing on the quay')))).toEqual([point, 'Housing on the quay']);
  });
});

describe('photo credit lines', () => {
  it('are no bullets', () => {
    const outline = outlineOf(
      list('Photo: Jane Doe/Reuters', 'Housing on the quay', '(AP Photo/John Smith)', 'Foto: dpa'),
    );
    expect(bulletsOf(outline)).toEqual(['Housing on the quay']);
  });

  it('need a credit label and a separator, or an agency written as a credit', () => {
    expect(isCreditLine('Image credit – City of Harbourtown')).toBe(true);
    expect(isCreditLine('Jane Doe/Getty Images')).toBe(true);
    expect(isCreditLine('Picture-in-Picture')).toBe(false);
    expect(isCreditLine('Photography tips for the harbour at night')).toBe(false);
    expect(isCreditLine('Reuters and AP both reported the vote')).toBe(false);
  });

  it("joined by a slash to a section's name or another label name two sections, no credit (trafilatura 0436)", () => {
    expect(isFurnitureHeading('Credits / Resources')).toBe(false);
    expect(isCreditLine('Photos | Video')).toBe(false);
    // A maker after the slash is still a credit.
    expect(isCreditLine('Foto / Jane Doe')).toBe(true);
    expect(isCreditLine('Credits: Resources Weekly')).toBe(true);
  });

  it("may number the picture between the label and its colon, a heading no section (trafilatura 0228's h6 credits)", () => {
    const credit = 'Bild2: ©Geert Pieters bestimmte Rechte vorbehalten. Quelle: Unsplash';
    expect(isCreditLine(credit)).toBe(true);
    expect(isCreditLine('Foto 3: dpa')).toBe(true);
    expect(isFurnitureHeading(credit)).toBe(true);
    // A number that is the line's own words is no picture's number.
    expect(isCreditLine('Bild 2020 war ein gutes Jahr für den Hafen')).toBe(false);
    expect(isCreditLine('Photo 2 of the harbour at dawn')).toBe(false);
  });

  it("in French word order, the credit first ('Crédit photo : …'), are no body text (trafilatura 0190, 0267)", () => {
    expect(isCreditLine('Crédits photos : Bestimage')).toBe(true);
    expect(isCreditLine('Crédit photo : Jane Doe / Harbour Times')).toBe(true);
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>
      <h1>Harbour plan approved</h1>${p(0)}${p(1)}${p(2)}<p>Jane Doe</p><p>Crédit photo : JD / Harbour Times</p></article></body></html>`;
    expect(outlineDocument(parseHTML(html).document as unknown as Document).body).not.toContain('Crédit photo');
  });

  it("include a short caption that ends with its © credit, which is no body text (trafilatura 0669's captions)", () => {
    const caption = 'Jane Doe, harbour master. © AFP / JOHN SMITH';
    expect(isCreditLine(caption)).toBe(true);
    expect(isCreditLine('12/28 photos © Shutterstock')).toBe(true);
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>
      <h1>Harbour plan approved</h1>${p(0)}<p class="imagedescription">${caption}</p>${p(1)}${p(2)}</article></body></html>`;
    expect(outlineDocument(parseHTML(html).document as unknown as Document).body).not.toContain('harbour master');
    // A sentence that only names the sign early on, or a long line, is text.
    expect(isCreditLine('The © sign was added to the harbour logo in 1998, the council said on Monday.')).toBe(false);
    expect(
      isCreditLine(
        `${p(0)
          .replace(/<[^>]+>/g, '')
          .slice(0, 130)} © AFP`,
      ),
    ).toBe(false);
  });

  it('are read without the marks they open and close with', () => {
    expect(isCreditLine('— (Photo: Jane Doe) ')).toBe(true);
    expect(isCreditLine('\u00A0• Foto: dpa.\u3000')).toBe(true);
    // A zero-width space is no white space: the line does not start with the label then.
    expect(isCreditLine('\u200BFoto: dpa')).toBe(false);
  });
});

describe('date-only items', () => {
  it('are no bullets or headings', () => {
    const outline = outlineOf(
      `<h3>March 3, 2021</h3>${list('Sept. 25, 2018', 'Housing on the quay', '03.03.2021 14:00')}`,
    );
    expect(bulletsOf(outline)).toEqual(['Housing on the quay']);
    expect(headingsOf(outline)).toEqual([]);
  });

  it('are a date and nothing more, in several languages', () => {
    expect(isDateOnly('Updated: Tuesday 5 May 2020 10:32 BST')).toBe(true);
    expect(isDateOnly('Mis à jour le 3 mars 2021 à 10h')).toBe(true);
    expect(isDateOnly('Aktualisiert am 3. März 2021')).toBe(true);
    // The article's "as of" stamp, said in full.
    expect(isDateOnly('Stand des Artikels: 26. Februar 2020, 12:30 Uhr.')).toBe(true);
    // A date field's label before its date (trafilatura 0607, 0496: both were bullets).
    expect(isDateOnly('Date 23.05.2011')).toBe(true);
    expect(isDateOnly('Data: 28-04-2021, 09:29')).toBe(true);
    expect(isDateOnly('Date of the vote: 2021')).toBe(false);
    expect(isDateOnly('3 of 5 warehouses')).toBe(false);
    expect(isDateOnly('"Le 15 Mai" (song)')).toBe(false);
    expect(isDateOnly('May 2021: the council votes')).toBe(false);
    // A dateline: the place in a few capitalised words, closed by a comma, then the date (trafilatura 0959).
    expect(isDateOnly('Managua, Nicaragua 26, Abril, 2022 7:43 p.m.', undefined, true)).toBe(true);
    expect(isDateOnly('New York, March 3, 2021', undefined, true)).toBe(true);
    // A byline's name before its date is no place (the byline keeps the name).
    expect(isDateOnly('Janic Cathomen, 01.12.2021')).toBe(false);
    // Without the comma, or with a word in lower case, the names are a sentence's, not a place.
    expect(isDateOnly('Windows 11 March update', undefined, true)).toBe(false);
    expect(isDateOnly('Paris rose 3 % in March 2021', undefined, true)).toBe(false);
    expect(isDateOnly('Barcelona, 2 Madrid 1', undefined, true)).toBe(false);
  });

  it("know every language's month names the dates are read with (one list): Polish, Czech, Swedish too", () => {
    expect(isDateOnly('Opublikowano: 7 kwietnia 2021')).toBe(true);
    expect(isDateOnly('Publikováno 7. září 2021')).toBe(true);
    expect(isDateOnly('Publicerad 5 augusti 2021')).toBe(true);
    expect(isDateOnly('Sept. 25, 2018')).toBe(true);
    // A month's name makes no other word a date's.
    expect(isDateOnly('Kwietnia 2021 rok wyborczy')).toBe(false);
    const outline = outlineOf(list('7 kwietnia 2021', 'Housing on the quay', '12. června 2020 14:00'));
    expect(bulletsOf(outline)).toEqual(['Housing on the quay']);
  });

  it('know the weekday names of those languages too: a weekday before the date, as in German and French', () => {
    const dated = [
      'Montag, 3. März 2025',
      'lundi 3 mars 2025',
      'poniedziałek, 3 marca 2025',
      'Środa, 5 marca 2025',
      'pondělí 3. března 2025',
      'måndag 3 mars 2025',
    ];
    for (const line of dated) expect(isDateOnly(line), line).toBe(true);
    // A weekday's name makes no other word a date's.
    expect(isDateOnly('Niedziela 2025 wyborcza')).toBe(false);
    const outline = outlineOf(list('poniedziałek, 3 marca 2025', 'Housing on the quay', 'fredag 7 mars 2025 10:32'));
    expect(bulletsOf(outline)).toEqual(['Housing on the quay']);
  });
});

describe("a record's number", () => {
  it('is no heading ("89/2022" over a press release, trafilatura 0742); a year or a span of years stays', () => {
    const outline = outlineOf(
      `<h2>89/2022</h2>${p(4)}<h2>2016</h2>${p(5)}<h2>2014-2016</h2>${p(6)}<h2>Nr. 4/2021</h2>`,
    );
    expect(headingsOf(outline)).toEqual(['2016', '2014-2016', 'Nr. 4/2021']);
  });
});

describe('share and follow lists', () => {
  it('are no bullets', () => {
    const outline = outlineOf(
      `${list('Facebook', 'Twitter', 'Email', 'Copy link')}${list('Share on X', 'Follow us on Instagram', 'Print')}${list('Housing on the quay')}`,
    );
    expect(bulletsOf(outline)).toEqual(['Housing on the quay']);
  });

  it('are lists mostly made of share labels: one network named among other items stays', () => {
    expect(isShareList(['Google', 'Facebook', 'Amazon', 'Microsoft', 'Apple'])).toBe(false);
    expect(isShareList(['Facebook'])).toBe(false);
    expect(isShareLabel('Share on WhatsApp')).toBe(true);
    expect(isShareLabel('Share prices fell on Tuesday')).toBe(false);
  });
});

describe('sign-offs', () => {
  it("an author's one-line sign-off in capitals at the end is no heading", () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
      ${p(0)}${p(1)}${p(2)}${p(3)}<h4>JANE DOE</h4></article></main></body></html>`;
    const outline = outlineDocument(parseHTML(html).document as unknown as Document).outline;
    expect(headingsOf(outline)).toEqual([]);
    expect(isCapitalsSignOff('— JANE DOE, HARBOURTOWN')).toBe(true);
  });

  it('a heading in capitals with text after it stays', () => {
    const outline = outlineOf(`<h2>WHAT HAPPENS NEXT</h2>${p(1)}`);
    expect(headingsOf(outline)).toEqual(['WHAT HAPPENS NEXT']);
  });
});

describe('calls to action', () => {
  it("are no bullets when a button's few words (trafilatura 0406's 'Leave a comment'); a how-to step stays", () => {
    expect(bulletsOf(outlineOf(list('Shared on the harbour blog', 'Leave a comment')))).toEqual([
      'Shared on the harbour blog',
    ]);
    const steps = list('Sign up for a harbour account at the council office', 'Pay the mooring fee online');
    expect(bulletsOf(outlineOf(steps))).toEqual([
      'Sign up for a harbour account at the council office',
      'Pay the mooring fee online',
    ]);
  });

  it('are no headings', () => {
    const outline = outlineOf(`<h3>Sign up for the harbour newsletter</h3>${p(1)}<h2>What happens next</h2>${p(2)}`);
    expect(headingsOf(outline)).toEqual(['What happens next']);
    expect(isCallToAction('Click here to read the plan')).toBe(true);
    expect(isCallToAction('The council clicked with the voters')).toBe(false);
  });

  it('include a follow prompt addressed to many in German ("Folgt uns auf …": trafilatura 0641, a heading)', () => {
    expect(isCallToAction('Folgt uns auf unserem neuen Instagram-Account instagram.com/magazin')).toBe(true);
    expect(isCallToAction('Folgt man der Studie, sinken die Preise.')).toBe(false);
  });

  it('read an apostrophe however it is written ("Don’t miss", "Editor‘s note": read/text.ts foldApostrophes)', () => {
    for (const line of [
      "Don't miss our harbour newsletter",
      'Don’t miss our harbour newsletter',
      'Editor‘s note: updated',
    ])
      expect(isCallToAction(line), line).toBe(true);
  });

  it('include the polite German "Read more" over other stories (trafilatura 0527, a bold line), not a sentence', () => {
    expect(isCallToAction('Lesen Sie mehr')).toBe(true);
    expect(isCallToAction('Mehr lesen Sie im Bericht der Kommission.')).toBe(false);
  });

  it("are no bold-line headings when they give a web address, a source's credit (zyte cc03ddb5)", () => {
    const outline = outlineOf(`<p><b>What happens next</b></p>${p(1)}<p><b>AS - www.autoracing.com.br</b></p>`);
    expect(headingsOf(outline)).toEqual(['What happens next']);
  });

  it('include donation prompts ("Faire un don :"), but not a sentence about donations', () => {
    expect(isCallToAction('Faire un don :')).toBe(true);
    expect(isCallToAction('Donate now to keep us independent')).toBe(true);
    expect(isCallToAction('Jetzt spenden')).toBe(true);
    expect(isCallToAction('Donated funds paid for the new harbour wall.')).toBe(false);
  });

  it('include a call after a tip\'s short label (zyte 5f03fc17: "Pro tip: Learn more about …" was a key point)', () => {
    expect(isCallToAction('Pro tip: Learn more about how the harbour pass can help you save on mooring.')).toBe(true);
    expect(isCallToAction('Unser Tipp: Mehr erfahren Sie im Hafenbüro.')).toBe(true);
    expect(isCallToAction('Learn more about the plan at the council office.')).toBe(true);
    // A longer label is a sentence's opening; a sentence about learning is the story's.
    expect(isCallToAction('What the council wants everyone to know: Learn more by visiting.')).toBe(false);
    expect(isCallToAction('Pupils learn more about the harbour in school.')).toBe(false);
  });

  it("include a post's filing line (trafilatura 0347: it was a key point), not a sentence about filing", () => {
    expect(isCallToAction('Abgelegt unter: Lesenswert, Literatur | Tags: iPad, Vook Kommentare deaktiviert')).toBe(
      true,
    );
    expect(isCallToAction('Tags: harbour, council')).toBe(true);
    expect(isCallToAction('Filed under seal, the papers stayed out of the council’s hands.')).toBe(false);
    // Of any length, its colon spaced as in French (trafilatura 0021: a 325-character tag line was a key point);
    // a long line that only opens like a call to action is the article's.
    const tags = Array.from({ length: 30 }, (_, i) => `Schlagwort ${i}`).join(', ');
    expect(isCallToAction(`Schlagwörter : ${tags}`)).toBe(true);
    expect(isCallToAction(`Share this with care: ${tags}.`)).toBe(false);
    expect(isCallToAction(`Council: ${tags}, and the council's newsletter.`)).toBe(false);
  });

  it('include a download button\'s label, in the infinitive too (trafilatura 0386: "Télécharger" was a heading)', () => {
    expect(isCallToAction('Télécharger')).toBe(true);
    expect(isCallToAction('Téléchargez l’application')).toBe(true);
    expect(isCallToAction('Les téléchargements illégaux ont baissé en 2019.')).toBe(false);
    // So is a share button's, in the infinitive ("Partager sur Instagram" was a heading there too).
    expect(isCallToAction('Partager sur Instagram')).toBe(true);
    expect(isCallToAction('Le partage des tâches reste inégal.')).toBe(false);
    // The noun and the verb with another object are headings of a how-to, not buttons.
    expect(isCallToAction('Téléchargement et installation')).toBe(false);
    expect(isCallToAction('Partager les tâches ménagères')).toBe(false);
  });

  it("include a post's notice of affiliate links or of a paid post (zyte 0e014df6: both were key points)", () => {
    expect(isCallToAction('This post may contain affiliate and/or referral links.')).toBe(true);
    expect(isCallToAction('This shop has been compensated by #CollectiveBias, Inc. and its advertiser.')).toBe(true);
    expect(isCallToAction('The shop has been compensated by the council for the harbour works.')).toBe(false);
    expect(isCallToAction('Affiliate links paid for half of the blog’s costs last year.')).toBe(false);
  });

  it("include a post's category line, which is no section (trafilatura 0989: 'Category: Blog Popular')", () => {
    expect(headingsOf(outlineOf(`<h2>The vote</h2>${p(2)}<h2>Category: <a href="/c/news">News</a></h2>`))).toEqual([
      'The vote',
    ]);
    expect(isCallToAction('Category 4 storms reached the coast twice this year.')).toBe(false);
  });
});

describe('separate lists stay separate', () => {
  it('two lists each under its short label become two sections (Pros / Cons)', () => {
    const outline = outlineOf(
      `<h2>Verdict</h2>${p(1)}<p>Pros</p>${list('Bright screen', 'Long battery')}<p><strong>Cons:</strong></p>${list('Heavy', 'Pricey')}`,
    );
    const verdict = outline.find((section) => section.text === 'Verdict')!;
    expect(verdict.children.map((child) => [child.text, child.bullets])).toEqual([
      ['Pros', ['Bright screen', 'Long battery']],
      ['Cons', ['Heavy', 'Pricey']],
    ]);
    expect(verdict.children.every((child) => child.level === verdict.level + 1)).toBe(true);
  });

  it('labels lists at the top level too, and a later real heading closes the label', () => {
    const outline = outlineOf(
      `<p>Pros</p>${list('Bright screen')}<p>Cons</p>${list('Heavy')}<h2>What happens next</h2>${list('A vote')}`,
    );
    expect(outline.map((section) => [section.level, section.text, section.bullets])).toEqual([
      [2, 'Pros', ['Bright screen']],
      [2, 'Cons', ['Heavy']],
      [2, 'What happens next', ['A vote']],
    ]);
  });

  it('a lead-in sentence, a long line, or a list with no items is no label', () => {
    expect(isListLabel('Possible values are:')).toBe(false);
    expect(isListLabel('Let us see what we found here')).toBe(false);
    expect(isListLabel('The council agreed on the following points.')).toBe(false);
    expect(isListLabel('What you will need:')).toBe(true);
    // A "Label: value" line, the last of a meeting's header (talent.ch 0214), names no list.
    expect(isListLabel('Protokoll: Johannes Mahler')).toBe(false);
    const header = '<p><b>Ort:</b> Zürich<br><b>Protokoll:</b> Johannes Mahler</p>';
    expect(headingsOf(outlineOf(`${header}${list('Statuten')}`))).toEqual([]);
    const outline = outlineOf(`<p>Jane wrote:</p><ul><i>An indented quotation, no list.</i></ul>`);
    expect(headingsOf(outline)).toEqual([]);
  });
});

describe('a kicker above the title', () => {
  const articleWithTitle = (beforeTitle: string): OutlineSection[] => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
      ${beforeTitle}<h1>Harbour plan approved</h1>${p(0)}${p(1)}<h2>What happens next</h2>${p(2)}${p(3)}
      </article></main></body></html>`;
    return outlineDocument(parseHTML(html).document as unknown as Document).outline;
  };

  it('is no section: the short heading right before the title heading', () => {
    expect(headingsOf(articleWithTitle('<h4 class="category">Environment</h4>'))).toEqual(['What happens next']);
  });

  it("is no body text as a heading either (chemietechnik 0738's 'Sicherheit & Umwelt' opened the reader)", () => {
    const bodyWith = (beforeTitle: string): string => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
        ${beforeTitle}<h1>Harbour plan approved</h1>${p(0)}${p(1)}<h2>What happens next</h2>${p(2)}${p(3)}
        </article></main></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document).body;
    };
    expect(bodyWith('<h3 class="category">Safety &amp; Environment</h3>').startsWith(SENTENCES[0]!)).toBe(true);
    // A section heading before the title, text between them, stays the text's.
    expect(bodyWith(`<h3>Environment</h3>${p(3)}`).startsWith('Environment')).toBe(true);
  });

  it('stays a section when text comes between it and the title, or when it is more than a label', () => {
    expect(headingsOf(articleWithTitle(`<h3>Environment</h3>${p(3)}`))).toEqual(['Environment', 'What happens next']);
    expect(headingsOf(articleWithTitle('<h3>How the council voted on the harbour plan this week</h3>'))).toEqual([
      'How the council voted on the harbour plan this week',
      'What happens next',
    ]);
  });

  it("is no section however long when the page's title opens with it (taz.de's 'Siemens und die Kohlemine Adani')", () => {
    const kicker = 'The harbour and the city council';
    const withTitle = (title: string): string[] => {
      const html = `<!DOCTYPE html><html><head><meta property="og:title" content="${title}"></head><body><main><article>
        <h4>${kicker}</h4><h1>Harbour plan approved</h1>${p(0)}${p(1)}<h2>What happens next</h2>${p(2)}${p(3)}
        </article></main></body></html>`;
      return headingsOf(outlineDocument(parseHTML(html).document as unknown as Document).outline);
    };
    expect(withTitle(`${kicker}: Harbour plan approved`)).toEqual(['What happens next']);
    // A title that does not open with it, or opens with it only inside a word, keeps the heading a section.
    expect(withTitle('Harbour plan approved')).toEqual([kicker, 'What happens next']);
    expect(withTitle(`${kicker}s: Harbour plan approved`)).toEqual([kicker, 'What happens next']);
  });

  it("is no body text: a short line of no sentence right before the title heading (exxpress.at's 'Politik')", () => {
    const bodyWith = (beforeTitle: string): string => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
        <div class="tag"><span>${beforeTitle}</span></div><h1>Harbour plan approved</h1>${p(0)}${p(1)}${p(2)}
        </article></main></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document).body;
    };
    expect(bodyWith('Politik').startsWith(p(0).replace(/<[^>]+>/g, ''))).toBe(true);
    expect(bodyWith('Politik')).not.toContain('Politik');
    // A sentence there, or a longer line, is the article's own text.
    expect(bodyWith('The council met on Monday.')).toContain('The council met on Monday.');
    expect(bodyWith('How the council voted this week')).toContain('How the council voted this week');
  });

  it("is no body text as loose text in the headline's box, after a date (leichtathletik 0686, agrarheute 0760)", () => {
    const bodyWith = (beforeTitle: string): string => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
        <div class="content">${beforeTitle}<h1>Harbour plan approved</h1>${p(0)}${p(1)}${p(2)}</div>
        </article></main></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document).body;
    };
    // The date is left out of the body, and the kicker after it with its separator ("| Breuninger-Meeting").
    for (const kicker of ['<time datetime="2022-02-01">01.02.2022</time> | Harbour-Meeting', '<span>Harbour</span>'])
      expect(bodyWith(kicker).startsWith(p(0).replace(/<[^>]+>/g, '')), kicker).toBe(true);
    expect(bodyWith('The council met on Monday.')).toContain('The council met on Monday.');
  });

  it("is no body text with a section's name over it, when they are the text's first lines (kulturkaufhaus 0944)", () => {
    const bodyWith = (beforeTitle: string): string => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
        <div class="topic">${beforeTitle}</div><h1>Harbour plan approved</h1>${p(0)}${p(1)}${p(2)}
        </article></main></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document).body;
    };
    const start = p(0).replace(/<[^>]+>/g, '');
    expect(bodyWith('<div><span>Blog</span></div><div><span>DIY: The harbour</span></div>').startsWith(start)).toBe(
      true,
    );
    // A sentence before them is the text's own, and the line right before it stays (one kicker is read).
    const sentence = 'The council met on Monday.';
    expect(bodyWith(`<p>${sentence}</p><div>Blog</div><div>DIY: The harbour</div>`).split('\n\n')[0]).toBe(sentence);
    expect(bodyWith(`<p>${sentence}</p><div>Blog</div><div>DIY: The harbour</div>`)).toContain('Blog');
  });

  it("is no body text with the page's date, a line dropped, between it and the title (zvei 0742)", () => {
    const bodyWith = (between: string): string => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main>
        <div class="label">Press</div><header><div><p>${between}</p></div><h1>Harbour plan approved</h1></header>
        ${p(0)}${p(1)}${p(2)}</main></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document).body;
    };
    expect(bodyWith('02.12.2022').startsWith(p(0).replace(/<[^>]+>/g, ''))).toBe(true);
    // A line kept between them (a sentence of the text's) leaves the line before it where it was.
    expect(bodyWith('The council met on Monday.').startsWith('Press')).toBe(true);
  });

  it("is no body text: a breadcrumb trail to the headline before it, in a part of its own (gruen-digital.de's)", () => {
    const title = 'Harbour plan approved after more than two years of debate in the city council';
    const html = `<!DOCTYPE html><html><head><title>${title}</title></head><body><div id="content">
      <p class="trail"><a href="/">Home</a> &gt; <a href="/blog/">Blog</a> &gt; ${title}</p>
      <div class="headline"><h1>${title}</h1></div><div class="entry">${p(0)}${p(1)}${p(2)}${p(3)}</div>
      </div></body></html>`;
    const body = outlineDocument(parseHTML(html).document as unknown as Document).body;
    expect(body).not.toContain('Blog');
    expect(body.startsWith(p(0).replace(/<[^>]+>/g, ''))).toBe(true);
  });
});

describe('a separator written as a heading', () => {
  it('is no section: a heading of no letter or digit ("*", "* * *", a rule of underscores)', () => {
    for (const separator of ['*', '* * *', '______________'])
      expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(2)}<h3>${separator}</h3>${p(3)}`))).toEqual([
        'What happens next',
      ]);
    expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(2)}<h3>2030</h3>${p(3)}`))).toEqual([
      'What happens next',
      '2030',
    ]);
  });
});

describe('a counter written as a heading', () => {
  it('is no section: a label and a number ("Post Views: 111"); a label with words after it stays one', () => {
    expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(2)}<h3>Post Views: 111</h3>${p(3)}`))).toEqual([
      'What happens next',
    ]);
    expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(2)}<h3>Step 2: 40 new berths</h3>${p(3)}`))).toEqual([
      'What happens next',
      'Step 2: 40 new berths',
    ]);
    // A verse is a heading: the part before the colon is no label of words alone.
    expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(2)}<h2>John 3:16</h2>${p(3)}`))).toEqual([
      'What happens next',
      'John 3:16',
    ]);
  });
});

describe("a press office's contact label", () => {
  it('is no section ("Pressekontakt:" over the office\'s address)', () => {
    const contact = '<h2>Pressekontakt:</h2><p>Pressestelle, Tel.: 0228-999582-5777, E-Mail: presse@example.org</p>';
    expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(2)}${contact}`))).toEqual(['What happens next']);
  });
});

describe("the editors' tip", () => {
  it('is no section ("Redaktionstipp" over a link to another article)', () => {
    const tip =
      '<h2>Redaktionstipp</h2><p><a href="/die-suche-im-webshop/">Lesen Sie hier einen weiteren Beitrag …</a></p>';
    expect(headingsOf(outlineOf(`<h2>What happens next</h2>${p(2)}${tip}`))).toEqual(['What happens next']);
  });
});

describe('a bold line that is a link to another page of the site', () => {
  it("is a teaser's headline, no section; a bold line with a link inside it or to another site stays one", () => {
    const teasers = '<p><strong><a href="/more/riddles">Riddles for the whole family</a></strong></p>';
    expect(headingsOf(outlineOf(`<p><strong>What happens next</strong></p>${p(2)}${teasers}${p(3)}`))).toEqual([
      'What happens next',
    ]);
    expect(
      headingsOf(outlineOf(`<p><strong>What the <a href="/council">council</a> decided</strong></p>${p(2)}`)),
    ).toEqual(['What the council decided']);
    expect(
      headingsOf(outlineOf(`<p><strong><a href="https://example.org/report">The full report</a></strong></p>${p(2)}`)),
    ).toEqual(['The full report']);
  });
});

describe('a paragraph the next one repeats', () => {
  const bodyOf = (article: string): string => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>${article}${p(1)}${p(2)}${p(3)}</article></main></body></html>`;
    return outlineDocument(parseHTML(html).document as unknown as Document).body;
  };
  const lead =
    'Under the title "Harbour 2030 - What the quay becomes" the city council invites everyone on Saturday, 31 January, from 10 to 5 in the town hall';

  it("is read once, the article's own (gruen-digital.de's excerpt above its lead, other quotes and dashes)", () => {
    const own = `${lead.replace(/"/g, '“').replace(' - ', ' – ')}, with a talk by the mayor.`;
    const body = bodyOf(`<p class="excerpt">${lead}.</p><p>${own}</p>`);
    expect(body.split('\n\n')[0]).toBe(own);
    expect(body).not.toContain(`${lead}.`);
  });

  it('stays when the two part before the first hundred letters', () => {
    const other = lead.replace('Saturday', 'Sunday');
    expect(bodyOf(`<p>${lead}.</p><p>${other}.</p>`)).toContain(`${lead}.\n\n${other}.`);
  });
});

describe('bold lines that open their paragraphs', () => {
  const says = (n: number) => `The mayor spoke at length about it, as he did ${n + 1} times that evening.`;
  const opening = (name: string, n: number) => `<p><strong>${name}</strong><br>${says(n)}</p>`;
  const names = ['The owl in Switzerland', 'Nesting in the orchard', 'Farming and planning'];

  it('name its sections when it has two or more and no real headings (trafilatura 0561)', () => {
    expect(headingsOf(outlineOf(names.map(opening).join('')))).toEqual(names);
  });

  it('stay the label of their paragraph when alone, or when they are a sentence or a "Label: value" line', () => {
    expect(headingsOf(outlineOf(opening(names[0]!, 0)))).toEqual([]);
    const lines = ['Kontakt: Rathaus', 'The hall was full.', names[1]!];
    expect(headingsOf(outlineOf(lines.map(opening).join('')))).toEqual([]);
  });

  it("name sections when they end on an abbreviation's stop or are numbered points (trafilatura 0561, 0251)", () => {
    const stopped = ['Owls and Co.', 'Walls, hedges, meadows, z. B.', '1. Joy and ease.', '2) Results.'];
    expect(headingsOf(outlineOf(stopped.map(opening).join('')))).toEqual(stopped);
    const sentences = [
      'The hall was full.',
      'It was built by Acme Inc. for the city.',
      '3. It rained. Then it cleared.',
    ];
    expect(headingsOf(outlineOf([...sentences, names[1]!].map(opening).join('')))).toEqual([]);
  });

  it('name its sections when the line break closes the bold run itself (trafilatura 0562)', () => {
    const inside = (name: string, n: number) => `<p><strong>${name}<br></strong>${says(n)}</p>`;
    expect(headingsOf(outlineOf(names.map(inside).join('')))).toEqual(names);
  });

  it("leave a section's list of parts, that the lines name again, under its heading (readability dropbox-blog)", () => {
    const parts = ['Frontend', 'Task Store', 'Queue', 'Executor'];
    const told = parts.map((part, n) => `<p><b>${part}<br></b>${says(n)}</p>`).join('');
    const page = `<h2>Features</h2><p>${says(6)}</p><h2>Architecture</h2><p>${says(7)}</p>${list(...parts)}${told}<h2>Data model</h2>`;
    const sections = outlineOf(page);
    expect(headingsOf(sections)).toEqual(['Features', 'Architecture', 'Data model']);
    expect(bulletsOf(sections)).toEqual(parts);
  });

  it("are no bold paragraphs of a link alone (the site's other stories, trafilatura 0513)", () => {
    const links = names.map((name, n) => `<p><strong><a href="/story-${n}">${name}</a></strong></p>`);
    expect(headingsOf(outlineOf(`${opening('The housing', 0)}${links.join('')}`))).toEqual([]);
  });
});

describe("an interview's bold questions", () => {
  const answer = (n: number) =>
    `The mayor answered at length, as he did ${n + 1} times that evening, and the hall listened.`;
  const ask = (question: string, n: number) => `<p><strong>${question}</strong></p><p>${answer(n)}</p>`;
  const questions = ['Wann angeln Sie am liebsten?', 'Und mit wem?', 'Was war Ihr schönster Fang, und wo war das?'];

  it('are its sections when the article asks three or more (an interview, an FAQ)', () => {
    expect(headingsOf(outlineOf(questions.map((question, n) => ask(question, n)).join('')))).toEqual(questions);
  });

  it('stay emphasis when there are fewer (a bold question in a story)', () => {
    expect(
      headingsOf(
        outlineOf(
          questions
            .slice(0, 2)
            .map((question, n) => ask(question, n))
            .join(''),
        ),
      ),
    ).toEqual([]);
  });

  it('open the paragraphs of their answers on a line of their own (Latin and Arabic question marks)', () => {
    const inline = (question: string, n: number) => `<p><strong>${question}</strong><br>${answer(n)}</p>`;
    const arabic = ['كيف يمكن تقييم حصيلة ثلاثة عقود؟', 'وماذا عن المستقبل؟', 'وهل الجنوب في وضع أفضل؟'];
    expect(headingsOf(outlineOf(questions.map((question, n) => inline(question, n)).join('')))).toEqual(questions);
    // The mark a site sets before each question is no part of the section's name.
    expect(headingsOf(outlineOf(arabic.map((question, n) => inline(`*${question}`, n)).join('')))).toEqual(arabic);
    // A bold question that the answer follows on the same line is the line's opening, no heading of its own.
    const runOn = (question: string, n: number) => `<p><strong>${question}</strong> ${answer(n)}</p>`;
    expect(headingsOf(outlineOf(questions.map((question, n) => runOn(question, n)).join('')))).toEqual([]);
  });

  it('are questions: a bold sentence or a label with a colon among them is still no heading', () => {
    const lines = ['Das war ein guter Tag.', 'Frage: Und mit wem?', ...questions];
    expect(headingsOf(outlineOf(lines.map((line, n) => ask(line, n)).join('')))).toEqual(questions);
  });
});
