/**
 * Key points (src/core/detect/key-points/): the sentence splitter, the filters, the ranking and
 * the whole rule through analyzeDocument, on small pages written for these tests.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import {
  findKeyPoints,
  keyPointCandidates,
  keyPointCount,
  MAX_RANKED_SENTENCES,
} from '../../src/core/detect/key-points';
import { isQuotationFragment, sentenceTier } from '../../src/core/detect/key-points/filters';
import {
  centrality,
  cosine,
  headlineRelevance,
  REDUNDANT_SIMILARITY,
  restates,
  TermIndex,
  termVectors,
} from '../../src/core/detect/key-points/rank';
import { CASELESS_BLOCKS, capitalsShare, hasCapitalsShareAbove } from '../../src/core/detect/key-points/letter-case';
import {
  LETTER_OUTSIDE_ASCII,
  normaliseSentence,
  readSentenceWords,
} from '../../src/core/detect/key-points/sentence-words';
import { ASCII_CLASSES, CHAR_CLASSES, sentencePieces } from '../../src/core/detect/key-points/sentence-breaks';
import { withoutDateline } from '../../src/core/detect/key-points/dateline';
import { makeSentenceSplitter } from '../../src/core/detect/key-points/sentences';
import { countWords } from '../../src/core/text';

const split = (text: string, lang: string | null = 'en'): string[] => makeSentenceSplitter(lang).split(text);

/** A heading-less news story: a lead, a follow-up and some detail, around the harbour plan. */
const STORY = [
  'The city council approved a plan on Tuesday to turn the empty warehouses of the eastern harbour into homes and workshops.',
  'The harbour plan, debated for two years, passed by nine votes to four after a long night session of the council.',
  'Under the plan, the council will sell three warehouses to a housing cooperative and keep two for workshops.',
  'The cooperative expects to build about 400 homes, a third of them for rent below the market price.',
  'Opponents of the harbour plan said rents in the neighbouring streets would rise once the homes were built.',
  'Maria Lopez, who runs a bakery near the quay, said she was glad that the warehouses would finally come back to life.',
  'The regional government must still sign off on the loan that pays for the new quay walls.',
  'Work on the first warehouse could start next spring if the loan is approved in the winter.',
  'The council will publish the full plan and the results of the vote on its website next week.',
  'A public meeting about the timetable of the works is planned for the end of the month in the old customs house.',
];

function page(article: string, head = '<title>Council approves harbour plan</title>'): Document {
  return parseHTML(
    `<!DOCTYPE html><html lang="en"><head>${head}</head><body><main><article>${article}</article></main></body></html>`,
  ).document as unknown as Document;
}
const paragraphs = (sentences: readonly string[]): string => sentences.map((sentence) => `<p>${sentence}</p>`).join('');

