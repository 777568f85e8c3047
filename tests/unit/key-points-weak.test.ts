/**
 * Weak key points (src/core/detect/key-points/weak.ts): whole sentences that carry little of the
 * story alone are taken only when the article has nothing better.
 */
import { describe, expect, it } from 'vitest';
import { MIN_WORDS, MIN_WORDS_LOOSE, WORDS_WEIGHED } from '../../src/core/detect/key-points/filters';
import {
  isPointerSentence,
  isWeakKeyPoint,
  LEANING_MAX_WORDS,
  lastWord,
  leaningOpenersOf,
  leansOnSentenceBefore,
  quotedShare,
  WEAK_MAX_WORDS,
} from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';
import { expectLeaning, proseKeyPoints } from '../support/key-points';

const weak = (sentence: string): boolean => isWeakKeyPoint(sentence, countWords(sentence));

const keyPointsOf = proseKeyPoints;

describe('weak key points', () => {
  it("weigh a word count below WORDS_WEIGHED, up to which key points count a sentence's words", () => {
    for (const threshold of [MIN_WORDS, MIN_WORDS_LOOSE, WEAK_MAX_WORDS, LEANING_MAX_WORDS])
      expect(threshold).toBeLessThan(WORDS_WEIGHED);
    expect(weak('One two three four five six seven.')).toBe(true);
    expect(isWeakKeyPoint('One two three four five six seven eight nine.', Math.min(9, WORDS_WEIGHED))).toBe(false);
  });

  it('are questions, short lines, footnote-marked lines, quotations with their speaker and pointers', () => {
    expect(weak('What is free software and why does it matter to the city council?')).toBe(true);
    expect(weak('Who would have thought the city council would vote for the harbour plan in the end?!')).toBe(true);
    expect(weak('The next two months were tough.')).toBe(true);
    expect(weak('[2] The study is the first of its kind in the region and took ten years.')).toBe(true);
    expect(weak('“I felt strange as soon as the anesthesia started to wear off,” Steenburgen said.')).toBe(true);
    expect(weak('You can download the new version of the program from the project site here.')).toBe(true);
    expect(weak('See the release notes of the new version for more information about the changes.')).toBe(true);
    expect(weak(', there are two solutions to the equation and both of them are real numbers')).toBe(true);
    expect(weak('Atim: It would be tragic if this were not the beginning of something much bigger.')).toBe(true);
    // A first name and a name (trafilatura 0231: the interviewer's question); not a dateline in capitals nor a title.
    expect(weak('Karin Fischer: Richard, a study from Oxford predicts a huge loss of jobs to the machines.')).toBe(
      true,
    );
    expect(weak('NEW DELHI: Their dream shattered, nearly 150 people returned home broke on Wednesday.')).toBe(false);
    expect(weak('Star Wars Jedi: Fallen Order is a game that is many things to many different people.')).toBe(false);
  });

  it("are a short label's list of short items (zyte 5f03fc17: 'Portion Fix Containers: 1 Green, 1 Red, …')", () => {
    expect(weak('Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.')).toBe(true);
    expect(weak('Zutaten für vier: 200 g Mehl, zwei Eier, eine Prise Salz, etwas Milch.')).toBe(true);
    // A sentence's opening before its list, a list of clauses, a sentence with a colon but no list.
    expect(weak('The council has chosen three parts for the plan: housing, a park, a ferry.')).toBe(false);
    expect(weak('Two things changed: the council voted for the plan, the harbour board agreed, and work began.')).toBe(
      false,
    );
    expect(weak('The verdict: the harbour plan goes ahead after a decade of debate in the council.')).toBe(false);
  });

  it('are openers that announce the piece or greet the reader instead of saying something', () => {
    expect(weak('This is the harbour news you need to know this Tuesday morning.')).toBe(true);
    expect(weak('Welcome to the Harbour Daily deals, your source for the best boats you may want to buy.')).toBe(true);
    expect(weak('In this post, we go through the pros and cons of the three tools for you and your team.')).toBe(true);
    expect(weak('Was die Ursachen sein können, erfährst du hier in diesem Artikel über die Hafenstadt.')).toBe(true);
    expect(weak('The harbour needs to know by Friday whether the regional government will sign the loan.')).toBe(false);
  });

  it("open with a hook that calls on the reader's own experience: a commonplace, none of the story (readability cnet)", () => {
    expect(
      weak('Anyone who has ever been involved in building a harbour will tell you that you need a clear plan.'),
    ).toBe(true);
    expect(weak('Anyone who’s ever sailed into the old harbour knows how narrow its entrance is.')).toBe(true);
    expect(weak('Anyone who has paid the harbour fee since March will get a refund from the city.')).toBe(false);
  });

  it('report a reply not given: news, but none of the story (zyte 06e5123e, Reuters)', () => {
    expect(weak('A spokesperson for the harbour authority declined to comment on the plan.')).toBe(true);
    expect(weak('The harbour authority did not immediately respond to a request for comment.')).toBe(true);
    expect(weak('Ein Sprecher der Hafenbehörde wollte sich zu den Plänen zunächst nicht äußern.')).toBe(true);
    expect(weak('The harbour authority commented on the plan at length in its annual report.')).toBe(false);
    expect(weak('The office of the state attorney general had no comment on the harbour plan.')).toBe(true);
    expect(weak('The harbour authority had no immediate comment on the loan from the regional bank.')).toBe(true);
  });

  it("name the piece's sponsor: a notice on it, none of the story (zyte 88c328b6, The Telegraph's podcast)", () => {
    expect(
      weak("This week's Harbour Podcast is sponsored by the Kiel Boat Show, which takes place 18-24 November."),
    ).toBe(true);
    expect(weak('Der Hafen-Podcast wird präsentiert von der Kieler Bootsmesse, die im November stattfindet.')).toBe(
      true,
    );
    expect(weak('The harbour festival, which a shipping company sponsored for ten years, drew record crowds.')).toBe(
      false,
    );
  });

  it("hold a link's arrows: a teaser for another page inside the sentence (trafilatura 0668, laola1)", () => {
    expect(weak('Wie voll der Hafen im Sommer ist, zeigt ein Blick auf die Liste (Das kommt noch im Hafen >>>).')).toBe(
      true,
    );
    expect(weak('Wie voll der Hafen im Sommer ist, zeigt ein Blick auf die Liste der Schiffe im Hafenamt.')).toBe(
      false,
    );
    // A guillemet is a quotation mark: a quotation, no arrow.
    expect(weak('Der Bürgermeister nannte den Plan »einen guten Tag für den Hafen« und die ganze Stadt.')).toBe(false);
  });

  it('are not the sentences that carry a story', () => {
    expect(weak('The city council voted on Tuesday to approve a new plan for the harbour district.')).toBe(false);
    expect(weak('The mayor said the “new quay” could open next spring if the region pays for it.')).toBe(false);
    expect(weak('Officials said there was nothing more to add here, in the old harbour town of Kiel.')).toBe(false);
  });

  it('measure quotation and pointers by their words', () => {
    expect(quotedShare('He said “yes” to it.')).toBeCloseTo(5 / 20);
    expect(isPointerSentence('Mehr dazu lesen Sie hier.')).toBe(true);
    expect(isPointerSentence('The boats were there.')).toBe(false);
    // The link's "here" inside the sentence, a call to follow it (trafilatura 0157's teasers).
    expect(isPointerSentence('Erfahren Sie hier mehr über die Geschichte der Filmstadt Göttingen.')).toBe(true);
    expect(isPointerSentence('Click here to read the full report on the harbour district.')).toBe(true);
    expect(isPointerSentence('Die Geschichte der Filmstadt ist hier mehr als ein Kapitel.')).toBe(false);
    // The vocabulary's apostrophe is the straight one; the sentence's own are folded to it, however written.
    for (const name of ["je m'appelle", 'je m’appelle', 'je mʼappelle', 'je m´appelle'])
      expect(isPointerSentence(`Bonjour à tous, ${name} Jeanne et j’écris sur le port depuis dix ans.`), name).toBe(
        true,
      );
  });

  it('announce the piece or introduce its author instead of telling the story', () => {
    // zyte c582d3b7's opening lines, trafilatura 0646's "In diesem Überblick …".
    const paragraphs = [
      'Today, we’re going to talk about why focus is important for the harbour district’s small shops.',
      'If we haven’t met yet, my name is Jane Doe and I have been writing about the harbour since 2010.',
      'The city council voted on Tuesday to approve a new plan for the harbour district after two years.',
      'Under the plan, the old warehouses along the eastern quay will be turned into housing and workshops.',
      'The mayor said construction could start next spring if the regional government signs off on the loan.',
    ];
    expect(keyPointsOf(paragraphs)).toEqual(paragraphs.slice(2));
    expect(weak("Today we're going to look at the harbour plan the city council approved on Tuesday.")).toBe(true);
    expect(weak('In diesem Überblick finden Genießer viele Informationen rund um den Schritt zum Genuss.')).toBe(true);
    expect(weak('Heute zeigen wir euch, wie der Hafen in zehn Jahren aussehen soll und was er kostet.')).toBe(true);
    // A release's news opens with "Today" too: not an announcement of the piece.
    expect(weak('Today, we’re excited to share a new approach to the old harbour plan.')).toBe(false);
    // What follows announced: the facts are in the next sentences (zyte ef4e67b6).
    expect(weak('Remember what we already know about the harbour plan and its cost.')).toBe(true);
    expect(weak('Here’s what the harbour plan means for the small shops on the quay.')).toBe(true);
    expect(weak('Consider what the council decided about the harbour plan on Tuesday.')).toBe(true);
    expect(weak('What the council decided about the harbour plan surprised the small shops.')).toBe(false);
  });

  it("tell of writing the post in the first person (readability blogger's preamble), not the author's facts", () => {
    const paragraphs = [
      "I've written a couple of posts in the past few months but they were all for the blog at work so I figured I'm long overdue for one here.",
      'The city council voted on Tuesday to approve a new plan for the harbour district after two years.',
      'Under the plan, the old warehouses along the eastern quay will be turned into housing and workshops.',
      'The mayor said construction could start next spring if the regional government signs off on the loan.',
    ];
    expect(keyPointsOf(paragraphs)).toEqual(paragraphs.slice(1));
    expect(weak('I’ve been meaning to write about the harbour plan since the council first debated it.')).toBe(true);
    expect(weak("I figured I'd write up what I learned about the harbour plan this spring.")).toBe(true);
    expect(weak('Ich wollte diesen Text schon seit Anfang des Jahres schreiben, aber ich hatte keine Energie.')).toBe(
      true,
    );
    // The author's own facts: writing to someone, a loss written off, no piece named.
    expect(weak('I wrote to the council in March about the harbour plan and never got an answer.')).toBe(false);
    expect(weak('We had to write off two million euros when the harbour plan was stopped last year.')).toBe(false);
    expect(weak('Wir schreiben das Jahr 1989, und der Hafen ist noch voller Schiffe aus aller Welt.')).toBe(false);
    expect(weak('I asked three writers to sum up their thoughts on the new harbour plan for this week.')).toBe(false);
  });

  it('promise the reader what comes next, the word order inverted after it (incurvy 0048: "…, das verrate ich dir")', () => {
    expect(
      weak('Was das Besondere an der Behandlung ist und welche Tipps die Gründerin hatte, das verrate ich dir jetzt.'),
    ).toBe(true);
    expect(weak('Welche Tasche zu welchem Anlass am Hafen passt, zeigen wir euch in der Fotostrecke.')).toBe(true);
    expect(weak('In the next part of this series I’ll show you how the harbour plan was paid for.')).toBe(true);
    // The verb with its subject but no reader: the story's own.
    expect(weak('Wie viel der Hafen kostet, verrate ich nicht, sagte der Bürgermeister am Dienstag.')).toBe(false);
  });

  it('are taken only when the article has nothing better', () => {
    const paragraphs = [
      'The city council voted on Tuesday to approve a new plan for the harbour district after two years.',
      'The next two months were tough.',
      'Under the plan, the old warehouses along the eastern quay will be turned into housing and workshops.',
      'Was it worth the long wait for the people who live near the harbour district?',
      'The mayor said construction could start next spring if the regional government signs off on the loan.',
    ];
    expect(keyPointsOf(paragraphs)).toEqual([paragraphs[0], paragraphs[2], paragraphs[4]]);
    expect(keyPointsOf(paragraphs.slice(1, 2))).toEqual([paragraphs[1]]);
  });
});

