/**
 * Key points of a Russian page read its openers as those of the other languages are (vocabulary/leaning-openers.json,
 * pointing-openers.json, language-markers.json): "И …", "Но …" lean on the sentence before, "Он …", "Эти …" point
 * back; and a third-person pronoun written after a preposition ("в ней", pl "w niej") always points back.
 */
import { describe, expect, it } from 'vitest';
import { markedLanguage } from '../../src/core/detect/key-points/page-language';
import { expectLeaning, proseKeyPoints } from '../support/key-points';

const STORY = [
  'Городской совет во вторник утвердил план перестройки старых складов в порту под жильё и мастерские.',
  'По плану на месте складов у восточной набережной появятся четыреста квартир и двадцать мастерских.',
  'И строительство квартир и мастерских в порту начнётся следующей весной.',
  'Мэр сообщил, что строительство может начаться следующей весной, если область одобрит кредит на проект.',
  'Область должна принять решение о кредите для порта до начала лета, сообщили в администрации города.',
];

describe('the openers of a Russian page', () => {
  it('lean or point back as in the other languages (zyte c4a3637c: "И при запуске игры …" as a key point)', () => {
    expectLeaning([
      ['И при запуске игры каждый раз придётся вносить правки.', 'ru', 'leans'],
      ['Но точно знал, что из всех моих хобби не брошу только одно: не перестану есть никогда.', 'ru', 'connects'],
      ['Он рассказал нам, как решил заняться столь необычным творчеством в свободное время.', 'ru', 'points'],
      ['Во-вторых, городской совет утвердил план перестройки старых складов в порту.', 'ru', 'leans'],
      ['Для этих блогеров кулинария стала настоящей работой, а не просто хобби на выходные.', 'ru', 'points'],
      // A demonstrative of time, and "это" as a definition's copula: the sentence's own.
      ['В этом году городской совет утвердил план перестройки старых складов в порту.', 'ru', 'none'],
      ['Фудблогер — это человек, который готовит и фотографирует еду для своих подписчиков.', 'ru', 'none'],
    ]);
  });

  it('leave a short sentence leaning on the one before out of the key points', () => {
    const points = proseKeyPoints(STORY, 'ru');
    expect(points).toHaveLength(3);
    expect(points).not.toContain(STORY[2]);
  });

  it('are read on a Russian page that declares no language', () => {
    expect(markedLanguage(STORY)).toBe('ru');
  });
});

describe('a third-person pronoun after a preposition', () => {
  it('points back (trafilatura 0502: "Krzysztoszek odpowiada w niej za …", the company named before)', () => {
    expectLeaning([
      ['Krzysztoszek odpowiada w niej za relacje z mediami i komunikację zewnętrzną firmy.', 'pl', 'points'],
      ['Мэр рассказал о нём журналистам после заседания городского совета во вторник.', 'ru', 'points'],
      ['Krzysztoszek odpowiada w firmie za relacje z mediami i komunikację zewnętrzną.', 'pl', 'none'],
    ]);
  });
});