describe('sentence splitter', () => {
  it('does not end a sentence at an abbreviation, an initial, a decimal or a shorthand before a number', () => {
    expect(
      split(
        'Mr. Smith met Dr. Jones at 3.5 p.m. on Friday. J. K. Rowling wrote it. It opened on Jan. 6 in No. 10. Prices rose 2.5% to $1.2 billion.',
      ),
    ).toEqual([
      'Mr. Smith met Dr. Jones at 3.5 p.m. on Friday.',
      'J. K. Rowling wrote it.',
      'It opened on Jan. 6 in No. 10.',
      'Prices rose 2.5% to $1.2 billion.',
    ]);
  });

  it('does not end a sentence inside a spaced abbreviation of two letters (trafilatura 0428: "So warnt z. B. die …")', () => {
    expect(split('So warnt z. B. die Verbraucherzentrale vor dem Einsatz. Das gilt z. T. auch hier. Ende.')).toEqual([
      'So warnt z. B. die Verbraucherzentrale vor dem Einsatz.',
      'Das gilt z. T. auch hier.',
      'Ende.',
    ]);
    // A capital initial's dot before another initial was already no end ("J. K."); a word's end stays one.
    expect(split('He met J. K. Rowling there. A. B. Smith left.')).toEqual([
      'He met J. K. Rowling there.',
      'A. B. Smith left.',
    ]);
  });

  it("keeps a reference mark after the stop with its sentence (readability wikipedia-4: '1]: 207 The list …')", () => {
    expect(
      split('The loop starts again.[1]: 207 The list provides the names. It began in 1998.[8][9] A small group met.'),
    ).toEqual([
      'The loop starts again.[1]: 207',
      'The list provides the names.',
      'It began in 1998.[8][9]',
      'A small group met.',
    ]);
    // A bracket that opens a sentence of its own stays with it.
    expect(split('It rained. [Editor’s note: the match was moved.] Play resumed.')).toEqual([
      'It rained.',
      '[Editor’s note: the match was moved.]',
      'Play resumed.',
    ]);
  });

  it("goes on after a company's legal form into a name ('The Dutta Corp. Fair Hill'), not into a sentence (zyte e1cd54e5)", () => {
    expect(
      split(
        'Riders meet during The Dutta Corp. Fair Hill International Event in Elkton. The deal went to Apple Inc. The shares rose. It bought Gemfields Group Ltd. Gemfields ist seit Jahren tätig. Shell Corp. Shares fell.',
      ),
    ).toEqual([
      'Riders meet during The Dutta Corp. Fair Hill International Event in Elkton.',
      'The deal went to Apple Inc.',
      'The shares rose.',
      'It bought Gemfields Group Ltd.',
      'Gemfields ist seit Jahren tätig.',
      'Shell Corp.',
      'Shares fell.',
    ]);
  });

  it('goes on after an initialism into a name ("U.S. Rep. Omar"), and ends before a function word', () => {
    expect(
      split(
        'A man pleaded guilty to threatening U.S. Rep. Ilhan Omar, the U.S. Attorney said. Sales fell in the U.K. The company blamed the weather. It was directed by J.J. Abrams.',
      ),
    ).toEqual([
      'A man pleaded guilty to threatening U.S. Rep. Ilhan Omar, the U.S. Attorney said.',
      'Sales fell in the U.K.',
      'The company blamed the weather.',
      'It was directed by J.J. Abrams.',
    ]);
  });

  it('goes on after a quoted "!" or "?" before a lower-case word (readability medicalnewstoday, frolleinherr)', () => {
    expect(
      split(
        "A new study investigates when the 'a-ha!' moment takes place in the brain. Is it real? Yes! It is. I have not posted since May (!) in this column. Who knew? nobody.",
      ),
    ).toEqual([
      "A new study investigates when the 'a-ha!' moment takes place in the brain.",
      'Is it real?',
      'Yes!',
      'It is.',
      'I have not posted since May (!) in this column.',
      'Who knew? nobody.',
    ]);
  });

  it('keeps a German ordinal date and shorthand inside their sentence', () => {
    expect(
      split('Die Preise stiegen um ca. 3 Prozent, d.h. mehr als erwartet. Am 3. Oktober feiert Deutschland.', 'de'),
    ).toEqual(['Die Preise stiegen um ca. 3 Prozent, d.h. mehr als erwartet.', 'Am 3. Oktober feiert Deutschland.']);
  });

  it("keeps a bracketed German date inside its sentence (trafilatura 0756: '(21. November 2022) Energieverbraucher …')", () => {
    expect(split('(21. November 2022) Die Preise steigen weiter. Am Montag [3. Mai] kam die Wende.', 'de')).toEqual([
      '(21. November 2022) Die Preise steigen weiter.',
      'Am Montag [3. Mai] kam die Wende.',
    ]);
  });

  it("keeps a German weekday's shorthand before its date inside the sentence (trafilatura 0101: 'am Mi. 5. Februar')", () => {
    expect(
      split('Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt. Alle sind willkommen.', 'de'),
    ).toEqual(['Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr statt.', 'Alle sind willkommen.']);
  });

  it('ends a sentence before a number that opens the next one, but not after an abbreviation (trafilatura 0649)', () => {
    expect(
      split('Das Loblied wurde gesungen. 1927 schlossen sich die Winzer zusammen. Es liegt ca. 50 km entfernt.', 'de'),
    ).toEqual([
      'Das Loblied wurde gesungen.',
      '1927 schlossen sich die Winzer zusammen.',
      'Es liegt ca. 50 km entfernt.',
    ]);
    expect(
      split('The season ended in 2019. 42 players left. It cost approx. 20 dollars, 1 Std. 40 min. in all.'),
    ).toEqual(['The season ended in 2019.', '42 players left.', 'It cost approx. 20 dollars, 1 Std. 40 min. in all.']);
  });

  it('goes on after an abbreviation into a bracketed aside and a small letter or a comma (trafilatura 0690)', () => {
    expect(
      split('Chris Eubank Jr. (England) steigt in den Ring. Die Vomag A.-G. (Plauen), die Motoren baute.', 'de'),
    ).toEqual(['Chris Eubank Jr. (England) steigt in den Ring.', 'Die Vomag A.-G. (Plauen), die Motoren baute.']);
    expect(split('It rained. (The match was moved.) Play resumed.')).toEqual([
      'It rained.',
      '(The match was moved.)',
      'Play resumed.',
    ]);
  });

  it('ends an English sentence after a number', () => {
    expect(split('The team scored 3. Then it rained.', 'en')).toEqual(['The team scored 3.', 'Then it rained.']);
  });

  it('keeps a stop the headline writes inside a name (slashgear: "The VW ID. SPACE VIZZION")', () => {
    const text = 'It is coming. The VW ID. SPACE VIZZION is the seventh EV. It is a wagon.';
    expect(makeSentenceSplitter('en', 'The VW ID. SPACE VIZZION is a weird EV sports wagon').split(text)).toEqual([
      'It is coming.',
      'The VW ID. SPACE VIZZION is the seventh EV.',
      'It is a wagon.',
    ]);
    // Without the headline (or with one that does not write the stop) the rules end the sentence there.
    expect(makeSentenceSplitter('en', 'An EV wagon').split(text)).toHaveLength(4);
  });

  it('keeps a quotation of several sentences together with its speaker', () => {
    expect(split('He said: "We are here. We will win," and left. Then it rained.')).toEqual([
      'He said: "We are here. We will win," and left.',
      'Then it rained.',
    ]);
    expect(split('Le maire a dit « Nous gagnerons. Nous reviendrons. » Puis il est parti.', 'fr')).toEqual([
      'Le maire a dit « Nous gagnerons. Nous reviendrons. » Puis il est parti.',
    ]);
    expect(split('Er sagte: „Wir schaffen das. Ganz sicher.“ Dann ging er.', 'de')).toEqual([
      'Er sagte: „Wir schaffen das. Ganz sicher.“',
      'Dann ging er.',
    ]);
  });

  it('leaves a quotation that never closes as it was split', () => {
    expect(split('"Broken quote here. Another sentence. Third one.')).toEqual([
      '"Broken quote here.',
      'Another sentence.',
      'Third one.',
    ]);
  });

  it('splits Chinese, Japanese, Arabic and Hindi at their own sentence marks', () => {
    expect(split('中国经济增长放缓。政府表示将采取措施！你知道吗？', 'zh')).toEqual([
      '中国经济增长放缓。',
      '政府表示将采取措施！',
      '你知道吗？',
    ]);
    expect(split('他说：“我们会赢。我们会回来。”然后离开了。', 'zh')).toEqual([
      '他说：“我们会赢。我们会回来。”',
      '然后离开了。',
    ]);
    expect(split('今日は晴れです。明日は雨でしょう。', 'ja')).toEqual(['今日は晴れです。', '明日は雨でしょう。']);
    expect(split('هذا نص عربي. هل هو جيد؟ نعم.', 'ar')).toEqual(['هذا نص عربي.', 'هل هو جيد؟', 'نعم.']);
    expect(split('यह एक वाक्य है। यह दूसरा है।', 'hi')).toEqual(['यह एक वाक्य है।', 'यह दूसरा है।']);
  });

  it('accepts a malformed language tag', () => {
    expect(split('One sentence here. Another one there.', 'not a tag!')).toEqual([
      'One sentence here.',
      'Another one there.',
    ]);
  });

  describe('without Intl.Segmenter', () => {
    const original = Intl.Segmenter;
    afterEach(() => {
      Object.defineProperty(Intl, 'Segmenter', { value: original, configurable: true, writable: true });
    });
    it('splits the same way (the sentence rules are our own) and still repairs abbreviations', () => {
      Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
      expect(split('Mr. Smith arrived. 他来了。她走了。')).toEqual(['Mr. Smith arrived.', '他来了。', '她走了。']);
    });
  });
});

