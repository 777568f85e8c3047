/**
 * Key points a reader reads out of context (src/core/detect/key-points/): the headline glued before a paragraph's first
 * sentence is not read again, a demonstrative before a noun of the headline stands on its own, a comparison that
 * opens without its first term leans on the sentence before, as does a German one opening with "Darum", and one that
 * ends with an ellipsis is cut short.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { withoutGluedHeadline } from '../../src/core/detect/key-points/glued-headline';
import { stemOf } from '../../src/core/detect/key-points/rank';
import { isWeakKeyPoint, leaningOf, openersOf } from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';
import { expectLeaning } from '../support/key-points';

/** The key points of an article of these paragraphs under this headline, in this language. */
function keyPointsOf(headline: string, paragraphs: string[], lang = 'en'): string[] {
  const doc = parseHTML(
    `<!DOCTYPE html><html lang="${lang}"><head><title>${headline}</title></head><body><main><article>
    <h1>${headline}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></main></body></html>`,
  ).document as unknown as Document;
  return analyzeDocument(doc).result.keyPoints.map((point) => point.text);
}

const STORY = [
  'The harbour plan, debated for two years, passed by nine votes to four after a long night session of the council.',
  'Under the plan, the council will sell three warehouses to a housing cooperative and keep two for workshops.',
  'The cooperative expects to build about 400 homes, a third of them for rent below the market price.',
  'Opponents of the harbour plan said rents in the neighbouring streets would rise once the homes were built.',
];

describe('the headline glued before the first sentence', () => {
  it('is not part of the key point (trafilatura/0682: "„Kleiner“ Vorverkauf … gestartet: Aufgrund …")', () => {
    const lead = 'The city council approved a plan on Tuesday to turn the empty warehouses of the harbour into homes.';
    const points = keyPointsOf('Harbour plan approved', [`Harbour plan approved: ${lead}`, ...STORY]);
    expect(points).toContain(lead);
    expect(points.some((point) => point.startsWith('Harbour plan approved'))).toBe(false);
  });

  it('is cut only with a colon or a dash after it', () => {
    expect(withoutGluedHeadline('Harbour plan approved – The council voted.', 'Harbour plan approved')).toBe(
      'The council voted.',
    );
    // The headline's words as the sentence's own subject, another text, no headline: left whole.
    for (const text of ['Harbour plan approved by the council on Tuesday.', 'Harbour plans: The council voted.'])
      expect(withoutGluedHeadline(text, 'Harbour plan approved')).toBe(text);
    expect(withoutGluedHeadline('Harbour plan approved: The council voted.', null)).toBe(
      'Harbour plan approved: The council voted.',
    );
  });
});

describe('a demonstrative before a noun of the headline', () => {
  const openers = (headline: string, lang: string) => ({
    ...openersOf(lang),
    headline: new Set(headline.toLowerCase().split(/\W+/u).map(stemOf)),
  });
  const leaning = (sentence: string, headline: string, lang: string) =>
    leaningOf(sentence, countWords(sentence), openers(headline, lang));

  it('names what it stands for (trafilatura/0642: "Um diese Erinnerungskultur auch lokal zu fördern, …")', () => {
    const sentence = 'Um diese Erinnerungskultur auch lokal zu fördern, haben die Frauen in Köln einen Stein verlegt.';
    expect(leaning(sentence, 'Lesbische Erinnerungskultur mit Stolpersteinverlegung', 'de')).toBe('none');
    expect(
      leaning(
        'Diese Erinnerungskultur ist in Köln lange vergessen worden, sagen die Frauen.',
        'Erinnerungskultur',
        'de',
      ),
    ).toBe('none');
    expect(
      leaning(
        'These warehouses will be sold to a housing cooperative by the end of the year.',
        'Old warehouses sold',
        'en',
      ),
    ).toBe('none');
  });

  it('points back before another noun, and a pronoun before a word of the headline points back', () => {
    const sentence = 'Um diese Erinnerungskultur auch lokal zu fördern, haben die Frauen in Köln einen Stein verlegt.';
    expect(leaning(sentence, 'Stolpersteinverlegung in Köln', 'de')).toBe('points');
    expect(
      leaning('He resigned on Tuesday after the council voted against the harbour plan.', 'Mayor resigned', 'en'),
    ).toBe('points');
  });
});

