/**
 * Key points a reader reads out of context (src/core/detect/key-points/), round two: a sentence that sends the reader
 * to another piece, one that announces what the piece shows next, one that is a later member of a series ("Zum
 * anderen …"): taken only when the article has nothing better.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { isWeakKeyPoint } from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';
import { expectLeaning } from '../support/key-points';

const weak = (sentence: string): boolean => isWeakKeyPoint(sentence, countWords(sentence));

/** A German article's key points: the headline, then these paragraphs. */
function keyPointsOf(paragraphs: string[]): string[] {
  const doc = parseHTML(
    `<!DOCTYPE html><html lang="de"><head><title>Hafenplan beschlossen</title></head><body><main><article>
    <h1>Hafenplan beschlossen</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></main></body></html>`,
  ).document as unknown as Document;
  return analyzeDocument(doc).result.keyPoints.map((point) => point.text);
}

const STORY = [
  'Der Stadtrat hat am Dienstag nach zwei Jahren Streit den neuen Plan für das alte Hafenviertel beschlossen.',
  'Die leeren Lagerhallen am Ostkai werden in Wohnungen und Werkstätten für Handwerker umgebaut.',
  'Die Genossenschaft will im Hafenviertel etwa 400 Wohnungen bauen, ein Drittel davon zu günstigen Mieten.',
];

describe('a sentence that sends the reader to another piece', () => {
  it('is weak (groove 0867: "… wie in unserer Reportage zur Protestaktion zu lesen war.", readability/medium-3)', () => {
    expect(weak('Die Stimmung war gut, wie in unserer Reportage zur Protestaktion im Hafen zu lesen war.')).toBe(true);
    expect(weak('Now, read this post by the harbour master about the new plan for the eastern quay.')).toBe(true);
    expect(weak('Die Geschäftsverbindung ist im Handelsregister des Amtsgerichts der Stadt nachzulesen.')).toBe(true);
    expect(weak('You might also want to check out our guide to the harbour district and its new homes.')).toBe(true);
    // Reading as the story's own act: not one.
    expect(weak('The council will read the report on the harbour plan at its meeting next Tuesday.')).toBe(false);
  });

  it('gives way to the story in the key points (inline article)', () => {
    const pointer = 'Die Stimmung im Rat war gereizt, wie in unserer Reportage zum Hafenplan zu lesen war.';
    const points = keyPointsOf([STORY[0]!, pointer, ...STORY.slice(1)]);
    expect(points).toHaveLength(3);
    expect(points).not.toContain(pointer);
  });
});

describe('a sentence that announces what the piece shows next', () => {
  it('is weak (smava 0334, energieverbraucher 0756, 0422: "im Folgenden", "Nachfolgend", "im folgenden Text")', () => {
    expect(
      weak('Wie sich die Laufzeit auf die Zinsen auswirkt, wird im Folgenden anhand von Beispielen gezeigt.'),
    ).toBe(true);
    expect(weak('Nachfolgend wollen wir Ihnen die wichtigsten Neuerungen für den Hafen kurz vorstellen.')).toBe(true);
    expect(weak('Deshalb findet ihr im folgenden Text alle Informationen zu den neuen Wohnungen am Hafen.')).toBe(true);
    expect(weak('In the following article we explain how the council reached its decision on the harbour.')).toBe(true);
    expect(weak("First, let's see what the council decided about the harbour plan on Tuesday night.")).toBe(true);
    // The adjective before a noun of the story, "nachfolgende" as an adjective, "the following decades": not one.
    expect(weak('Im folgenden Rennen der Männer führte Thilo Brill das Feld von Beginn an souverän.')).toBe(false);
    expect(weak('Die Traumata werden an nachfolgende Generationen der Familien am Hafen weitergegeben.')).toBe(false);
    expect(weak('In the following decades, the harbour turned into a district of warehouses and workshops.')).toBe(
      false,
    );
  });
});

describe('a later member of a series', () => {
  it('leans whatever its length (angelmagazin 0636: "Zum anderen hat sie geschaut, ob …"; legrandcontinent 0378)', () => {
    expectLeaning([
      [
        'Zum anderen hat sie geschaut, ob Fische typische, mit einer Schmerzempfindung einhergehende Reaktionen zeigen.',
        'de',
        'leans',
      ],
      ['D’autre part, il y a le poids de l’histoire et des migrations entre les deux rives.', 'fr', 'leans'],
      [
        'Secondly, we go beyond formulating the harbour policy into implementing it on the eastern quay.',
        'en',
        'leans',
      ],
      ['Por otro lado, el alcalde adelantó que también priorizarán la reforma del puerto este año.', 'es', 'leans'],
      // "Second" as a number, the first member: not one.
      ['Second place went to the team from the harbour district after a long race on Sunday.', 'en', 'none'],
      ['Zum einen hat sie geschaut, ob Fische überhaupt Schmerzrezeptoren in ihrer Haut besitzen.', 'de', 'none'],
    ]);
  });

  it('gives way to the story in the key points (inline article)', () => {
    const second =
      'Zum anderen hat der Rat beschlossen, die alten Kräne am Ostkai als Denkmal zu erhalten und zu pflegen.';
    const points = keyPointsOf([STORY[0]!, second, ...STORY.slice(1)]);
    expect(points).not.toContain(second);
  });
});
