/**
 * Key points that lean through a word that also stands on its own (src/core/detect/key-points/weak.ts): "That" and
 * "Das" point back as a verb's subject ("That means …", "Das ist …"), not as a conjunction or an article ("Das Buch …").
 */
import { describe, expect, it } from 'vitest';
import { STORY, expectLeaning, proseKeyPoints } from '../support/key-points';

describe('a demonstrative that is also a conjunction or an article', () => {
  it('points back before a verb (zyte e593d7fe "That means people with the disorder …", meininger 0648)', () => {
    expectLeaning([
      [
        'That means people with the disorder will likely need a treatment plan designed by a professional.',
        'en',
        'points',
      ],
      [
        'That is the view of the coach as the team prepares for four group games in the span of ten days.',
        'en',
        'points',
      ],
      ['Das ist ein Plus von 44 Prozent gegenüber 2020 und von 20 Prozent gegenüber dem Jahr 2019.', 'de', 'points'],
      ['Das weiß ich, weil ich früher immer dachte, ich fühle mich so wie meine Freunde in der Stadt.', 'de', 'points'],
    ]);
  });

  it('stands on its own before a noun, an adjective or a preposition', () => {
    expectLeaning([
      [
        'That the council would approve the harbour plan was clear to everyone after the long night session.',
        'en',
        'none',
      ],
      ['Das Buch mit dem Titel über die Rote Armee Fraktion wurde in Frankfurt am Main ausgezeichnet.', 'de', 'none'],
      ['Das durchschnittliche Alter der Heizungsanlagen in Deutschland liegt bei siebzehn Jahren.', 'de', 'none'],
      ['Das in der iOS-Version bereits enthaltene Feature ist nun auch für die neue Version verfügbar.', 'de', 'none'],
    ]);
  });

  it('gives no key point while the sentence it stands for is not one', () => {
    const leaning =
      'That means the harbour plan of the council turns the empty warehouses of the harbour into homes soon.';
    const points = proseKeyPoints([STORY[0]!, STORY[1]!, leaning, ...STORY.slice(2)]);
    expect(points.length).toBe(3);
    expect(points).not.toContain(leaning);
  });
});