describe('a comparison without its first term', () => {
  it('leans on the sentence before, whatever its length (readability/medium-3: "Worse than installing CS 3 …")', () => {
    expectLeaning([
      ['Worse than installing CS 3 or Acrobat 7 ever did, and the former inspired comparisons to porn.', 'en', 'leans'],
      ['Schlimmer als jede Sitzung des Stadtrats im letzten Jahr, und das will etwas heißen.', 'de', 'leans'],
      ['Pire que la dernière séance du conseil municipal, et ce n’est pas peu dire.', 'fr', 'leans'],
      // A quantity, a comparative that is the sentence's own: not.
      ['More than a third of the homes will be rented below the market price, the council said.', 'en', 'none'],
      ['Better housing for the harbour district was the aim of the plan, the mayor said on Tuesday.', 'en', 'none'],
    ]);
  });

  it('is a key point only when the article has nothing better', () => {
    const lead = 'The city council approved a plan on Tuesday to turn the empty warehouses of the harbour into homes.';
    const worse =
      'Worse than the harbour plan of the council ever was, and the warehouses of the harbour plan were empty.';
    const points = keyPointsOf('Harbour plan approved', [`${lead} ${worse}`, ...STORY]);
    expect(points).toHaveLength(3);
    expect(points).not.toContain(worse);
  });
});

describe('a sentence that ends with an ellipsis', () => {
  const weak = (sentence: string): boolean => isWeakKeyPoint(sentence, countWords(sentence));

  it('is a teaser cut short or trails off (trafilatura/0236: "… hat nur einen Wunsch: normal sein![...]")', () => {
    expect(weak('Die vierzehnjährige Mara (Lilian Prent) hat nur einen Wunsch: normal sein![...]')).toBe(true);
    expect(weak('Test Shure MV88+: Professionelle Tonaufnahmen mit dem iPhone für Video, Podcasts, Int...')).toBe(true);
    expect(weak('The council voted on the harbour plan on Tuesday, and then the mayor said …')).toBe(true);
    expect(weak('The council voted on the harbour plan on Tuesday, and then the mayor left (…).')).toBe(false);
    expect(weak('The council voted on the harbour plan on Tuesday after a long night session.')).toBe(false);
  });

  it('is a key point only when the article has nothing better', () => {
    const teaser = 'The city council approved a plan on Tuesday to turn the empty warehouses of the harbour into […]';
    const points = keyPointsOf('Harbour plan approved', [teaser, ...STORY]);
    expect(points).toHaveLength(3);
    expect(points).not.toContain(teaser);
  });
});

describe('a German sentence that opens with "Darum" (so, as "Deshalb", "Daher")', () => {
  it('leans on the sentence before (bundespraesident 0379: "Darum ist es gut, dass …")', () => {
    expectLeaning([
      [
        'Darum ist es gut, dass jetzt die Präsidenten der Landesparlamente ihre Vorschläge zur Reform einbringen.',
        'de',
        'connects',
      ],
      ['Darum werden die Lagerhallen zu Wohnungen umgebaut.', 'de', 'leans'],
    ]);
  });

  it('is a key point only when the article has nothing better', () => {
    const so = 'Darum werden die Lagerhallen am Ostkai zu Wohnungen umgebaut.';
    const points = keyPointsOf(
      'Hafenplan beschlossen',
      [
        `Der Stadtrat hat am Dienstag nach zwei Jahren Streit den Plan für den alten Hafen beschlossen. ${so}`,
        'Der Stadtrat verkauft drei Lagerhallen an eine Genossenschaft und behält zwei für Werkstätten der Stadt.',
        'Die Genossenschaft will rund 400 Wohnungen bauen, ein Drittel davon zu Mieten unter dem Marktpreis.',
        'Gegner des Hafenplans sagen, die Mieten in den Straßen nebenan würden steigen, sobald gebaut ist.',
      ],
      'de',
    );
    expect(points).toHaveLength(3);
    expect(points).not.toContain(so);
  });
});
