/**
 * related/text.ts hasTextBefore: whether the collapsed text before a node is longer than a limit, with a long text
 * node told by its start. It answers as textBefore(…).length > limit does, on every kind of text before the node.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasTextBefore, textBefore } from '../../src/core/detect/related/text';

function lineOf(html: string): { line: Element; link: Element } {
  const { document } = parseHTML(`<p>${html}</p>`);
  const line = document.querySelector('p') as unknown as Element;
  return { line, link: line.querySelector('a') as unknown as Element };
}

const LIMIT = 30;
const SPACES = ' \n\t\u00a0\u200b';
const texts = [
  '',
  'Kicker',
  'Kicker of exactly thirty chars',
  'Kicker of exactly thirty-one ch',
  'A sentence of prose that runs on well past the limit before the link, as a paragraph does.',
  `${SPACES.repeat(40)}Short`,
  `${SPACES.repeat(40)}${'word '.repeat(20)}`,
  `${'\u00ad'.repeat(70)}Short`,
  `${'\u200d'.repeat(80)}`,
  `${'ab\u00ad '.repeat(30)}`,
  `Short${' '.repeat(100)}`,
  `${'x'.repeat(59)}${' '.repeat(50)}y`,
  `${'x'.repeat(30)}`,
  `${'x'.repeat(31)}`,
  `${'x '.repeat(31)}`,
  'Президент прибыл в Бишкек с первым визитом после выдачи ордера',
  '東京で開かれた会議で新しい計画が承認されましたと関係者が述べた',
  `${'1,'.repeat(20)}${'\u200d'.repeat(20)}`,
];

describe('hasTextBefore', () => {
  it('answers as textBefore does, whatever the text before the link', () => {
    for (const before of texts)
      for (const after of ['', '<b>bold</b> ', `<span>${SPACES}</span>`, '<i>Mehr</i>: '])
        for (const html of [`${before}${after}<a href="/x">link</a>`, `${after}${before}<a href="/x">link</a>`]) {
          const { line, link } = lineOf(html);
          expect(hasTextBefore(line, link, LIMIT), JSON.stringify(html)).toBe(
            textBefore(line, link, LIMIT).length > LIMIT,
          );
        }
  });

  it('a long paragraph before the link is told by its start; a short kicker is not more', () => {
    const long = lineOf(`${texts[4]!.repeat(50)}<a href="/x">link</a>`);
    expect(hasTextBefore(long.line, long.link, LIMIT)).toBe(true);
    const kicker = lineOf('<span>Politics</span> <a href="/x">link</a>');
    expect(hasTextBefore(kicker.line, kicker.link, LIMIT)).toBe(false);
  });
});
