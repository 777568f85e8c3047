/**
 * The site's own lines after the article's last paragraph (a call to subscribe, to get the app, to follow its
 * channel, its comment rules) are no body text (src/core/detect/site-appeals.ts); a story's last lines that name an
 * app, a newsletter or a donation stay, and so does a page that is all appeal.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { outlineDocument } from '../../src/core';
import { isSiteAppeal } from '../../src/core/detect/site-appeals';
import { bodyLinesOf, p, SENTENCES } from './fixtures/prose';

describe('site appeals at the end of the body', () => {
  it("leaves the site's closing calls out of the body (nationnews, trafilatura 0966)", () => {
    expect(
      bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}
      <p><a href="/subscribe">Subscribe now to our eNATION edition for the full story.</a></p>
      <p>For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.</p>`),
    ).toEqual(SENTENCES);
  });

  it('leaves a closing call (rt, zyte 4a44ab3e) and a player label out after the text, not a note', () => {
    for (const call of [
      'Like this story? Share it with a friend!',
      'Join our Space Forums to keep talking space on the latest missions, night sky and more!',
      'Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.',
    ])
      expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p><strong><em>${call}</em></strong></p>`), call).toEqual(
        SENTENCES,
      );
    // A video player's label and its length after the text (cnet-svg-classes, readability).
    const player =
      '<div>Reproduciendo: Mira esto: Google Assistant mejora, hay más cambios en Twitter y...</div><div>8:09</div>';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<div>${player}</div>`)).toEqual(SENTENCES);
    // A note about the article is its own line at the end (the references keep a credit and a republishing note).
    for (const note of [
      '(Reporting by Will Dunham; Editing by Tom Brown)',
      'This article was reprinted on Wired.com.',
      '© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten.',
    ])
      expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>${note}</p>`).at(-1), note).toBe(note);
  });

  it('leaves a closing "click here" line out in other languages too (minuto30, trafilatura 0838), not a sentence', () => {
    for (const call of [
      'Para leer sobre otros hechos en el puerto, clic <a href="/puerto">AQUÍ</a>.',
      'Pour lire les autres nouvelles du port, cliquez ici.',
      'Per le altre notizie del porto clicca qui.',
      'Für weitere Nachrichten aus dem Hafen klicken Sie hier.',
    ])
      expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>${call}</p>`), call).toEqual(SENTENCES);
    // A story's last sentence that only holds the words "aquí" and "clic" apart stays.
    const last = 'El clic de la cámara sonó aquí, junto al muelle nuevo.';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>${last}</p>`).at(-1)).toBe(last);
  });

  it("leaves a blog post's closing meta line naming its comments and trackbacks or feed out (trafilatura 0140, 0149)", () => {
    const more =
      'The harbour master welcomed the decision and said the first ships could dock at the new quay next summer.';
    const text = `${p(0)}${p(1)}${p(2)}${p(3)}<p>${more}</p>`;
    for (const meta of [
      'This entry was posted in Harbour News and tagged Quay, Council. Bookmark the permalink. Both comments and ' +
        'trackbacks are currently closed.',
      // Longer than a call's line (site-appeals.ts APPEAL_MAX_CHARS): the date, categories and tags before.
      'Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen, Stadtrat, Verkehr, Bauprojekte, Umwelt ' +
        'und Zukunft. Kommentare zu diesen Eintrag im RSS 2.0 Feed. Kommentare und Pings sind derzeit nicht erlaubt.',
    ])
      expect(bodyLinesOf(`${text}<div class="meta">${meta}</div>`), meta).toEqual([...SENTENCES, more]);
    // A story's last line naming comments and nothing of the engine's stays.
    const last = 'The council declined to comment, and the quay stays closed until June.';
    expect(bodyLinesOf(`${text}<p>${last}</p>`).at(-1)).toBe(last);
  });

  it('leaves a last section that names the site and speaks to the reader out (energiehoch3, trafilatura 0981)', () => {
    const page = (inner: string, site = 'Hafenwerk') => {
      const html =
        `<!DOCTYPE html><html><head><title>Harbour plan approved</title><meta property="og:site_name" content="${site}">` +
        `</head><body><article><h1>Harbour plan approved</h1>${inner}</article></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document);
    };
    const pitch =
      '<h2>Gut versorgt mit Hafenwerk</h2><p>Ob Strom oder Gas, Hafenwerk versorgt Dich zuverlässig mit Energie.</p>';
    const result = page(`${p(0)}${p(1)}<h2>Next steps</h2>${p(2)}${p(3)}${pitch}`);
    expect(result.body?.split('\n\n')).toEqual([SENTENCES[0], SENTENCES[1], 'Next steps', SENTENCES[2], SENTENCES[3]]);
    expect(result.outline.map((entry) => entry.text)).toEqual(['Next steps']);
    // A heading right over it heads nothing once it goes (rosa-mag 0774's '#SupportYourLocal…'): it goes too; the
    // outline keeps the headings before it, however deep they sit (linkedom's compareDocumentPosition reads depths).
    const deep = '<div><section><h2>Next steps</h2></section></div>';
    const over = page(`${p(0)}${p(1)}${deep}${p(2)}${p(3)}<h2>#SupportLocalNews</h2>${pitch}`);
    expect(over.body?.split('\n\n').at(-1)).toBe(SENTENCES[3]);
    expect(over.outline.map((entry) => entry.text)).toEqual(['Next steps']);
    // The site's name in a story's own last section, no voice of the site or the reader: text.
    const story = '<h2>Hafenwerk expands</h2><p>Hafenwerk said the new plant would open in May.</p>';
    expect(
      page(`${p(0)}${p(1)}${p(2)}${p(3)}${story}`)
        .body?.split('\n\n')
        .at(-1),
    ).toBe('Hafenwerk said the new plant would open in May.');
    // A page in the site's voice throughout is its own: its last section stays.
    const own = '<p>Wir planen Dein Projekt und bauen es mit Dir.</p>';
    expect(page(`${p(0)}${p(1)}${p(2)}${p(3)}${own}${pitch}`).body?.split('\n\n').length).toBe(7);
  });

  it('tells the site speaking to the reader from a story that names an offer', () => {
    // guatemala.com 0975, a Brazilian portal's comment rule (zyte), together.ch 0125's box label and call.
    for (const line of [
      '¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.',
      '¡Mira lo que tiene nuestro canal de YouTube!',
      'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
      'Newsletter',
      'Abonniere unseren Newsletter und erfahre alles Wissenswerte rund um die Themen Studium, Berufseinstieg und Karriere.',
    ])
      expect(isSiteAppeal(line), line).toBe(true);
    for (const line of [
      'The company said the new app will be available for iOS and Android next month.',
      'On hand to present the supplies was a veterinarian who was glad to be able to donate them.',
      '[3] https://twitter.com/someone/status/1191978649899151360',
      '1Password kostet aktuell knapp 50 Euro im Mac App Store und setzt OS X 10.10 voraus.',
      // A story's last line names a channel or a donation beside the site's voice: no call to follow or to give.
      'Facebook did not respond to our request for comment.',
      'YouTube told us the video had been removed.',
      'Wir haben Facebook um eine Stellungnahme gebeten.',
      'The foundation said it would donate the proceeds to our local hospital.',
    ])
      expect(isSiteAppeal(line), line).toBe(false);
  });

  it("leaves a call to support the site's journalism out after the text (elnacional 0850)", () => {
    const appeal =
      'El periodismo independiente necesita del apoyo de sus lectores para continuar y garantizar que las noticias ' +
      'incómodas que no quieren que leas, sigan estando a tu alcance. ¡Hoy, con tu apoyo, seguiremos trabajando ' +
      'arduamente por un periodismo libre de censuras!';
    // (The four sentences of the fixture are too short a story beside it: a fourth of the text is a "support us" page.)
    expect(isSiteAppeal(appeal)).toBe(true);
    expect(isSiteAppeal('Support our journalism: become a member today.')).toBe(true);
    // A story about journalism and its funding, no voice of the site or the reader: text.
    expect(isSiteAppeal('The foundation will support local journalism in three counties with $2 million.')).toBe(false);
  });

  it('leaves a pitch that opens on the reader having liked the story out, with its heading (nationalreview, zyte f5c90a6d)', () => {
    const pitch =
      'If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get all of our content ' +
      '(including the magazine), no paywalls or content meters, an advertising-minimal experience, and unique access ' +
      'to our writers and editors (conference calls, social-media groups, etc.). Consider it?';
    const short =
      'If you enjoyed this article, and were stimulated by its contents, we have a proposition for you: Join.';
    expect(isSiteAppeal(pitch)).toBe(true);
    expect(isSiteAppeal('Si vous avez aimé cet article, abonnez-vous à notre lettre.')).toBe(true);
    // A story's line on what readers liked, no offer: text.
    expect(isSiteAppeal('If you liked the first season, the second will not disappoint you.')).toBe(false);
    // A story long enough that the pitch is a small part of it (site-appeals.ts APPEALS_MAX_SHARE).
    const story = [...SENTENCES, ...SENTENCES.map((sentence, i) => `${sentence} ${SENTENCES[(i + 1) % 4]}`)];
    const html =
      '<!DOCTYPE html><html><head><title>The clock</title></head><body><article><h1>The clock</h1>' +
      `${story.map((text) => `<p>${text}</p>`).join('')}<h4>Something to Consider</h4><p>${pitch}</p><p>${short}</p>` +
      '</article></body></html>';
    const result = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(result.body?.split('\n\n')).toEqual(story);
    // The heading over the pitch heads nothing of the story: no section of the outline.
    expect(result.outline).toEqual([]);
  });

  it("leaves a comment policy's paragraph out after the text (lokalo 0884, laola1 0668)", () => {
    const laola =
      'Die Kommentare der User geben nicht notwendigerweise die Meinung der Redaktion wieder. Die Redaktion behält ' +
      'sich vor, ohne Angabe von Gründen Kommentare zu löschen, insbesondere wenn diese straf- oder zivilrechtliche ' +
      'Normen verletzen, den guten Sitten widersprechen oder sonst dem Ansehen der Redaktion zuwiderlaufen. Wir ' +
      'verweisen in diesem Zusammenhang insbesondere auf unsere Nutzungsbedingungen.';
    const lokalo =
      'Die Redaktion behält sich vor, Lesermeinungen zu kürzen. Es besteht kein Anspruch auf die Veröffentlichung ' +
      'Ihrer zugesandten Meinungen. Eine E-Mail-Adresse muss angegeben werden, wird aber nicht veröffentlicht.';
    // A story long enough that the policy is a small part of the page (six paragraphs of the four sentences).
    const text = ['In short,', 'Meanwhile,', 'Still,', 'Finally,', 'Earlier,', 'Later,'].map(
      (opening) => `${opening} ${SENTENCES.join(' ')}`,
    );
    const story = text.map((line) => `<p>${line}</p>`).join('');
    expect(bodyLinesOf(`${story}<p>${lokalo}</p>`)).toEqual(text);
    // Its label goes with it, as a head over nothing.
    expect(bodyLinesOf(`${story}<p>Rechtliche Hinweise:</p><p>${laola}</p>`)).toEqual(text);
    for (const line of [
      'The views expressed in comments do not necessarily reflect those of the editors.',
      'Le site se réserve le droit de supprimer les commentaires.',
    ])
      expect(isSiteAppeal(line), line).toBe(true);
    // A story's line on comments without the site's rule for them; a reservation that is no comment's.
    for (const line of [
      'The minister declined to comment on the reservations of the opposition.',
      'Der Verein behält sich vor, gegen das Urteil Berufung einzulegen.',
    ])
      expect(isSiteAppeal(line), line).toBe(false);
  });

  it('keeps a closing appeal that is a large part of a short text (a support page)', () => {
    const lines = [
      'Meine Freunde und ich stecken viel Liebe in diese Podcasts.',
      'Natürlich haben wir auch einen Spendenbutton: mit deiner Spende können wir weitermachen.',
    ];
    expect(bodyLinesOf(`${p(0)}${lines.map((line) => `<p>${line}</p>`).join('')}`)).toEqual([SENTENCES[0], ...lines]);
  });

  it("leaves the lines to the offer-box stage when the text holds an offer box's words (topagrar, trafilatura 0767)", () => {
    const offer = 'Kostenlos testen, danach jederzeit kündbar: unbegrenzt lesen mit Premium.';
    const call = 'Subscribe now to our weekly edition.';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>${offer}</p><p>${call}</p>`).slice(-2)).toEqual([offer, call]);
  });

  it("leaves a paywall's notice and the offer after it out, longer than the teaser (haitiantimes, trafilatura 0961)", () => {
    const paywall = [
      'To view the full story, please subscribe to <a href="/product/yearly">The Haitian Times</a>.',
      'When you join, you get unlimited digital access to journalism you will not get anywhere else. '.repeat(3),
      'Join now or renew to get:<br>— Instant access to stories<br>— Local news from our communities',
      "If you're seeing this message but you're already a subscriber, you can log in.",
    ];
    expect(bodyLinesOf(`${p(0)}${p(1)}${paywall.map((line) => `<p>${line}</p>`).join('')}`)).toEqual(
      SENTENCES.slice(0, 2),
    );
    // A story's line that names the full story and no offer stays.
    const line = 'The full story of the harbour plan will be told at the council meeting next week.';
    expect(bodyLinesOf(`${p(0)}${p(1)}<p>${line}</p>`).at(-1)).toBe(line);
  });
});
