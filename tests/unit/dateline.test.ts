/**
 * A dateline under the headline (src/core/detect/metadata/dateline.ts): a date and a person's name joined by a dash, a
 * bar or a bullet, no label, no class saying so, gives the date and the byline both.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/detect/metadata';

const page = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

/** The byline and date of a page whose headline has `line` two boxes under it, then the text. */
function underHeadline(line: string, head = '<title>Die Freiheit der Planung</title>') {
  const doc = page(
    head,
    `<h1><span>Die Freiheit der Planung</span></h1><div><div>Essay</div></div><div><span>${line}</span></div>
    <div><p>Wenn Städte und gebaute Räume heute so etwas wie ein Freiheitsversprechen in sich tragen, so manifestiert
    es sich in öffentlichen Räumen.</p></div>`,
  );
  const { byline, publishedTime } = extractMetadata(doc, {});
  return { byline, publishedTime };
}

describe('a dateline under the headline', () => {
  it('"25.10.2022 - Reiner Nagel": the date and the byline (designed on trafilatura 0778)', () => {
    expect(underHeadline('25.10.2022 - Reiner Nagel')).toEqual({ byline: 'Reiner Nagel', publishedTime: '2022-10-25' });
  });

  it('the name first, a bar or a bullet between', () => {
    expect(underHeadline('Swantje Schemmerling | 6. November 2023')).toEqual({
      byline: 'Swantje Schemmerling',
      publishedTime: '2023-11-06',
    });
    expect(underHeadline('Jane Doe • March 3, 2021').byline).toBe('Jane Doe');
  });

  it('is no byline when the name is no person: a place, a word, the site, a third part', () => {
    const none = { byline: null, publishedTime: null };
    expect(underHeadline('23.09.2022 - Saarland')).toEqual(none);
    expect(underHeadline('IT - 21. Januar 2022')).toEqual(none);
    expect(underHeadline('26 Mai 2008 | Anna Berg | Kommentare 34')).toEqual(none);
    const site = '<title>t</title><meta property="og:site_name" content="Handball Schweiz">';
    expect(underHeadline('Handball Schweiz • 02.02.2022', site)).toEqual(none);
    // A date whose day and month could be either is not read.
    expect(underHeadline('04/05/2022 - Reiner Nagel')).toEqual(none);
  });
});
