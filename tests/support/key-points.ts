/** The key points of an English article of these prose paragraphs, 200 words long (no elements, no headline). */
import { findKeyPoints } from '../../src/core/detect/key-points';

export const proseKeyPoints = (paragraphs: string[]): string[] =>
  findKeyPoints({
    paragraphs,
    sources: paragraphs.map(() => ({ element: null, kind: 'prose' as const })),
    lang: 'en',
    title: 'Harbour plan approved',
    byline: null,
    wordCount: 200,
  }).keyPoints.map((point) => point.text);
