/** Outlines for the library tests, built from the seed page's expected outline. */
import type { OutlineResult } from '../../src/core/types';
import { fixtureExpected, SEED } from '../support/corpus';

const seedExpected = fixtureExpected<{
  url: string;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  headings: { level: number; text: string }[];
  bullets: string[];
  related: { expected: { url: string; title: string }[] } | null;
  body: string;
}>(SEED);

/** The seed article as an OutlineResult (bullets spread over its sections, as the page has them). */
export function seedOutline(overrides: Partial<OutlineResult> = {}): OutlineResult {
  const perSection = Math.ceil(seedExpected.bullets.length / seedExpected.headings.length);
  return {
    url: seedExpected.url,
    found: true,
    title: seedExpected.title,
    byline: seedExpected.byline,
    siteName: seedExpected.siteName,
    publishedTime: seedExpected.publishedTime,
    lang: seedExpected.lang,
    dir: null,
    excerpt: null,
    wordCount: 612,
    readingMinutes: 3,
    outline: seedExpected.headings.map((heading, index) => ({
      id: `h${index}`,
      level: heading.level,
      text: heading.text,
      bullets: seedExpected.bullets.slice(index * perSection, (index + 1) * perSection),
      children: [],
    })),
    keyPoints: [],
    related: seedExpected.related?.expected ?? [],
    body: seedExpected.body,
    ...overrides,
  };
}

/** A distinct outline per number (its own URL and headline). */
export function numberedOutline(n: number): OutlineResult {
  return seedOutline({ url: `https://news.example.org/world/story-${n}/`, title: `Story number ${n}` });
}
