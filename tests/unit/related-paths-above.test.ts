/**
 * related/targets.ts pathsAbove: a link to a path above another link of its box is a section (a teaser's kicker).
 * Told pair by pair in a small group and by a set of paths in a large one: the same answers either way.
 */
import { describe, expect, it } from 'vitest';
import { pathsAbove } from '../../src/core/detect/related/targets';

const target = (key: string) => ({ key, url: `https:${key}` });
const ARTICLE = '//news.example/noticias/acceso-miami/article123.html';
const KEYS = [
  '//news.example/noticias/acceso-miami',
  '//news.example/noticias',
  '//news.example',
  '//news.example/noticias/acceso',
  '//news.example/noticias/acceso-miami/',
  ARTICLE,
  `${ARTICLE}/more`,
  '/',
  '//',
  '',
];
/** The paths above each key, spelled out: its part before each "/" past the second character. */
const spelledOut = (keys: string[], key: string) =>
  keys.some((below) => [...below].some((c, at) => c === '/' && at > 1 && below.slice(0, at) === key));

describe('pathsAbove', () => {
  it('tells the paths above the keys of a small group, pair by pair', () => {
    const isSection = pathsAbove([target(ARTICLE), target('//news.example/deportes/x-1')]);
    expect(KEYS.filter(isSection)).toEqual([
      '//news.example/noticias/acceso-miami',
      '//news.example/noticias',
      '//news.example',
    ]);
    for (const key of KEYS) expect(isSection(key)).toBe(spelledOut([ARTICLE, '//news.example/deportes/x-1'], key));
  });

  it('gives the same answers for a large group, where a set of the paths is made', () => {
    const keys = [...Array.from({ length: 12 }, (_, i) => `//news.example/seccion-${i}/story-${i}`), ARTICLE];
    const isSection = pathsAbove(keys.map(target));
    for (const key of [...KEYS, '//news.example/seccion-3', '//news.example/seccion-3/story-3'])
      expect(isSection(key)).toBe(spelledOut(keys, key));
    expect(isSection('//news.example/seccion-3')).toBe(true);
  });
});
