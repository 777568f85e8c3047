/**
 * Key points a reader reads out of context (src/core/detect/key-points/): a note about the post, a sentence that
 * opens with an ellipsis, are taken only when the article has nothing better.
 */
import { describe, expect, it } from 'vitest';
import { isPostNote } from '../../src/core/detect/key-points/post-note';
import { isWeakKeyPoint } from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';
import { proseKeyPoints } from '../support/key-points';

const note = (sentence: string): boolean => isPostNote(sentence, sentence.toLowerCase());
const weak = (sentence: string): boolean => isWeakKeyPoint(sentence, countWords(sentence));

const STORY = [
  'The city council voted on Tuesday to approve a new plan for the harbour district after two years of debate.',
  'Under the plan, the old warehouses along the eastern quay will be turned into housing and workshops.',
  'The mayor said construction could start next spring if the regional government signs off on the loan.',
  'The regional government is expected to decide on the loan for the harbour plan before the summer.',
];

describe('a note about the post', () => {
  it('is a sentence wholly in brackets (readability/medium-3: "(EDIT: removed the link to …)")', () => {
    expect(note('(EDIT: removed the link to the post, because the author asked for it to be taken down.)')).toBe(true);
    expect(note('[Update: the council has since voted on the plan for the harbour.]')).toBe(true);
    expect(note('(Note: This article is intended for a more advanced audience than the first one.)')).toBe(true);
    // Brackets that open and close inside the sentence, or a sentence that goes on after them: not one.
    expect(note('(Reuters) The council said on Tuesday that the plan for the harbour (the old quay) passed.')).toBe(
      false,
    );
    expect(note('(In the end) the council voted for the plan by nine votes to four on Tuesday.')).toBe(false);
  });

  it("opens with a note's label and a colon, a short date between them or not", () => {
    expect(note('UPDATE (Dec. 5, 2019): The council has since voted on the plan for the harbour.')).toBe(true);
    expect(note('Editor’s note: This story was changed to correct the number of homes.')).toBe(true);
    expect(note('Anm. d. Red.: Der Text wurde nach der Abstimmung des Stadtrats ergänzt.')).toBe(true);
    expect(note('Mise à jour : le conseil municipal a voté le plan pour le port mardi soir.')).toBe(true);
    expect(note('Update 12/5: the council has since voted on the plan for the harbour.')).toBe(true);
    // A label word that opens the story's own sentence, without its colon.
    expect(note('Update 5.3 des Passwortmanagers liefert auch noch weitere Verbesserungen.')).toBe(false);
    expect(note('Note that the council may still change the plan for the harbour: it often does.')).toBe(false);
    expect(note('Updated figures show the harbour plan will cost more than the council said.')).toBe(false);
  });

  it('is a key point only when the article has nothing better', () => {
    const edit = '(EDIT: removed the link to the harbour plan of the city council, because the council took it down.)';
    expect(weak(edit)).toBe(true);
    const points = proseKeyPoints([edit, ...STORY]);
    expect(points).toHaveLength(3);
    expect(points).not.toContain(edit);
  });
});

describe('a sentence that opens with an ellipsis', () => {
  it('goes on from the sentence before: weak (readability/medium-3: "…sorry, I should explain …")', () => {
    expect(weak('…sorry, I should explain what the council means by the harbour plan of the city.')).toBe(true);
    expect(weak('...and the council voted for the harbour plan by nine votes to four on Tuesday.')).toBe(true);
  });
});
