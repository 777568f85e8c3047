/**
 * Key points that lean on a sentence the reader does not see, in the shapes the word-by-word openers missed
 * (src/core/detect/key-points/weak.ts, leaning-inside.ts; vocabulary/leaning-openers.json, pointing-openers.json,
 * announcing-openers.json): a connective of two words ("Sin embargo, …", "Se situó, sin embargo, …"), an object
 * pronoun before its verb where the subject is dropped ("Ce lo ripetono …", "Ora lo farà …", "Le dijo …"), "The author"
 * of a work named before ("Autor podkreśla …"), a pronoun contracted with its verb ("It's …"), a hook that asks the
 * reader to imagine a scene ("Imagine being sick …"), a German or Dutch pronoun after a preposition or standing for a
 * place ("Zwischen ihnen steht …", "Ihm zufolge …", "Dort …", "Daar …"), a sentence inside a quotation an earlier
 * sentence of its paragraph opened (src/core/detect/key-points/index.ts).
 */
import { describe, expect, it } from 'vitest';
import { isWeakKeyPoint } from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';
import { STORY, expectLeaning, proseKeyPoints } from '../support/key-points';

describe('a connective of two words', () => {
  it('leans opening the sentence, short, and connects long (trafilatura 0830 "Sin embargo, la diputada …")', () => {
    expectLeaning([
      ['Sin embargo, la diputada criticó la medida.', 'es', 'leans'],
      ['No obstante, el gobierno mantiene su plan.', 'es', 'leans'],
      ['En revanche, le ministre a refusé de répondre.', 'fr', 'leans'],
      ['No entanto, o governo mantém o plano.', 'pt', 'leans'],
      [
        'Sin embargo, la diputada criticó la medida adelantada por el Ejecutivo en la reunión del lunes con los partidos.',
        'es',
        'connects',
      ],
    ]);
  });

  it('connects set off by commas after the subject (trafilatura 0969 "Se situó, sin embargo, en el puesto 52 …")', () => {
    expectLeaning([
      [
        'Se situó, sin embargo, en el puesto 52 en cuanto al acceso a los recursos, por debajo de la media del país.',
        'es',
        'connects',
      ],
      ['The council, in turn, voted for the harbour plan after a long night session on Tuesday.', 'en', 'connects'],
    ]);
  });

  it('is read as a whole phrase: its words alone, or another phrase, stand on their own', () => {
    expectLeaning([
      ['Sin duda, la diputada criticó la medida adelantada por el Ejecutivo en la reunión del lunes.', 'es', 'none'],
      ['El embargo, sin embargo discutido, sigue en vigor en el puerto de la ciudad este año.', 'es', 'none'],
      ['The council, in total, approved nine plans for the harbour after a long night session.', 'en', 'none'],
    ]);
  });
});

describe('an object pronoun before its verb, the subject dropped', () => {
  it('points back (trafilatura 0458 "Ce lo ripetono …", "Ora lo farà …")', () => {
    expectLeaning([
      ['Ce lo ripetono continuamente gli esperti che si occupano di cambiamenti climatici.', 'it', 'points'],
      ['Ne parla da anni il sindaco della città, che vuole un nuovo porto per le navi.', 'it', 'points'],
      ['Ora lo farà anche un orologio, posizionato in una delle piazze più centrali del mondo.', 'it', 'points'],
      ['Questa è la scadenza che abbiamo per mantenere il riscaldamento sotto la soglia.', 'it', 'points'],
      ['Le dijo al ministro que la reforma no llegaría al Congreso antes de fin de año.', 'es', 'points'],
    ]);
  });

  it('is no pronoun as an article or before what is not a verb ("Lo studio …", "Gli esperti …")', () => {
    expectLeaning([
      ['Lo studio pubblicato ieri mostra che il riscaldamento globale accelera ogni anno.', 'it', 'none'],
      ['Gli esperti che si occupano di cambiamenti climatici lo ripetono da anni ormai.', 'it', 'none'],
      ['Questa settimana il sindaco ha presentato il nuovo piano per il porto della città.', 'it', 'none'],
    ]);
  });
});

describe('"The author" of a work named before', () => {
  it('points back as a pronoun does (trafilatura 0499 "Autor podkreśla …", 0166 "Der Autor hat …")', () => {
    expectLeaning([
      ['Autor podkreśla ogromne znaczenie państwowej instytucji, która dba o budowanie wspólnoty.', 'pl', 'points'],
      ['Der Autor hat neun deutschsprachige Historiker des 20. Jahrhunderts ausgesucht.', 'de', 'points'],
      ['L’auteur rappelle que la réforme a été votée sans débat au Parlement en 2019.', 'fr', 'points'],
      ['The author argues that the harbour plan will raise the rents of the old town.', 'en', 'points'],
    ]);
  });

  it('is not a word that opens with the same letters ("Autorität", "The authorities")', () => {
    expectLeaning([
      ['The authorities closed the harbour after the storm damaged two of the quay walls.', 'en', 'none'],
      ['Autorytet sądu został podważony przez decyzję ministra w zeszłym tygodniu.', 'pl', 'none'],
    ]);
  });
});