describe('sentence breaks (Unicode sentence rules, without Intl.Segmenter)', () => {
  const SAMPLES = [
    'It cost 3.5 dollars. Next came the bill.',
    'U.S.A. Today is a paper. He won. and then he left.',
    'He said: "Go." Then he left. Really?! Yes. Hi!there',
    'x.) Y went. Yes, sir. – said he. etc.; more',
    'One. (Two.) Three. Wait… Then it came. end.The next',
    '这是。那是！好。 "Quoted." Then. a. 5 b. 4.) Next.',
    'Er sagte: „Wir schaffen das. Ganz sicher.“ Dann ging er. Am 3. Oktober.',
  ];

  it('tells ASCII characters apart by a table that says what the patterns say', () => {
    for (let code = 0; code < 0x80; code++)
      for (const { pattern, bit } of CHAR_CLASSES) {
        const char = String.fromCharCode(code);
        pattern.lastIndex = 0;
        const matches = pattern.test(char);
        expect([char, (ASCII_CLASSES[code]! & bit) !== 0]).toEqual([char, matches]);
      }
  });

  it('cuts where Intl.Segmenter cuts, keeping every character', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const text of SAMPLES) {
      const pieces = sentencePieces(text);
      expect(pieces.join('')).toBe(text);
      expect(pieces, text).toEqual([...segmenter.segment(text)].map((piece) => piece.segment));
    }
  });

  it('does not end a sentence before a small letter, a digit after a dot or a comma', () => {
    expect(sentencePieces('He won. and then left. A 3.5 rise, e.g., than 3. Next')).toEqual([
      'He won. and then left. ',
      'A 3.5 rise, e.g., than 3. ',
      'Next',
    ]);
  });
});