describe('a short sentence leaning on the one before', () => {
  const leans = (sentence: string, lang: string | null): boolean =>
    leansOnSentenceBefore(sentence, countWords(sentence), leaningOpenersOf(lang));

  it("opens with a connective of the page's language and says little alone", () => {
    expect(leans('And that means a slaughter of some degree.', 'en-US')).toBe(true);
    expect(leans('However, the plan was dropped by the council.', 'en')).toBe(true);
    expect(leans('Denn die erste Gilde wollte viel und konnte gar nichts.', 'de-DE')).toBe(true);
    expect(leans('Mais la ville a refusé le projet du port.', 'fr')).toBe(true);
    expect(leans('Or even for great sex for one night.', 'en')).toBe(true);
    // Another language's word, an unknown language, a word that only starts like one, a longer sentence.
    expect(leans('Mais de cem pessoas foram ao porto ontem à tarde.', 'pt')).toBe(false);
    expect(leans('And that means a slaughter of some degree.', null)).toBe(false);
    expect(leans('Andrew Smith was elected mayor of the harbour town.', 'en')).toBe(false);
    expect(
      leans('But among participants aged 18 to 25, the rates of cannabis use in the past month did not change.', 'en'),
    ).toBe(false);
  });

  it('is a key point only when the article has nothing better', () => {
    const paragraphs = [
      'The city council voted on Tuesday to approve a new plan for the harbour district after two years.',
      'And that means the old harbour will change for good.',
      'Under the plan, the old warehouses along the eastern quay will be turned into housing and workshops.',
      'The mayor said construction could start next spring if the regional government signs off on the loan.',
    ];
    expect(keyPointsOf(paragraphs)).toEqual([paragraphs[0], paragraphs[2], paragraphs[3]]);
    expect(keyPointsOf(paragraphs.slice(1, 2))).toEqual([paragraphs[1]]);
  });
});