describe('a pronoun contracted with its verb', () => {
  it('points back as it does written out (readability webmd-2 "It\'s an urgent, worldwide worry …")', () => {
    expectLeaning([
      ["It's an urgent, worldwide worry that is prompting swift action by the government.", 'en', 'points'],
      ['They’re also costly for the city, which pays for the new quay walls of the harbour.', 'en', 'points'],
      ['It is an urgent, worldwide worry that is prompting swift action by the government.', 'en', 'points'],
    ]);
  });

  it('is no pronoun when the elided word is an article or another word ("L\'auteur", "Don\'t", "Here\'s")', () => {
    expectLeaning([
      ["Don't expect the harbour plan to lower the rents of the old town any time soon.", 'en', 'none'],
      ["L'orologio del clima è opera di un gruppo di artisti, attivisti e scienziati.", 'it', 'none'],
    ]);
  });

  it('gives no key point while the sentence it stands for is not one', () => {
    const leaning = "It's the largest housing project of the council since the warehouses of the harbour closed.";
    const points = proseKeyPoints([STORY[0]!, STORY[1]!, leaning, ...STORY.slice(2)]);
    expect(points.length).toBe(3);
    expect(points).not.toContain(leaning);
  });
});

describe('a hook that asks the reader to imagine a scene', () => {
  it('is weak, in each language ("Imagine being sick in the hospital …", readability webmd-2)', () => {
    for (const sentence of [
      "Imagine being sick in the hospital with a bacterial infection and doctors can't stop it from spreading.",
      'Stell dir vor, du liegst im Krankenhaus und kein Antibiotikum hilft mehr gegen die Infektion.',
      'Imaginez un hôpital où aucun antibiotique ne peut plus arrêter une infection bactérienne.',
    ])
      expect(isWeakKeyPoint(sentence, countWords(sentence))).toBe(true);
  });

  it('is not a name that opens with the word', () => {
    const sentence = 'Imagine Dragons announced a world tour of forty concerts on Tuesday, starting in Las Vegas.';
    expect(isWeakKeyPoint(sentence, countWords(sentence))).toBe(false);
  });
});

describe('a German or Dutch pronoun that stands for someone or a place named before', () => {
  it('points back opening the sentence or after a preposition (trafilatura 0247 "Ich schaue ihm verwundert hinterher …")', () => {
    expectLeaning([
      ['Zwischen ihnen steht ein großes weißes Plastikfass mit rotem Deckel und Hahn.', 'de', 'points'],
      ['Ihm zufolge soll der neue Hafen der Stadt erst im Jahr 2030 fertig werden.', 'de', 'points'],
      ['Dort wurden im vergangenen Jahr mehr als zweitausend neue Wohnungen gebaut.', 'de', 'points'],
      ['Ich schaue ihm verwundert hinterher, wie er den Flur der Kita entlang rennt.', 'de', 'points'],
      ['Daar werden vorig jaar meer dan tweeduizend nieuwe woningen gebouwd in de haven.', 'nl', 'points'],
      ['Samen met hem opende de burgemeester de nieuwe haven van de stad op dinsdag.', 'nl', 'points'],
    ]);
  });

  it('is not the polite "Ihnen" inside the opening, written with its capital', () => {
    expectLeaning([
      ['Wir zeigen Ihnen die besten Wanderwege rund um den Bodensee im kommenden Herbst.', 'de', 'none'],
      ['Der Bürgermeister eröffnete am Dienstag den neuen Hafen der Stadt mit einem Fest.', 'de', 'none'],
    ]);
  });
});

describe('a sentence inside a quotation an earlier sentence of its paragraph opened', () => {
  const sentence =
    'The harbour plan will turn the empty warehouses of the eastern harbour into homes for the whole city.';

  it("is a speaker's words, the speaker in a sentence the reader does not see: no key point while strict ones are left (readability buzzfeed-1)", () => {
    // A quotation of several paragraphs: its mark opens each paragraph and closes only at its end.
    expect(proseKeyPoints([`“We did all we could to keep the harbour. ${sentence}`, ...STORY])).not.toContain(sentence);
    expect(proseKeyPoints([`We did all we could to keep the harbour. ${sentence}`, ...STORY])).toContain(sentence);
  });

  it('stands on its own once the quotation closed before it', () => {
    const closed = `“We did all we could to keep the harbour,” the mayor said. ${sentence}`;
    expect(proseKeyPoints([closed, ...STORY])).toContain(sentence);
  });
});
