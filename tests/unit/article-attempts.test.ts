/**
 * The article finder's attempts (src/core/detect/article.ts): one without class weights after an attempt over the
 * same walk that read no class weight other than 0 would pick and clean the same parts, so it is not run again
 * (s32-speed: the generated live blog's whole page was cleaned three times, now twice).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { findArticle, type AttemptFlags } from '../../src/core/detect/article';
import { weighed } from '../../src/core/detect/article-scores';
import * as clean from '../../src/core/detect/clean';

vi.mock('../../src/core/detect/clean', async (importOriginal) => {
  const original = await importOriginal<typeof clean>();
  return { ...original, cleanArticleSteps: vi.fn(original.cleanArticleSteps) };
});

const bodyOf = (html: string): HTMLElement =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

/** Paragraphs with two links each: as a whole block, the cleaning with its content rules drops it as linky. */
const linkyPosts = (count: number): string =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p><span>The council said on Tuesday</span> <a href="/story/${i}">update ${i}</a> and <em>more</em> new ` +
      `rules (<a href="/photo/${i}">photo</a>).</p>`,
  ).join('');

const cleanings = (body: HTMLElement): { calls: number; text: number } => {
  const spy = vi.mocked(clean.cleanArticleSteps);
  spy.mockClear();
  const selection = findArticle(body, { title: 'Live', findByline: false });
  return { calls: spy.mock.calls.length, text: selection?.textLength ?? 0 };
};

describe('the attempts of the article finder', () => {
  it('cleans a page again without class weights only when a class weight was read', () => {
    // No class or id anywhere: the third attempt (no class weights) would repeat the first; the last cleans anew.
    const plain = cleanings(
      bodyOf(`<main><article><h1>Live</h1><section>${linkyPosts(60)}</section></article></main>`),
    );
    expect(plain.calls).toBe(2);
    expect(plain.text).toBeGreaterThan(500);
    // A block named like content weighs its score: the third attempt runs.
    const named = cleanings(
      bodyOf(`<main><article class="content"><h1>Live</h1><section>${linkyPosts(60)}</section></article></main>`),
    );
    expect(named.calls).toBe(3);
    expect(named.text).toBe(plain.text);
  });
});

describe('a class weight under the attempt flags', () => {
  const [named, plain] = [bodyOf('<div class="comment"></div>'), bodyOf('<div class="x"></div>')].map(
    (body) => body.firstElementChild!,
  );

  it('is noted when it is not 0', () => {
    const flags: AttemptFlags = { stripUnlikely: false, weightClasses: true, cleanConditionally: true };
    expect(weighed(flags, plain!)).toBe(0);
    expect(flags.weighed).toBeUndefined();
    expect(weighed(flags, named!)).toBeLessThan(0);
    expect(flags.weighed).toBe(true);
  });

  it('is 0 and not read without weightClasses', () => {
    const flags: AttemptFlags = { stripUnlikely: false, weightClasses: false, cleanConditionally: true };
    expect(weighed(flags, named!)).toBe(0);
    expect(flags.weighed).toBeUndefined();
  });
});
