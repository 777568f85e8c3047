/**
 * Lines of the site's, not of the story, that the body (and so the reader) leaves out whatever their markup: a short
 * trailer after a typed divider at the text's end, a notice of affiliate links or of a paid post, a credit line that
 * lists its photographers, and a call that heads a box whose teasers were left out.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../src/core/detect/body-lines';
import { isArticleNote, isCallToAction, isCreditLine, isCreditParagraph } from '../../src/core/detect/furniture-text';
import { bodyLinesOf, p, SENTENCES } from './fixtures/prose';

describe('the trailer after a divider line at the text end', () => {
  it("leaves out a site's lines after '___' (a coverage link, a tagline)", () => {
    expect(
      bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>___</p>
        <p>Follow City News' full coverage of the harbour at <a href="https://news.example.org/harbour">https://news.example.org/harbour</a></p>
        <p>Jane Doe is our harbour reporter.</p>`),
    ).toEqual(SENTENCES);
  });

  it('keeps a note about the article after the divider, and a long section or a list after it', () => {
    const note = 'Associated Press writer Jane Doe in Lisbon contributed to this report.';
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>___</p><p>${note}</p>`)).toEqual([...SENTENCES, note]);
    expect(bodyLinesOf(`${p(0)}${p(1)}<p>---</p>${p(2)}${p(3)}`)).toEqual(SENTENCES);
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}<p>___</p><ul><li>Harbour tours start in May.</li></ul>`)).toContain(
      'Harbour tours start in May.',
    );
  });

  it('tells a note about the article from a call to the reader', () => {
    expect(isArticleNote('Associated Press writer Jane Doe contributed to this report.')).toBe(true);
    expect(isArticleNote('This version corrects the spelling of the region to Tuva, not Tyva.')).toBe(true);
    expect(isArticleNote("Follow City News' full coverage at https://news.example.org/harbour")).toBe(false);
  });
});

describe('notices of affiliate links or of a paid post', () => {
  it('are no line of the body and no key point (one vocabulary)', () => {
    for (const notice of [
      'This post may contain affiliate and/or referral links. Please see my disclosure page.',
      'This shop has been compensated by Example Media, Inc. and its advertiser. All opinions are mine alone.',
      'Dieser Beitrag enthält Affiliate-Links.',
    ]) {
      expect(isBoilerplateLine(notice)).toBe(true);
      expect(isCallToAction(notice)).toBe(true);
    }
    expect(isBoilerplateLine('This post may be the last one about the harbour before the vote on Tuesday.')).toBe(
      false,
    );
    expect(
      bodyLinesOf(
        `<p>This post may contain affiliate links. Please see my disclosure page.</p>${p(0)}${p(1)}${p(2)}${p(3)}`,
      ),
    ).toEqual(SENTENCES);
  });
});

describe('a credit line that lists its photographers', () => {
  const list =
    'Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), J E Theriot, davidd, George Redgrave, David Amsler, Arup Malakar, jakerome.';

  it('is a credit over the length of one, linked names or not; a long caption sentence is not', () => {
    expect(list.length).toBeGreaterThan(120);
    expect(isCreditLine(list)).toBe(true);
    expect(isCreditParagraph(list, true)).toBe(true);
    expect(
      isCreditLine(
        'Photo: Jane Doe, a nurse at the harbour clinic, checks on a patient who was hurt when the old warehouse roof fell in on Monday night.',
      ),
    ).toBe(false);
    expect(isCreditParagraph('Photo: <a>Jane Doe</a>'.replace(/<\/?a>/g, ''), true)).toBe(false);
  });

  it('leaves the body', () => {
    const linked = list.replace('davidd', '<a href="https://photos.example.com/davidd">davidd</a>');
    expect(bodyLinesOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p><em><small>${linked}</small></em></p>`)).toEqual(SENTENCES);
  });
});

describe('a call heading a box whose teasers were left out', () => {
  it('leaves the body with them; the same call as a paragraph of the text stays', () => {
    const teasers = `<div class="related"><div><a href="/city/a-1"><img src="/a.jpg" alt=""></a><h3><a href="/city/a-1">Ferry timetable changes for the summer season</a></h3></div>
      <div><a href="/city/b-2"><img src="/b.jpg" alt=""></a><h3><a href="/city/b-2">New library opens its doors on the quay</a></h3></div></div>`;
    const lines = bodyLinesOf(
      `${p(0)}${p(1)}<div><span>Regístrate para recibir contenido exclusivo</span>${teasers}</div>${p(2)}${p(3)}`,
    );
    expect(lines).toEqual(SENTENCES);
  });
});
