/**
 * related/url.ts: the cheap tests that let the article test skip its patterns give the answers the patterns give, on
 * a spread of paths (words, numbers of each length, years, months, dates, separators, "%").
 */
import { describe, expect, it } from 'vitest';
import { createTargetReader } from '../../src/core/detect/related/targets';
import {
  isPlainPathOfNoArticle,
  looksLikeArticleUrl,
  mayHoldArticleName,
  namesAnArticle,
  plainPathVerdict,
} from '../../src/core/detect/related/url';

const SEGMENTS = [
  'story',
  'photo',
  'news',
  'world',
  'a',
  'Über',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '2024',
  '1999',
  '2024-05',
  '05',
  '5',
  '13',
  'may',
  '20240517',
  '2024x05',
  'x2024',
  'one-two-three',
  'one-two',
  'one_two',
  'a.html',
  'index2726',
  '%C3%BCber',
  'line 2',
];

/** Every path of one to three SEGMENTS, with and without a trailing "/". */
function spread(): string[] {
  const paths: string[] = [];
  for (const a of SEGMENTS) {
    paths.push(`/${a}`, `/${a}/`);
    for (const b of SEGMENTS) {
      paths.push(`/${a}/${b}`, `/${a}/${b}/`);
      for (const c of ['2024', '05', 'story', '12345', 'one-two']) paths.push(`/${a}/${b}/${c}`);
    }
  }
  return paths;
}

/** The joined non-empty segments the article test reads. */
const joined = (path: string) =>
  decodeURIComponent(path)
    .split('/')
    .filter((part) => part !== '')
    .join('/');

describe('mayHoldArticleName', () => {
  it('tells a path of words and short numbers without a separator for no article', () => {
    for (const path of ['/story/1234', '/photo/999', '/world/europe', '/story/2024', '/a/1/2/3'])
      expect(mayHoldArticleName(path), path).toBe(false);
    for (const path of ['/story/12345', '/news/2024/05/story', '/one-two', '/a%20b', '/a.html'])
      expect(mayHoldArticleName(path), path).toBe(true);
  });

  it('never tells a path for no article that the article patterns take for one', () => {
    let skipped = 0;
    for (const path of spread()) {
      if (mayHoldArticleName(path)) continue;
      skipped++;
      expect(namesAnArticle(joined(path)), path).toBe(false);
    }
    // The spread holds paths both ways, among them dated paths the patterns take.
    expect(skipped).toBeGreaterThan(1000);
    expect(namesAnArticle(joined('/news/2024/05'))).toBe(true);
    expect(mayHoldArticleName('/news/2024/05')).toBe(true);
  });
});

describe('isPlainPathOfNoArticle', () => {
  const hrefs = () => [
    ...spread(),
    '//other.example/story/1234',
    '/story/1234?page=2',
    '/story/1234#top',
    ' /story/1234',
    '/story/12\\34',
    '/story/Über',
    'story/1234',
    '/a/./b',
    '/a/../1234',
    "/a/b!$&'()*;=:@",
  ];

  it('tells a plain path of words and short numbers for no article, and leaves every other href to the reader', () => {
    for (const href of ['/story/1234', '/photo/1', '/world/europe', '/a/b:c@d', '/'])
      expect(isPlainPathOfNoArticle(href), href).toBe(true);
    for (const href of ['/story/12345', '/news/2024/05/x', '//other.example/a', '/a?b', '/a#b', ' /a', '/Über', 'a/1'])
      expect(isPlainPathOfNoArticle(href), href).toBe(false);
  });

  it('answers where the plain-path verdict and the URL parser answer, and as the target reader does', () => {
    const base = 'https://news.example.org/live/blog';
    const read = createTargetReader(base, base);
    let told = 0;
    for (const href of hrefs()) {
      if (!isPlainPathOfNoArticle(href)) continue;
      told++;
      expect(plainPathVerdict(href, 'news.example.org'), href).toBe(false);
      expect(looksLikeArticleUrl(new URL(href, base)), href).toBe(false);
      expect(read(href), href).toBeNull();
    }
    expect(told).toBeGreaterThan(500);
  });
});