describe('key-point filters', () => {
  const tier = (
    sentence: string,
    kind: 'prose' | 'item' | 'secondary' | 'other' = 'prose',
    byline: string | null = null,
  ) =>
    sentenceTier(sentence, countWords(sentence), {
      titleKey: normaliseSentence('Council approves harbour plan'),
      bylineKey: byline && normaliseSentence(byline),
      kind,
    });

  it('takes a sentence of prose or of a list item', () => {
    expect(tier(STORY[0]!)).toBe('strict');
    expect(tier(STORY[0]!, 'item')).toBe('strict');
  });

  it('never takes a sentence that opens with a comma, semicolon or colon: its start is not in the text (readability/mathjax)', () => {
    expect(tier(', there are two solutions to the equation and they are both real.')).toBe('excluded');
    expect(tier('; the council will sell three warehouses to a housing cooperative.')).toBe('excluded');
    expect(tier(': the council will sell three warehouses to a housing cooperative.')).toBe('excluded');
  });

  it("never takes a sentence with an e-mail address a script writes in later ('[email protected]', elnacional 0850)", () => {
    const hidden = 'Readers can send their letters to the newsroom at [email\u00a0protected] from next Monday on.';
    expect(tier(hidden)).toBe('excluded');
    expect(tier(hidden.replace('[email\u00a0protected]', 'the usual address'))).toBe('strict');
  });

  it('never takes a caption, byline, date, credit line or call to action', () => {
    expect(tier('The eastern quay at dusk, seen from the old customs house.', 'other')).toBe('excluded');
    expect(tier('By Jane Doe and John Smith')).toBe('excluded');
    expect(tier('Jane Doe, harbour reporter', 'prose', 'Jane Doe, harbour reporter')).toBe('excluded');
    expect(tier('Updated: Tuesday 5 May 2020 10:32 BST')).toBe('excluded');
    expect(tier('Photo: Jane Doe/Reuters via Getty Images')).toBe('excluded');
    expect(tier('Sign up for our newsletter to get the harbour news every morning.')).toBe('excluded');
    expect(tier('Click here to read the full plan of the council.')).toBe('excluded');
    expect(tier('Follow us on Twitter for the latest news from the harbour.')).toBe('excluded');
    expect(tier('Read the plan at https://example.org/plan before the meeting.')).toBe('excluded');
    // A text-mode page's menu of bracketed labels (readability/ietf-1); a sentence that holds a bracket stays.
    expect(tier('[Docs] [txt|pdf] [Tracker] [Email] [Diff1] [Diff2] [Nits]')).toBe('excluded');
    expect(tier('The council [of the harbour district] approved the plan on Tuesday evening.')).toBe('strict');
  });

  it('never takes a quotation fragment', () => {
    expect(isQuotationFragment('"We will build homes on the quay.')).toBe(true);
    expect(isQuotationFragment('» Puis il est parti vers le port.')).toBe(true);
    expect(tier('"We will build homes on the quay, and we will start soon.')).toBe('excluded');
    expect(tier('and then the mayor left the council chamber in a hurry.')).toBe('excluded');
    // A complete quotation with its speaker is a sentence; a bare one is only a stopgap.
    expect(tier('"We will build homes on the quay," the mayor said on Tuesday.')).toBe('strict');
    expect(tier('"We will build homes on the quay and we will start soon."')).toBe('loose');
  });

  it('measures capitals among the cased letters of any script', () => {
    expect(capitalsShare('ABC def')).toBe(0.5);
    expect(capitalsShare('ÉTÉ À PARIS, été')).toBe(9 / 12);
    expect(capitalsShare('ΑΘΗΝΑ αθηνα МОСКВА москва')).toBe(0.5);
    expect(capitalsShare('中国经济 “OK” 𝐀𝐁c')).toBe(4 / 5);
    expect(capitalsShare('中国经济。')).toBe(0);
    // The blocks read as caseless hold no capital or small letter.
    const cased: number[] = [];
    for (const [first, last] of CASELESS_BLOCKS)
      for (let code = first; code <= last; code++)
        if (/[\p{Lu}\p{Ll}]/u.test(String.fromCharCode(code))) cased.push(code);
    expect(cased).toEqual([]);
    // Latin, Greek and Cyrillic (the table filled as they are met) as the Unicode classes tell them, met once or again.
    for (const pass of [1, 2])
      for (let code = 0x80; code < 0x530; code++) {
        const character = String.fromCharCode(code);
        const expected = /\p{Lu}/u.test(character) ? [0.5, 1] : /\p{Ll}/u.test(character) ? [0, 0.5] : [0, 1];
        expect([capitalsShare(`a${character}`), capitalsShare(`A${character}`)], `${code} ${pass}`).toEqual(expected);
      }
  });

  it('tells whether the capitals share is above a bound as the share itself does, stopping early or not', () => {
    const alphabet = ['a', 'B', 'é', 'É', ' ', '.', '中', '𝐀', '1', 'A', 'z'];
    let seed = 5;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: random(60) }, () => alphabet[random(alphabet.length)]).join('');
      for (const bound of [0, 0.5, 0.6, 0.75])
        expect(hasCapitalsShareAbove(text, bound), `${JSON.stringify(text)} ${bound}`).toBe(
          capitalsShare(text) > bound,
        );
    }
    expect(hasCapitalsShareAbove(`${'a'.repeat(40)}${'B'.repeat(59)}`, 0.6)).toBe(false);
    expect(hasCapitalsShareAbove(`${'a'.repeat(40)}${'B'.repeat(61)}`, 0.6)).toBe(true);
  });

  it('never repeats the headline, and keeps short or unpunctuated lines as a stopgap', () => {
    expect(tier('Council approves harbour plan')).toBe('excluded');
    expect(tier('Work could start next spring')).toBe('loose');
    expect(tier('SHE SAID THE COUNCIL HAD VOTED FOR THE PLAN.')).toBe('excluded');
  });
});

