/**
 * A blog post's meta line that writes its date in its words (src/core/detect/metadata/post-meta-date.ts): the
 * WordPress default theme's line after the text, or before it, gives the date where the page marks none.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/detect/metadata';

/** The date of a post with `line` as its meta line after the text. */
function dateOf(line: string, className = 'postmetadata'): string | null {
  const html = `<!DOCTYPE html><html><head><title>Podcasts einbinden</title></head><body>
    <div class="post"><h2>Podcasts einbinden</h2><div class="entry"><p>Ich benutze jetzt seit längerem einen
    Medienserver, um Filme und Musik zu verwalten und zu streamen, und binde nun auch Podcasts ein.</p></div>
    <div class="${className}">${line}</div></div></body></html>`;
  return extractMetadata(parseHTML(html).document as unknown as Document, {}).publishedTime;
}

describe("a blog post's meta line", () => {
  it('gives the day and the month named in German (designed on trafilatura 0149)', () => {
    expect(dateOf('Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter <a href="/c/linux">Linux</a>.')).toBe(
      '2014-05-06',
    );
  });

  it('gives a date written in digits, day first', () => {
    expect(dateOf('Von R. R. am <a href="/2013/08/07/">07.08.2013</a> um 09:07 Uhr gespeichert unter X')).toBe(
      '2013-08-07',
    );
  });

  it('gives an English date with its ordinal', () => {
    expect(dateOf('This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under Linux.')).toBe(
      '2014-05-06',
    );
  });

  it("reads the classic themes' postMeta line too (designed on trafilatura 0151)", () => {
    const line =
      '<div class="postDate"><span>Veröffentlicht am:</span> <abbr title="x"><a href="/?m=20090806">6. August 2009</a></abbr></div>';
    expect(dateOf(line, 'postMeta')).toBe('2009-08-06');
  });

  it('gives nothing from a line of another class, or one without a date', () => {
    expect(dateOf('Erstellt am Dienstag 6. Mai 2014 um 23:30', 'entry-footer')).toBeNull();
    expect(dateOf('Abgelegt unter Linux. Kommentare sind geschlossen.')).toBeNull();
  });
});
