/**
 * Related labels the lexicon did not know (src/core/detect/related/lexicon/*.ts), found on design-fold pages where a
 * reader sees a related block and the outline listed none: Polish "Przeczytaj również" and "Inne artykuły autora"
 * (liberte 0487), German "Empfohlene Beiträge" (digitale-exzellenz 0360), "Empfehlung der Redaktion" (ingenieur 0765),
 * "Mehr vom Autor" (boxen1 0690), "Nachfolgender Beitrag" (krimiblog 0151); "by the same author" in French, Spanish,
 * Italian and Portuguese as English "from the same author" already was. The "you may also like / enjoy / be interested
 * in" family, "recommended for you", "similar articles" and "same category" in every language of the lexicon: German
 * "Artikel, die dir auch gefallen könnten" (iloveponysmag 0030), "Diese Artikel könnten dich interessieren"
 * (mitvergnuegen 0768), "Das Thema könnte dich auch interessieren:" (incurvy 0048). Small hand-written pages parsed
 * with linkedom.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';
import { matchBlockLabel, matchLinkText } from '../../src/core/detect/related/lexicon';

const PAGE_URL = 'https://magazyn.example.pl/opozycja-koncesjonowana-i-jej-granice/';
const PROSE =
  'Opozycja, która zgadza się na reguły gry ustalone przez władzę, traci zaufanie wyborców szybciej niż ktokolwiek.';

function relatedOf(label: string) {
  const html = `<!DOCTYPE html><html><body><article><div class="story"><p>${PROSE}</p><p>${PROSE}</p></div></article>
    <div class="row"><h2 class="headline"><span>${label}</span></h2><div class="row">
      <article class="entry"><h3><a href="/lewica-we-wlasnym-piekle/">Lewica we własnym piekle</a></h3></article>
      <article class="entry"><h3><a href="/lockdown-w-polskim-wydaniu-nie-dziala/">Lockdown w polskim wydaniu nie działa</a></h3></article>
      <article class="entry"><h3><a href="/upadek-fabryki-rzecznikow/">Upadek fabryki rzeczników</a></h3></article>
    </div></div></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  return findRelatedStories(doc, {
    baseUrl: PAGE_URL,
    pageUrl: PAGE_URL,
    headline: 'Koncesjonowana opozycja',
    articleRoots: [...doc.querySelectorAll('.story')],
  });
}

describe('related labels in Polish and German, and "by the same author"', () => {
  it('lists the stories under "Przeczytaj również" and "Inne artykuły autora"', () => {
    for (const label of ['Przeczytaj również', 'Inne artykuły autora'])
      expect(
        relatedOf(label).map((story) => story.title),
        label,
      ).toEqual(['Lewica we własnym piekle', 'Lockdown w polskim wydaniu nie działa', 'Upadek fabryki rzeczników']);
  });

  it('reads the new labels as related', () => {
    for (const label of [
      'Przeczytaj także',
      'Przeczytaj też',
      'Zobacz również',
      'Empfohlene Beiträge',
      'Empfohlene Artikel',
      'Empfehlung der Redaktion',
      'Empfehlungen der Redaktion',
      'Mehr vom Autor',
      'Du même auteur',
      'Del mismo autor',
      'Dello stesso autore',
      'Do mesmo autor',
    ])
      expect(matchBlockLabel(label)?.kind, label).toBe('related');
    expect(matchBlockLabel('Empfohlene Zitierweise')).toBeNull();
  });

  it('reads "Nachfolgender Beitrag" as a next-post link text', () => {
    expect(matchLinkText('Nachfolgender Beitrag »')?.kind).toBe('sequence');
  });
});

describe('related labels: "you may also like" and its kin', () => {
  it('lists the stories under "Artikel, die dir auch gefallen könnten" and "Diese Artikel könnten dich interessieren"', () => {
    for (const label of ['Artikel, die dir auch gefallen könnten', 'Diese Artikel könnten dich interessieren'])
      expect(relatedOf(label).length, label).toBe(3);
  });

  it('reads the family in every language as related', () => {
    for (const label of [
      'You may also enjoy',
      'You might also be interested in…',
      'You’ll also like',
      'Das könnte dir auch gefallen',
      'Das Thema könnte dich auch interessieren:',
      'Für dich empfohlen',
      'Ähnliche Nachrichten',
      'Ces articles pourraient vous intéresser',
      'Cela pourrait vous plaire',
      'Dans la même catégorie',
      'Le puede interesar',
      'También te puede gustar',
      'Artículos similares',
      'Ti potrebbe piacere',
      'Articoli che potrebbero interessarti',
      'Dit vind je misschien ook leuk',
      'To może cię zainteresować',
      'Recomendamos para você',
      'Também poderá gostar',
      'Вам также может быть интересно',
      'Вам також може сподобатися',
      'Mohlo by vás také zajímat',
      'Du kanske också gillar',
      'Bunlar da hoşunuza gidebilir',
      'قد يهمك',
      'אולי יעניין אותך',
      'あなたにおすすめ',
      '你可能也喜欢',
    ])
      expect(matchBlockLabel(label)?.kind, label).toBe('related');
  });

  it('does not read a question about this article, nor a word inside another, as the family', () => {
    expect(matchBlockLabel('Hat dir der Artikel gefallen?')).toBeNull();
    expect(matchBlockLabel('Ihnen hat der Artikel gefallen?')).toBeNull();
    expect(matchBlockLabel('Ook leukste')).toBeNull();
  });
});
