/**
 * Key points a reader reads out of context (src/core/detect/key-points/): a note about the post, a sentence that
 * points back from inside its opening words or opens with a pronominal adverb, one that opens with an ellipsis, are
 * taken only when the article has nothing better.
 */
import { describe, expect, it } from 'vitest';
import { isPostNote } from '../../src/core/detect/key-points/post-note';
import { isWeakKeyPoint } from '../../src/core/detect/key-points/weak';
import { foldApostrophes } from '../../src/core/read/text';
import { countWords } from '../../src/core/text';
import { expectLeaning, proseKeyPoints } from '../support/key-points';

/** As ./weak.ts asks it: the sentence lower-cased, its apostrophes folded. */
const note = (sentence: string): boolean => isPostNote(sentence, foldApostrophes(sentence.toLowerCase()));
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

describe('a sentence that points back from inside its opening words', () => {
  it('has a demonstrative among its first words (trafilatura 0477, 0754, 0830: "Whether or not such …")', () => {
    expectLeaning([
      ['Whether or not such observations were made out of concern, the comments turned into bullying.', 'en', 'points'],
      ['In diesem hohen Modernisierungsbedarf liegt ein großes Potenzial für die ganze Stadt.', 'de', 'points'],
      [
        'En ese contexto, la ministra detalló la estrategia de Interior para avanzar en diversas áreas.',
        'es',
        'points',
      ],
      // A demonstrative of time, "such as", a later word, en "this" (the page's own subject: "this review"): not one.
      ['Nach diesem Jahr will die Stadt den Hafen und die alten Lagerhäuser am Kai umbauen.', 'de', 'none'],
      ['Devices such as phones and tablets are sold in the shops along the harbour every day.', 'en', 'none'],
      ['The articles published on these websites provide some basic information about her.', 'en', 'none'],
      ['As I write this review, the idea of the book about the harbour makes brilliant sense.', 'en', 'none'],
    ]);
  });

  it('has a pronoun after its opening phrase\'s comma (trafilatura 0288: "Despite an unknown cast, it beat …")', () => {
    expectLeaning([
      ['Despite an unknown cast, it beat homegrown Hollywood movies at the awards on Sunday.', 'en', 'points'],
      ['After that, they went home to the harbour town and stayed there for many years.', 'en', 'points'],
      // Before the comma (the name follows), a possessive after a list's comma, the polite "Sie": not one.
      ['When he arrived, Smith said the plan was good for the harbour and for the city.', 'en', 'none'],
      ['Über das Album, sein neues Amp-System und seine Gitarren hat er mit uns gesprochen.', 'de', 'none'],
      ['Herr Professor Borasio, Sie plädieren dafür, sich genau zu überlegen, was man tut.', 'de', 'none'],
    ]);
  });

  it('has a connective set off by commas after its subject: it leans as one opening it would (zyte 833caf3b)', () => {
    expectLeaning([
      // "Israeli courts, however, …" is "However, Israeli courts …": short, it leans; long, it connects.
      ['Israeli courts, however, have declared most major settlements legal.', 'en', 'leans'],
      [
        'Browns DL Sheldon Richardson, however, decided to weigh in on the fight on Monday, saying it went too far.',
        'en',
        'connects',
      ],
      ['Le ministre, cependant, a annoncé un nouveau plan pour le port.', 'fr', 'leans'],
      // Without its commas, or later than the subject's words: the sentence's own.
      ['The council however voted for the harbour plan on Tuesday.', 'en', 'none'],
      ['The mayor said the harbour plan was the best one, however, for the whole city and its port.', 'en', 'none'],
    ]);
  });

  it('opens with a pronominal adverb (trafilatura 0247, 0046, 0742: "Damit …", "Dazu habe ich …")', () => {
    expectLeaning([
      ['Damit fiel der Anstieg deutlich geringer aus als in den Jahren zuvor.', 'de', 'points'],
      ['Dazu habe ich zwölf bekannte Nutzer gefragt, welcher ihr stärkster Beitrag des Jahres war.', 'de', 'points'],
    ]);
  });

  it('is taken after the sentences that stand on their own come near its weight', () => {
    const pointing =
      'After the vote, he said the harbour plan would bring new housing to the old eastern quay by spring.';
    const points = proseKeyPoints([STORY[0]!, pointing, ...STORY.slice(1)]);
    expect(points).toHaveLength(3);
    expect(points).not.toContain(pointing);
  });
});

describe('a sentence that tells the reader what the post will show', () => {
  it('opens announcing it (trafilatura 0944, 0046, 0526: "Wir zeigen euch, wie …", "Lasst uns gemeinsam …")', () => {
    expect(weak('Wir zeigen euch, wie man ein Büchlein aus einem A3 Blatt faltet und es mit Farben füllt.')).toBe(true);
    expect(weak('Lasst uns gemeinsam schauen, was da so 2018 gezwitschert wurde und welche Muster es gibt.')).toBe(
      true,
    );
    expect(weak('Wir gehen der Frage auf den Grund und verraten Ihnen zugleich, welche Faktoren wirken!')).toBe(true);
    expect(weak("Let's take a look at what the council decided about the harbour plan on Tuesday night.")).toBe(true);
    // readability/gitlab-blog, zyte c467d507: "Here's a look at three of the more surprising results …".
    expect(weak("Here's a look at three of the more surprising results from this year's harbour survey.")).toBe(true);
    // The story's own "wir": not one.
    expect(weak('Wir haben den Plan für den Hafen im Stadtrat mit neun zu vier Stimmen beschlossen.')).toBe(false);
  });
});
