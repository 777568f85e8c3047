/**
 * A sentence that opens with a subordinating conjunction and has no comma is a clause without its main clause
 * (src/core/detect/key-points/weak.ts, leaning-openers.json `clauses`): it answers the sentence before.
 */
import { describe, it } from 'vitest';
import { expectLeaning } from '../support/key-points';

describe('a clause without its main clause', () => {
  it('leans whatever its length (zyte 42aad16b "Because space travel …", changenow 0251 "So dass …")', () => {
    expectLeaning([
      [
        'Because space travel and sustaining life off Earth are anything but easy for the engineers of the agency.',
        'en',
        'leans',
      ],
      [
        'Weil die Genossenschaft auf dem Gelände rund 400 Wohnungen bauen will und die Stadt das Geld dafür gibt.',
        'de',
        'leans',
      ],
      [
        'Sodass ich am Ende meines Lebens mit Freude und einem Lachen auf die vielen Jahre zurück schauen kann.',
        'de',
        'leans',
      ],
      // Written apart, as the page writes it.
      [
        'So dass ich am Ende meines Lebens mit Freude und einem Lachen auf die vielen Jahre zurück schauen kann.',
        'de',
        'leans',
      ],
      [
        'Porque la ciudad quiere construir cuatrocientas viviendas en los almacenes vacíos del puerto este año.',
        'es',
        'leans',
      ],
    ]);
  });

  it('stands on its own with a comma: the main clause follows', () => {
    expectLeaning([
      ['Because of the storm, flights from the harbour airport were cancelled for the rest of the week.', 'en', 'none'],
      ['Weil es regnet, bleibt der Hafen am Wochenende für die Besucher der Stadt geschlossen.', 'de', 'none'],
    ]);
  });

  it("opens with a question word: an indirect question alone, a teaser's line (7mind 0788, industriemagazin 0872)", () => {
    expectLeaning([
      ['Wie du deine individuellen Grenzen findest und in dein Leben integrierst.', 'de', 'leans'],
      [
        'Welche Neuerungen FACC in den nächsten Jahren plant und warum der Fachkräftemangel kein Problem ist.',
        'de',
        'leans',
      ],
      ['Warum die Stadt den Hafen und die alten Lagerhäuser am Kai jetzt doch umbauen will.', 'de', 'leans'],
      // "Wie" before no pronoun compares ("Wie bei …": the main clause goes on); a comma: the main clause follows.
      [
        'Wie bei der kürzlich ergangenen Pixelio-Entscheidung steht wieder das Landgericht Köln im Mittelpunkt.',
        'de',
        'none',
      ],
      ['Wie die Macher bekannt gaben, wird in den neuen Folgen Ana als neue Traumfrau auftreten.', 'de', 'none'],
      ['Welche Folgen das für den Hafen hat, zeigt ein Blick auf die Zahlen der Stadt.', 'de', 'none'],
    ]);
  });
});

describe('a pseudo-cleft on a pronoun', () => {
  it('points back whatever its length (zyte ef4e67b6 "What it is to say is …", 65bf3048 "What we will say, is …")', () => {
    expectLeaning([
      [
        'What this means is that the council will have to find the money for the new school somewhere else.',
        'en',
        'points',
      ],
      [
        'What we will say, is if you are staring at the two laptops side by side you will notice a difference.',
        'en',
        'points',
      ],
      // A page of unknown language reads every language's clefts.
      [
        'What it is to say is that this is a government that has set a standard of dishonesty on the matter.',
        null,
        'points',
      ],
    ]);
  });

  it('points back in German and French too; an impersonal one, or "was" without its comma, does not', () => {
    expectLeaning([
      ['Was das bedeutet, ist für die Genossenschaft eine Frage von mehreren Millionen Euro im Jahr.', 'de', 'points'],
      [
        "Ce que cela veut dire, c'est que la ville devra trouver l'argent pour la nouvelle école ailleurs.",
        'fr',
        'points',
      ],
      ['Ce qu’ils demandent, c’est une école près du port et une ligne de bus qui passe le soir.', 'fr', 'points'],
      // The same openings on a page of unknown language.
      [
        "Ce que cela veut dire, c'est que la ville devra trouver l'argent pour la nouvelle école ailleurs.",
        null,
        'points',
      ],
      // "Il" that stands for nothing before: what there is to know, not what someone said.
      ["Ce qu'il faut savoir sur le nouveau plan du port et les logements de l'ancien quai de l'est.", 'fr', 'none'],
      ['Ce que les habitants demandent le plus, c’est une école près du port et des bus le soir.', 'fr', 'none'],
      // Without a comma "was" opens an indirect question standing alone (a clause): it leans, as before.
      ['Was das für die Mieter im Hafenviertel bedeutet und wie viel die neuen Wohnungen kosten', 'de', 'leans'],
      ['Was die Genossenschaft plant, ist ein Quartier mit 400 Wohnungen am alten Ostkai.', 'de', 'none'],
    ]);
  });

  it('stands on its own when "what" asks about a thing named after it', () => {
    expectLeaning([
      [
        'What parents of young children need most is a place near home where the children can play safely.',
        'en',
        'none',
      ],
    ]);
  });
});

describe("the alternatives that go on from the sentence before ('Sei es, weil …')", () => {
  it('lean whatever their length (she-works 0798 "Sei es, weil Sie selbst …")', () => {
    expectLeaning([
      [
        'Sei es, weil Sie selbst in Ihrer Freizeit Sport treiben oder weil Sie als Zuschauerin Ihr liebstes Team verfolgen.',
        'de',
        'leans',
      ],
    ]);
  });

  it("leave 'so' and 'seit es' alone: a sentence of its own", () => {
    expectLeaning([
      ['So kommt je Glas ein Preis von 2,40 Euro zustande, weniger als im Supermarkt.', 'de', 'none'],
      ['Seit es den neuen Hafen gibt, kommen mehr Schiffe in die Stadt am Fluss.', 'de', 'none'],
    ]);
  });
});
