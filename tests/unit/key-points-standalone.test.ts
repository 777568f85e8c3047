/**
 * Key points a reader reads out of context (src/core/detect/key-points/): a picture's caption line, a sentence that
 * answers the one before, are taken only when the article has nothing better.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { isPictureCaptionLine } from '../../src/core/detect/key-points/caption-line';
import { leaningOf, openersOf } from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';
import { STORY, proseKeyPoints } from '../support/key-points';

const body = (html: string): Element =>
  (parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document).body
    .firstElementChild!;

function keyPointsOf(article: string): string[] {
  const doc = parseHTML(
    `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title></head><body><main><article>
    <h1>Harbour plan approved</h1>${article}</article></main></body></html>`,
  ).document as unknown as Document;
  return analyzeDocument(doc).result.keyPoints.map((point) => point.text);
}

describe('a picture caption line', () => {
  it('is a block of a picture, a line break and one italic line (readability/medicalnewstoday)', () => {
    expect(isPictureCaptionLine(body('<div><img src="a.jpg" alt=""><br><em>A caption line.</em></div>'))).toBe(true);
    expect(
      isPictureCaptionLine(body('<div><a href="a.jpg"><img src="a.jpg"></a><br/> <i>A caption.</i><br></div>')),
    ).toBe(true);
    // An italic lead with a small picture beside it, an italic paragraph, a picture and plain text under it: not one.
    expect(isPictureCaptionLine(body('<p><img src="a.jpg"><em>An italic lead of the story.</em></p>'))).toBe(false);
    expect(isPictureCaptionLine(body('<p><em>An italic paragraph.</em></p>'))).toBe(false);
    expect(isPictureCaptionLine(body('<div><img src="a.jpg"><br>A line of text.</div>'))).toBe(false);
    expect(isPictureCaptionLine(body('<div><img src="a.jpg"><br><em>A line.</em> And more text.</div>'))).toBe(false);
    expect(isPictureCaptionLine(null)).toBe(false);
  });

  it('gives no key point while the article has better sentences', () => {
    const caption =
      'A new study of the harbour plan investigates how the council turns the empty warehouses into homes.';
    const points = keyPointsOf(
      `<div><img src="quay.jpg" alt="quay"><br><em>${caption}</em></div>${STORY.map((s) => `<p>${s}</p>`).join('')}`,
    );
    expect(points.length).toBe(3);
    expect(points).not.toContain(caption);
  });
});

describe('a sentence that opens with an answer and a comma', () => {
  const leaning = (sentence: string, lang: string | null = 'en') =>
    leaningOf(sentence, countWords(sentence), openersOf(lang));

  it('points back, whatever its length (readability/article-author-tag: "Well, him and the artist, …")', () => {
    expect(leaning('Well, him and the artist, Pamela Colman Smith, responsible for the 78 original drawings.')).toBe(
      'points',
    );
    expect(leaning('Yes, I mean throwback as in retro, as in features taken from old laptops.')).toBe('points');
    expect(leaning('Okay, hat wieder nichts mit dem Thema zu tun, aber es musste einmal gesagt werden.', 'de')).toBe(
      'points',
    );
    // In a page of unknown language too.
    expect(leaning('Ja, das ist der Grund, warum die Stadt den Hafen umbauen will.', null)).toBe('points');
    // Not without the comma, nor a word that only begins like one.
    expect(leaning('No one in the council expected the vote to pass by such a wide margin.')).toBe('none');
    expect(leaning('Well-known architects drew the plans for the new homes of the eastern harbour.')).toBe('none');
    expect(leaning('Wellington was the first city to adopt a plan like the one of the harbour.')).toBe('none');
  });

  it('is no key point while the sentence it answers is not one', () => {
    const answer =
      'Well, the harbour plan of the council turns the empty warehouses of the harbour into homes for the city.';
    const paragraphs = [STORY[0]!, answer, ...STORY.slice(1)];
    const points = proseKeyPoints(paragraphs);
    expect(points.length).toBe(3);
    expect(points).not.toContain(answer);
  });
});