describe('the last word of a sentence', () => {
  /** The rule as one pattern over the whole sentence (quadratic in word length, so not used). */
  const WHOLE_SENTENCE_PATTERN = /([\p{L}]+)[\s"'”’»)]*[.!…]?["'”’»)]*$/u;

  it('is the word before the closing marks and one stop, as the whole-sentence pattern reads it', () => {
    const samples = [
      'You can download it here.',
      'Mehr dazu lesen Sie hier. ',
      'He said it was “over here.”',
      'See the notes (below).',
      'It ends here…” ',
      'It ended in 2021.',
      'Is it here?',
      'It ends here..',
      'Two stops here. .',
      `A ${'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'.repeat(2)}.`,
      `Letters outside the BMP: ${'𝐀𝐁'.repeat(30)}.`,
      `Odd halves: b${'𝐀'.repeat(24)}!`,
      'Ends with a mark\u0301.',
      '',
      '.',
      'word',
    ];
    for (const sample of samples) expect(lastWord(sample), sample).toBe(sample.match(WHOLE_SENTENCE_PATTERN)?.[1]);
    expect(lastWord('You can download it here.”')).toBe('here');
    expect(lastWord('It ended in 2021.')).toBeUndefined();
  });
});

describe('a sentence that points back', () => {
  it("opens with a pronoun of the page's language, or with a connective and goes on (zyte dc7ccccc, 7f93c194)", () => {
    expectLeaning([
      ['He had been facing the rape charge in Sweden since 2010, the prosecutor said.', 'en', 'points'],
      ['She added that an appeal against the decision could be made to the office.', 'en-GB', 'points'],
      ['Er sagte, die Stadt werde den Hafen bis 2030 umbauen und neue Wohnungen bauen.', 'de', 'points'],
      ['Dies beeinflusst alle Bereiche unseres Lebens von der Arbeitswelt bis zur Freizeit.', 'de', 'points'],
      ['Il sera désormais examiné par le Sénat, puis le Conseil constitutionnel.', 'fr', 'points'],
      ['But among participants aged 18 to 25, the rates of cannabis use did not change at all.', 'en', 'connects'],
      ['And that means a slaughter of some degree.', 'en', 'leans'],
    ]);
  });

  it('opens with a relative pronoun: it leans however long it goes on (zyte ef4e67b6)', () => {
    expectLeaning([
      ["Which is not to say that whatever happened on Saturday wasn't minor or maybe even routine.", 'en', 'leans'],
      // On a page that names no language too: the word is English's alone.
      ["Which is not to say that whatever happened on Saturday wasn't minor or maybe even routine.", null, 'leans'],
      ['Which is not what the council had said about the plan for the harbour district.', 'fr', 'none'],
      ['Weshalb die Stadt den Hafen bis 2030 umbauen und dort viele neue Wohnungen bauen will.', 'de', 'leans'],
      // A word that only starts like one opens a sentence of its own.
      [
        'Whichever plan the council takes, the old warehouses along the quay will be turned into housing.',
        'en',
        'none',
      ],
    ]);
  });

  it('is not a name that starts like a pronoun, a demonstrative of time, a sentence of an unknown language', () => {
    expectLeaning([
      ['Heather Smith was elected mayor of the harbour town on Sunday night.', 'en', 'none'],
      ['This year’s survey of more than 5,000 professionals shows a shift in priorities.', 'en', 'none'],
      ['This holiday season I was thinking of flavors that would put me in the spirit.', 'en', 'none'],
      ['Diese Woche hat die Stadt den Plan für den Hafen und die neuen Wohnungen beschlossen.', 'de', 'none'],
      ['This comes after police said the demonstrators had left the university campus.', 'en', 'points'],
      ['He had been facing the rape charge in Sweden since 2010, the prosecutor said.', null, 'none'],
    ]);
  });

  const story = [
    'The city council voted on Tuesday to approve a new plan for the harbour district after two years of debate.',
    'He said the harbour plan would bring new housing and workshops to the old eastern quay by next spring.',
    'Under the plan, the old warehouses along the eastern quay will be turned into housing and workshops.',
    'The mayor said construction could start next spring if the regional government signs off on the loan.',
    'The regional government is expected to decide on the loan for the harbour plan before the summer.',
  ];

  it('is taken after the sentences that stand on their own come near its weight', () => {
    expect(keyPointsOf(story)).not.toContain(story[1]);
    expect(keyPointsOf(story)).toHaveLength(3);
  });

  it('is weighed in full when the sentence before it, in its paragraph, is a key point above it', () => {
    const paragraphs = [`${story[0]} ${story[1]}`, ...story.slice(2)];
    expect(keyPointsOf(paragraphs)).toContain(story[1]);
  });

  it('weighs less after a connective, when a sentence that stands on its own comes near', () => {
    const paragraphs = [
      story[0]!,
      story[2]!,
      'But the regional government must still sign off on the loan for the harbour plan before work can start.',
      'The mayor said construction could start next spring if the council finds the money for the quay.',
      'Residents of the eastern quay have asked for a park and a ferry stop as part of the plan.',
      'A ferry company from the north has offered to run boats to the quay twice an hour.',
    ];
    expect(keyPointsOf(paragraphs)).toEqual([paragraphs[0], paragraphs[1], paragraphs[3]]);
  });
});