describe('ranking', () => {
  it('ranks a sentence that many others resemble above an aside, with a flat position prior', () => {
    const sentences = [
      'A cat sat in the garden all day.',
      'The harbour plan passed the council.',
      'The council debated the harbour plan for years.',
      'Critics of the harbour plan spoke at the council.',
      'The harbour plan gives the council new homes.',
    ];
    const flat = { damping: 0.5, leadScale: 1e12 };
    const scores = centrality(termVectors(sentences), flat);
    for (const index of [1, 2, 3, 4]) expect(scores[index]!).toBeGreaterThan(scores[0]!);
    expect([...scores].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('gives the lead more weight than the same sentence later on', () => {
    const sentences = [
      'The harbour plan passed.',
      'Rain fell on the quay.',
      'Wind blew over the sea.',
      'The harbour plan passed.',
    ];
    const scores = centrality(termVectors(sentences));
    expect(scores[0]!).toBeGreaterThan(scores[3]!);
  });

  it("restarts the walk partly at the sentences that hold the headline's terms: a feature's thesis beside its anecdote", () => {
    const sentences = [
      'Rain fell on the quay at dawn.',
      'Wind blew over the grey sea.',
      'Gulls cried above the fishing boats.',
      'The harbour plan passed the council.',
    ];
    const vectors = termVectors(sentences);
    const index = new TermIndex();
    sentences.forEach((sentence) => index.termIds(readSentenceWords(sentence)));
    const headline = new Set(index.termIds(readSentenceWords('Council passes harbour plan')));
    const relevance = headlineRelevance(vectors, headline);
    expect([...relevance].map((weight) => weight > 0)).toEqual([false, false, false, true]);
    const plain = centrality(vectors);
    const biased = centrality(vectors, undefined, relevance);
    expect(plain[3]!).toBeLessThan(plain[1]!);
    expect(biased[3]!).toBeGreaterThan(biased[1]!);
    // The lead keeps its weight over the others.
    expect(biased[0]!).toBeGreaterThan(biased[1]!);
    expect([...biased].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // A headline that no sentence shares leaves the position alone.
    expect([...centrality(vectors, undefined, new Float64Array(4))]).toEqual([...plain]);
  });

  it('numbers terms in the order first met: a word and its longer forms share one, function words have none', () => {
    const index = new TermIndex();
    const ids = (text: string): number[] => index.termIds(readSentenceWords(text));
    expect(ids('The government of Norway, a plan.')).toEqual([0, 1, 2]);
    expect(ids('Governments plan: NORWAY and the plan!')).toEqual([0, 2, 1, 2]);
    expect(ids('中国经济')).toEqual([3, 4, 5]);
    expect(ids('x 7')).toEqual([6]);
    expect(index.size).toBe(7);
    expect(readSentenceWords('  The “Plan”, 2nd try!').key).toBe('the plan 2nd try');
    for (const text of [
      'Naïve Ωmega—𝐀𝐁c ١٢٣ x\u0301y',
      'İstanbul’s 中国经济 𠀀a\ud835b',
      'Plain ASCII, 42 words.',
      '“It’s done” — «so» ©2024, 20° … they said.',
    ])
      expect(readSentenceWords(text).words).toEqual(text.toLowerCase().match(/[\p{L}\p{N}]+/gu));
    expect(readSentenceWords('“It’s done” — «so» 2024 … they said.').ascii).toBe(true);
    expect(readSentenceWords('It’s naïve.').ascii).toBe(false);
  });

  it('takes for no letter or digit only characters that are none', () => {
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      if (!LETTER_OUTSIDE_ASCII.test(character) && !/[a-z0-9]/i.test(character))
        expect(character).not.toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it('gives three key points to an article, up to five to a long one', () => {
    expect(keyPointCount(150)).toBe(3);
    expect(keyPointCount(1500)).toBe(4);
    expect(keyPointCount(5000)).toBe(5);
  });
});

describe('key points of an article', () => {
  it('gives a heading-less story three sentences, verbatim, in article order, each mapped to its paragraph', () => {
    const doc = page(`<h1>Council approves harbour plan</h1>${paragraphs(STORY)}`);
    const { result, elementsById } = analyzeDocument(doc);
    expect(result.wordCount).toBeGreaterThanOrEqual(150);
    expect(result.outline.filter((section) => section.level > 0)).toHaveLength(0);
    expect(result.keyPoints).toHaveLength(3);
    const positions = result.keyPoints.map((point) => STORY.indexOf(point.text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(result.keyPoints.map((point) => point.text)).size).toBe(3);
    result.keyPoints.forEach((point, index) => {
      expect(point.id).toBe(`k${index}`);
      expect(result.body).toContain(point.text);
      const element = elementsById.get(point.id)!;
      expect(element.localName).toBe('p');
      expect(element.textContent).toBe(point.text);
    });
    // The lead carries the story.
    expect(result.keyPoints[0]!.text).toBe(STORY[0]);
  });

  it('never takes a caption, byline, date, credit or call to action, even when they are sentences', () => {
    const doc = page(`<h1>Council approves harbour plan</h1>
      <p class="byline">By Jane Doe, harbour reporter</p><p>Tuesday, March 3, 2021</p>
      <figure><img src="quay.jpg"><figcaption>The harbour plan will turn the empty warehouses of the eastern quay into homes, the council said.</figcaption></figure>
      ${paragraphs(STORY.slice(0, 5))}
      <div class="image-caption">The council approved the harbour plan for the warehouses after a long night session.</div>
      ${paragraphs(STORY.slice(5))}
      <p>Sign up for our newsletter to get every story about the harbour plan and the council.</p>`);
    const { result } = analyzeDocument(doc);
    expect(result.keyPoints.length).toBe(3);
    for (const point of result.keyPoints) expect(STORY).toContain(point.text);
  });

  it('takes no piece of a sentence a hard line break cut, nor a line that ends with a comma (induux 0262)', () => {
    const doc = page(`<h1>New energy meters for the German market</h1>
      <p>The company extends its range of energy meters with new devices for the German market this spring.</p>
      <p><b>COMPLETE RANGE</b><br>From single-phase wiring with a direct connection of forty amperes in one<br>single module
      up to three-phase wiring over current transformers.</p>
      <p><b>GENERAL</b><br>Extendable versions with a memory for the data loggers of the plant,<br>Ethernet communication
      and relay outputs<br>Versions with a programmable output for energy pulses or alarm thresholds.</p>`);
    const texts = analyzeDocument(doc).result.keyPoints.map((point) => point.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts).not.toContain('From single-phase wiring with a direct connection of forty amperes in one');
    expect(texts).not.toContain('Extendable versions with a memory for the data loggers of the plant,');
  });

  it('takes no two alike: a pull quote that repeats a paragraph is one point', () => {
    const doc = page(
      `<h1>Council approves harbour plan</h1><p>${STORY[0]}</p><p>${STORY[0]}</p>${paragraphs(STORY.slice(1))}`,
    );
    const texts = analyzeDocument(doc).result.keyPoints.map((point) => point.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('takes no sentence that restates a point taken with words added (trafilatura 0561: "… hat den Steinkauz nun …")', () => {
    const short = 'BirdLife Schweiz hat den Steinkauz zum Vogel des Jahres 2021 gekürt.';
    const long =
      'BirdLife Schweiz hat den Steinkauz nun zum Vogel des Jahres 2021 gekürt, auch um aufzuzeigen, weshalb es ' +
      'zwingend eine ökologischere Landwirtschaftspolitik und eine bessere Raumplanung braucht.';
    const other = 'Die kleine Eule steht wie kaum ein anderer Vogel für den Erfolg von Schutzmassnahmen im Land.';
    const [a, b, c] = termVectors([short, long, other]);
    // The added words keep the two apart by their cosine: the share of the shorter one's terms tells.
    expect(cosine(a!, b!)).toBeLessThan(REDUNDANT_SIMILARITY);
    expect(restates(a!, b!)).toBe(true);
    expect(restates(b!, a!)).toBe(true);
    expect(restates(a!, c!)).toBe(false);
    const found = findKeyPoints({
      paragraphs: [
        `${short} ${other}`,
        'Der Steinkauz brütet in Baumhöhlen alter Obstbäume, die in der Schweiz immer seltener werden.',
        long,
        'Als Botschafter für eine ökologische Infrastruktur wird uns der Steinkauz durch das Jahr 2021 begleiten.',
      ],
      sources: Array.from({ length: 4 }, () => ({ element: null, kind: 'prose' as const })),
      lang: 'de',
      title: 'Der Steinkauz ist der Vogel des Jahres 2021',
      byline: null,
      wordCount: 400,
    });
    const texts = found.keyPoints.map((point) => point.text);
    expect(texts).toContain(short);
    expect(texts).not.toContain(long);
  });

  it('gives an article with headings key points too', () => {
    const doc = page(
      `<h1>Council approves harbour plan</h1>${paragraphs(STORY.slice(0, 4))}<h2>What happens next</h2>${paragraphs(STORY.slice(4))}`,
    );
    const { result } = analyzeDocument(doc);
    expect(result.outline.some((section) => section.text === 'What happens next')).toBe(true);
    expect(result.keyPoints).toHaveLength(3);
  });

  it('gives a short note fewer points when it has fewer sentences, and a page without an article none', () => {
    const short = analyzeDocument(page(`<h1>Harbour note</h1><p>${STORY[0]}</p><p>${STORY[1]}</p>`)).result;
    expect(short.keyPoints.map((point) => point.text)).toEqual([STORY[0], STORY[1]]);
    const empty = analyzeDocument(parseHTML('<html><body></body></html>').document as unknown as Document).result;
    expect(empty.found).toBe(false);
    expect(empty.keyPoints).toEqual([]);
  });

  it('ranks at most MAX_RANKED_SENTENCES sentences of a very long article', () => {
    const spelled = (n: number) => `k${String(n).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`;
    const filler = Array.from(
      { length: MAX_RANKED_SENTENCES + 200 },
      // Two words of its own in each (letters for the digits of i): no sentence restates another.
      (_, i) => `Paragraph ${i} tells of ${spelled(i)} harbour plan detail ${spelled(i + 7000)} and of the quay.`,
    );
    const sources = filler.map(() => ({ element: null, kind: 'prose' as const }));
    const late =
      'The harbour plan detail of the quay and the council and the harbour plan of the quay, said the council.';
    const found = findKeyPoints({
      paragraphs: [...filler, late],
      sources: [...sources, { element: null, kind: 'prose' }],
      lang: 'en',
      title: '',
      byline: null,
      wordCount: 5000,
    });
    expect(found.keyPoints).toHaveLength(5);
    expect(found.keyPoints.map((point) => point.text)).not.toContain(late);
    for (const point of found.keyPoints)
      expect(Number(/Paragraph (\d+)/.exec(point.text)![1])).toBeLessThan(MAX_RANKED_SENTENCES);
  });
});

describe('bounded ranking', () => {
  const input = (texts: readonly string[]) => ({
    paragraphs: texts,
    sources: texts.map(() => ({ element: null, kind: 'prose' as const })),
    lang: 'en',
    title: '',
    byline: null,
    wordCount: 5000,
  });

  it('ranks the first MAX_RANKED_SENTENCES sentences of an article of eighty', () => {
    const texts = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} tells of harbour plan detail number ${i}.`);
    // The points come from the opening (the lead-weighted ranking): eighty sentences are more than it weighs.
    expect(MAX_RANKED_SENTENCES).toBeLessThan(texts.length);
    expect(keyPointCandidates(input(texts)).map((candidate) => candidate.text)).toEqual(
      texts.slice(0, MAX_RANKED_SENTENCES),
    );
  });

  it('ranks a furniture sentence as context but never takes it, even as the lead', () => {
    const call = 'Subscribe to our newsletter to get the latest news about the harbour plan every week.';
    const texts = [call, ...STORY];
    expect(keyPointCandidates(input(texts)).map((candidate) => candidate.text)).toContain(call);
    const points = findKeyPoints(input(texts)).keyPoints.map((point) => point.text);
    expect(points).toHaveLength(5);
    expect(points).not.toContain(call);
  });
});

describe('datelines', () => {
  it('leaves a wire dateline out of the paragraph’s first sentence, keeping the rest verbatim', () => {
    const cases: [string, string][] = [
      ['WASHINGTON (Reuters) - Scientists on Monday unveiled the first map of Titan.', 'Scientists on Monday unveiled'],
      ['Hong Kong (CNN Business)A muddled view of the trade talks weighs on investors.', 'A muddled view'],
      ['(AP) — Health authorities are reporting a sixth fatality linked to the virus.', 'Health authorities'],
      ['LONDON — After nearly 20 years of hostile relations, the government changes course.', 'After nearly 20'],
      ['MÜNCHEN/BERLIN – Die Stadt will den Hafen bis 2030 umbauen.', 'Die Stadt will'],
      ['CLEVELAND, Ohio – The band will look to ride a potential induction into a tour.', 'The band will'],
      ['April 17, 2015 -- Doctors in the hospital are fighting an infection nobody can stop.', 'Doctors in'],
      ['LONDON, June 5, 2020 – The band will look to ride a potential induction into a tour.', 'The band will'],
      // trafilatura 0562: a press release's place and date, the day first with its stop.
      ['Wien, 14. Dezember 2021 – Aufgrund der Mobilität erholen sich die Menschen vermehrt in der Natur.', 'Aufgrund'],
      ['Berlin, 3. März 2022 - Die Stadt will den Hafen bis 2030 umbauen und neue Wohnungen bauen.', 'Die Stadt'],
      // trafilatura 0935 (WSVN): a hyphened place and a state's short name before the station.
      ['SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash left a boy dead, officials said.', 'An overnight'],
      // trafilatura 0726, 0642: a press release's date in figures run into its text.
      ['01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte der Vorstand heute in Nürnberg.', '„Der'],
      ['27.1.2022 - Bei der Erinnerung an die Verfolgten waren queere Opfer oft unsichtbar.', 'Bei der'],
      // readability/webmd-1: the month cut short with its stop.
      [
        'Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade.',
        'Life-threatening',
      ],
      // trafilatura 0198 (timesofisrael): the paper a story was taken from "via" the agency.
      ['KVELLER via JTA — The state of Washington has sworn in its first Native American justice.', 'The state of'],
      // zyte c467d507 (CBS Detroit): the place's first word cut short with a stop.
      ['ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth fatality linked to the virus.', 'Health'],
      // trafilatura 0756: a date in brackets run into the text.
      ['(21. November 2022) Energy prices rose again for the third time this year, the agency said.', 'Energy'],
      ['(March 3, 2021) The harbour board has approved the plan for the eastern quay.', 'The harbour'],
    ];
    for (const [sentence, opening] of cases) {
      const found = findKeyPoints({
        paragraphs: [sentence, ...STORY.slice(0, 4)],
        sources: Array.from({ length: 5 }, () => ({ kind: 'prose', element: null }) as never),
        lang: 'en',
        title: 'A headline',
        byline: null,
        wordCount: 120,
      });
      const first = found.keyPoints.find((point) => sentence.endsWith(point.text));
      expect(first?.text.startsWith(opening), sentence).toBe(true);
    }
  });

  it('leaves a dated dateline out of a paragraph that closes on a colon over a list (trafilatura 0562)', () => {
    const text = 'Die Stadt will den Hafen umbauen. Sie verweist auf sechs Regeln, die der Verband aufgestellt hat:';
    expect(withoutDateline(`Wien, 14. Dezember 2021 – ${text}`)).toBe(text);
    // Without a date, a line that closes on a colon may be a title's ("DMAX – Doku-Pilot:").
    expect(withoutDateline(`WIEN – ${text}`)).toBe(`WIEN – ${text}`);
  });

  it('keeps sentences that only look like one: a name and a bracket, a score, a title line, a dash in the middle', () => {
    for (const sentence of [
      'Stetter-Karp (65) folgt Thomas Sternberg an der Spitze des Komitees nach.',
      'Heritage (1-0): Armani Sheffield scored 19 points and had 3 steals in the game.',
      'Football food is comfort food — pizza, wings and dips — and it is hard to resist.',
      'Fast, audience-first and efficient – talk about mission alignment.',
      'DMAX – Doku-Pilot',
      'Benedikt XVI. – Licht des Glaubens: wer sein Leben zu bewahren sucht, wird es verlieren.',
      'St. Paul – the capital of the state – is where the band played its last concert, fans said.',
      'May 5, 2020 - the day the band played its last concert in the city, fans said.',
      '12.05.2021 war der Tag, an dem die Stadt den Plan für den Hafen beschlossen hat.',
      // Brackets that hold no date, or a date the text goes on from.
      '(Foto: dpa) Die Stadt will den Hafen bis 2030 umbauen und neue Wohnungen bauen.',
      '(2021) The harbour board has approved the plan for the eastern quay.',
      '(May 5, 2020) was the day the band played its last concert in the city, fans said.',
    ])
      expect(withoutDateline(sentence)).toBe(sentence);
  });
});
