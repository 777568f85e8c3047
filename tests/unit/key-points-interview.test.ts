/**
 * An interview's key points and outline (src/core/detect/content-kinds.ts withInterviewQuestions,
 * src/core/detect/key-points/index.ts): the questions are its sections, the answers carry its points.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { findKeyPoints } from '../../src/core/detect/key-points';
import type { OutlineResult } from '../../src/core/types';

/** The interviewer's opening question: the topic's background, then the question (trafilatura 0377, 0758, 0810). */
const OPENING =
  'Mayor Jensen, the city council approved your plan for the empty warehouses of the eastern harbour on Tuesday, ' +
  'after two years of debate about the harbour, the warehouses and the homes. What happens to the warehouses now?';
const QUESTIONS = ['Who will live in the new homes?', 'What did the opponents say?', 'When will the work start?'];
const ANSWERS = [
  'The council will sell three of the harbour warehouses to a housing cooperative and keep two for workshops.',
  'The cooperative plans about 400 homes in the warehouses, a third of them for rent below the market price.',
  'Opponents of the harbour plan feared that rents in the streets around the warehouses would rise with the homes.',
  'The regional government must still sign off on the loan for the quay walls before the builders start in spring.',
];

function analyze(article: string): OutlineResult {
  const doc = parseHTML(
    `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved</title></head><body><main><article>
    <h1>Harbour plan approved</h1>${article}</article></main></body></html>`,
  ).document as unknown as Document;
  return analyzeDocument(doc).result;
}

const interview = (opening: string, questions: readonly string[]): string =>
  [opening, ...questions].map((question, n) => `<p><strong>${question}</strong></p><p>${ANSWERS[n]}</p>`).join('');

describe('an interview', () => {
  it("takes its key points from the answers, not from the interviewer's words around a question", () => {
    const { keyPoints } = analyze(interview(OPENING, QUESTIONS));
    const texts = keyPoints.map((point) => point.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(OPENING).not.toContain(text);
  });

  it('opens a section with a long opening question when it asks three shorter ones', () => {
    const headings = analyze(interview(OPENING, QUESTIONS)).outline.map((section) => section.text);
    expect(headings).toEqual([OPENING, ...QUESTIONS]);
  });

  it('needs three shorter questions: long bold questions alone are emphasis', () => {
    const long = (n: number) => `${OPENING.slice(0, -1)}, question ${n}?`;
    expect(analyze(interview(long(0), [long(1), long(2), long(3)])).outline).toEqual([]);
  });
});

describe('a long story', () => {
  // A review's first paragraph (trafilatura 0166): each of its sentences names the book, its subject and its author.
  const OPENING = [
    'The new study by Heinz Miller on abandoned research tells the story of second volumes that never appeared.',
    'Miller reads the publishers archives to show why the research behind those second volumes was abandoned.',
    'The study of abandoned research gives each of the second volumes a chapter and names the authors behind them.',
    'Miller finds that abandoned research and the second volumes it promised are far more common than believed.',
    'Publishers kept the letters in which the authors of second volumes explained why their research was abandoned.',
  ];
  const LATER = [
    'Failure is part of science, and the study argues that universities should say so in their rules for research.',
    'Grant committees rarely ask what became of the projects they paid for once the money has been spent.',
    'Several of the authors in the study went on to write other books that were widely read and often cited.',
  ];
  const element = (n: number): Element =>
    (parseHTML(`<!DOCTYPE html><html><body><p id="p${n}"></p></body></html>`).document as unknown as Document).body
      .firstElementChild!;

  it('takes at most three key points from one paragraph while others have sentences that stand alone', () => {
    const paragraphs = [OPENING.join(' '), ...LATER];
    const sources = paragraphs.map((_, n) => ({ element: element(n), kind: 'prose' as const }));
    const input = { paragraphs, sources, lang: 'en', title: 'Abandoned research', byline: null, wordCount: 1500 };
    const { keyPoints } = findKeyPoints(input);
    expect(keyPoints).toHaveLength(4);
    expect(keyPoints.filter((point) => OPENING.includes(point.text))).toHaveLength(3);
  });
});
