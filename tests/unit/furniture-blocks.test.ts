/**
 * Offer and teaser boxes (src/core/detect/furniture-blocks.ts, outline-furniture.ts): the outline and
 * the key points leave them out, the body text keeps them; on small pages written for each rule.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isShareList } from '../../src/core/detect/honest-items';
import {
  blockLabelKind,
  hasOfferSignals,
  isOfferText,
  isWholeLabel,
  linesHoldOfferSignals,
  offerSignals,
} from '../../src/core/detect/furniture-blocks';
import { analyzeDocument, outlineDocument } from '../../src/core/index';
import { countWords } from '../../src/core/text';
import type { OutlineResult, OutlineSection } from '../../src/core/types';
import { p } from './fixtures/prose';

function analyse(article: string, after = ''): OutlineResult {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
    ${p(0)}${p(1)}${article}${p(2)}${p(3)}</article>${after}</main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document);
}

/** The paragraph of a section the tests head "What happens next" or "Next steps": what the plan does next. */
const NEXT = '<p>The council will vote on the loan in June, and the first tenants could move in two years later.</p>';
/** The paragraph of a section headed "What readers said". */
const READERS = '<p>Readers wrote to the paper that the new library on the quay should open on Sundays as well.</p>';

function itemsOf(sections: OutlineSection[]): string[] {
  return sections.flatMap((section) => [
    ...(section.level ? [section.text] : []),
    ...section.bullets,
    ...itemsOf(section.children),
  ]);
}

const OFFER = `<div class="box"><p><small>Already a subscriber? <a href="/login">Log in</a></small></p>
  <h3>Unlimited access</h3><ul><li>All articles on our site</li><li>The news app</li></ul>
  <h3>Digital $2 / month for 3 months</h3><ul><li>Cancel anytime</li><li>Newsletter</li></ul></div>`;

describe('offer boxes', () => {
  it('counts different offer words once each, and a price per period as one', () => {
    expect(offerSignals('Subscribe now. Subscribe!')).toBe(1);
    expect(offerSignals('Digital 3 € / Monat, jederzeit kündbar')).toBe(2);
    expect(offerSignals('Der Preis stieg auf 4,99 € im Monat.')).toBe(1);
    expect(offerSignals('The fabulous aboriginal art')).toBe(0);
  });

  it("reads a French sign-up button ('Créer un compte') as an offer word: a paywall's third (trafilatura 0263)", () => {
    const paywall = 'Pour lire la suite, créez votre compte. Ou connectez-vous ici. Créer un compte';
    expect(offerSignals(paywall)).toBe(3);
    expect(isOfferText(paywall)).toBe(true);
  });

  it('finds offer words whatever their case, a long s read as an s', () => {
    expect(offerSignals('SUBSCRIBE NOW. Jederzeit KÜNDBAR')).toBe(2);
    expect(offerSignals('\u017Fubscribe')).toBe(1);
    expect(offerSignals('Subscribe and \u017Fubscribe')).toBe(2);
  });

  it("reads an article's lines one by one as their joined text (no offer word holds a line break; a price may)", () => {
    const cases: [string[], number][] = [
      [['Subscribe now.', 'Cancel anytime.', 'Log in to read on.'], 3],
      [['Subscribe now.', 'Cancel anytime.', 'Only 3 €', '/ Monat.'], 3], // the price reaches over a line's end
      [['Subscribe now.', 'Only 3 €', '/ Monat.'], 3],
      [['Subscribe now.', 'Cancel anytime', 'Subscribe!', 'sign', 'in'], 3], // 'sign in' is no word over a line's end
      [['Newsletter', 'newsletter', 'Sign up', 'Log in'], 3],
      [['Der Preis: 4,99 € im Monat.'], 1],
      [['abo', 'nnent'], 1],
      [[], 3],
      [[], 0],
    ];
    for (const [lines, min] of cases)
      expect(linesHoldOfferSignals(lines, min), lines.join(' | ')).toBe(hasOfferSignals(lines.join('\n'), min));
    expect(cases.map(([lines, min]) => linesHoldOfferSignals(lines, min))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('needs three offer words; a long text needs one per 700 characters', () => {
    expect(isOfferText('Bereits Abonnent? Anmelden. Jederzeit kündbar.')).toBe(true);
    expect(isOfferText('Sign up for the ad-free plan for $11.99 a month')).toBe(false);
    expect(isOfferText('The streaming service raised its subscription price on Tuesday.')).toBe(false);
    const article = `${'The council met again and talked about the harbour plan for hours. '.repeat(30)} Subscribe. Log in.`;
    expect(isOfferText(article)).toBe(false);
  });

  it('leaves a paywall box out of the outline, the key points and the body text', () => {
    const result = analyse(OFFER);
    expect(itemsOf(result.outline)).toEqual([]);
    expect(result.keyPoints.map((point) => point.text).join(' ')).not.toMatch(/subscriber|month/);
    expect(result.body).not.toContain('Cancel anytime');
    expect(result.body).toContain('The city council voted on Tuesday');
    // The word count and reading time are the body's: the box's words are not in them (trafilatura 0242 counted 199
    // words for a 70-word body once its related box had been left out).
    expect(result.wordCount).toBe(countWords(result.body));
  });

  it("reads an offer box by its reading text, its own stylesheet's and script's not counted (trafilatura 0432)", () => {
    const style = `<style>${'.buybox .c-box__body { display: flex; flex-direction: column; padding: 6%; } '.repeat(40)}</style>`;
    const box = `<div class="buybox"><h2>Access options</h2><h3>Buy single article</h3>
      <div><p>Instant access to the full article PDF.</p><p>37,40 €</p></div><h3>Subscribe to journal</h3>
      <div><p>Immediate online access to all issues from 2019. Subscription will auto renew annually.</p></div>
      <script>function rent(data) { document.querySelector('.rent').style.display = 'flex'; }</script>${style}</div>`;
    const result = analyse(box);
    expect(result.body).not.toContain('Instant access');
    expect(itemsOf(result.outline)).toEqual([]);
  });

  it('keeps a list of the article that mentions a subscription once', () => {
    const result = analyse('<ul><li>The subscription costs less for students</li><li>Families pay the same</li></ul>');
    expect(itemsOf(result.outline)).toEqual(['The subscription costs less for students', 'Families pay the same']);
  });
});

describe('teaser boxes', () => {
  it('reads labels of boxes of other stories and furniture, not titles that start alike', () => {
    expect(blockLabelKind('Weitere Artikel')).toBe('related');
    expect(blockLabelKind('Meistgelesene Artikel')).toBe('sitewide');
    expect(blockLabelKind('Comments')).toBe('furniture');
    expect(blockLabelKind('About the author')).toBeNull();
    expect(blockLabelKind('Related work on harbour plans in the north of the country')).toBeNull();
    expect(isWholeLabel('Comments (12)')).toBe(true);
    expect(isWholeLabel('Latest developments')).toBe(false);
  });

  it('reads German "most read" labels written with a hyphen, and "Lesermeinungen" (comments), as labels', () => {
    // trafilatura 0622 (kath.net: "meist-diskutiert", "meist-gelesen", "Lesermeinungen").
    expect(blockLabelKind('meist-diskutiert')).toBe('sitewide');
    expect(blockLabelKind('Meist-gelesen')).toBe('sitewide');
    expect(blockLabelKind('Meist-gelesene Begriffe der Woche')).toBeNull();
    expect(itemsOf(analyse(`<h2>Die Abstimmung</h2>${p(1)}<h3>Lesermeinungen</h3><p>Name *</p>`).outline)).toEqual([
      'Die Abstimmung',
    ]);
  });

  it('leaves out a box inside the article that starts with such a label, with its list of headlines', () => {
    const teasers = `<section><div><h2>More stories</h2></div><ul>
      <li><a href="/a/one-story">A ferry line to the islands reopens</a> The boats run again from May.</li>
      <li><a href="/a/two-story">Bridge repairs close the north road</a> Drivers must use the ring road.</li>
      </ul></section>`;
    const result = analyse(`<h2>The vote</h2><ul><li>Twelve for</li><li>Three against</li></ul>${teasers}`);
    expect(itemsOf(result.outline)).toEqual(['The vote', 'Twelve for', 'Three against']);
  });

  it('keeps a "See also" section that stands in the flow of the article', () => {
    const result = analyse('<h2>See also</h2><ul><li><a href="/wiki/Harbour">Harbour</a></li><li>Quay</li></ul>');
    expect(itemsOf(result.outline)).toEqual(['See also', 'Harbour', 'Quay']);
  });

  it('drops a furniture word alone in the flow ("Comments") but keeps a title that starts like a label', () => {
    const result = analyse('<h2>Latest developments</h2><p>More talks follow next week.</p><h2>Comments</h2>');
    expect(itemsOf(result.outline)).toEqual(['Latest developments']);
  });

  it('drops a heading for screen readers only (by the class of a CMS or CSS framework), in the outline and the text', () => {
    // trafilatura 0523 ("Hauptinhalt" with Bootstrap's text-hide), 0097 (WordPress's "Beitrags-Navigation").
    const hidden = (names: string, label: string) => `<h2 class="${names}">${label}</h2>`;
    const result = analyse(
      `${hidden('text-hide', 'Hauptinhalt')}<h2>The vote</h2>${p(1)}${hidden('nav-title screen-reader-text', 'Post navigation')}<div><a href="/a/one">Older</a></div>`,
    );
    expect(itemsOf(result.outline)).toEqual(['The vote']);
    expect(result.body).not.toContain('Hauptinhalt');
    // A class that only holds such a name inside a word of its own is no such class.
    expect(
      itemsOf(analyse(`${hidden('no-sr-only-here', 'Background')}${p(1)}<h2>The vote</h2>${p(2)}`).outline),
    ).toEqual(['Background', 'The vote']);
  });

  it('drops a count over the comments ("36 Comments") but keeps the comments in the text', () => {
    // trafilatura 0031: its ground truth counts a comment as the page's text.
    const thread = (heading: string) =>
      `<section><div class="title"><h2>${heading}</h2></div><div class="note"><p>Ben, 19 June</p><p>I think the council should have waited for the new study before it voted on the plan.</p></div></section>`;
    for (const heading of ['36 Comments', '3 Kommentare']) {
      const result = analyse(`<h2>The vote</h2>${p(1)}${thread(heading)}`);
      expect(itemsOf(result.outline)).toEqual(['The vote']);
      expect(result.body).toContain('I think the council should have waited');
    }
    // A heading that goes on after the label stays (Readability keeps "2 comments on “…”", firefox-nightly-blog).
    expect(itemsOf(analyse(`<h2>The vote</h2>${p(1)}${thread('2 comments on “The vote”')}`).outline)).toEqual([
      'The vote',
      '2 comments on “The vote”',
    ]);
  });

  it('drops the heading of a comment form in German ("Schreibe einen Kommentar")', () => {
    for (const label of ['Schreibe einen Kommentar', 'Hinterlassen Sie einen Kommentar', 'Kommentar schreiben'])
      expect(itemsOf(analyse(`<h2>Die Abstimmung</h2>${p(1)}<h3>${label}</h3><p>Name *</p>`).outline)).toEqual([
        'Die Abstimmung',
      ]);
  });

  it('drops a label over nothing: a widget filled by a script, or a label with no text before the next heading', () => {
    const widget = '<div class="player"><h3>Popular on Example</h3><div id="p"></div><script>load()</script></div>';
    expect(itemsOf(analyse(`<h2>The vote</h2>${p(1)}${widget}`).outline)).toEqual(['The vote']);
    const flow = analyse(`<h2>Trending now on the site</h2><h2>The vote</h2>${p(1)}`);
    expect(itemsOf(flow.outline)).toEqual(['The vote']);
    const withText = analyse(`<h2>Trending now on the site</h2>${p(1)}`);
    expect(itemsOf(withText.outline)).toEqual(['Trending now on the site']);
  });

  it("drops headings that are related stories' titles, the label right above them, and a related label over nothing", () => {
    const teaser = (title: string, slug: string) =>
      `<div class="card"><h3>${title}</h3><a href="https://example.org/news/2024/${slug}/"><img src="/i.jpg" alt=""></a></div>`;
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title>
      <link rel="canonical" href="https://example.org/news/2024/harbour-plan-approved/"></head><body><main><article>
      ${p(0)}<h2>Related post: A ferry line to the islands reopens</h2>${p(1)}<h2>The vote</h2>${p(2)}${p(3)}
      <h3>You may also like:</h3><h2>Weitere Beiträge zum Thema</h2><div>
      ${teaser('A ferry line to the islands reopens', 'ferry-line-islands-reopens')}
      ${teaser('Bridge repairs close the north road', 'bridge-repairs-close-north-road')}
      ${teaser('New school opens by the old harbour', 'new-school-opens-old-harbour')}</div></article></main></body></html>`;
    const result = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(result.related.map((story) => story.title)).toContain('Bridge repairs close the north road');
    expect(itemsOf(result.outline)).toEqual(['The vote']);
  });

  it('drops a related label in the flow over a list whose items lost their headlines to the related stories', () => {
    // trafilatura 0344: "Related Posts" over items left with their score ("98") and a thumbnail.
    const teaser = (title: string, slug: string, score: number) =>
      `<li><div class="title"><a href="https://example.org/news/2024/${slug}/">${title}</a></div><div>${score}</div><a href="https://example.org/news/2024/${slug}/"><img src="/i.jpg" alt=""></a></li>`;
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title>
      <link rel="canonical" href="https://example.org/news/2024/harbour-plan-approved/"></head><body><main><article>
      ${p(0)}<h2>The vote</h2>${p(1)}${p(2)}${p(3)}<ul><li>Twelve for</li><li>Three against</li></ul>
      <h2>Related Posts</h2><div><ul>
      ${teaser('A ferry line to the islands reopens', 'ferry-line-islands-reopens', 98)}
      ${teaser('Bridge repairs close the north road', 'bridge-repairs-close-north-road', 81)}
      ${teaser('New school opens by the old harbour', 'new-school-opens-old-harbour', 78)}</ul></div></article></main></body></html>`;
    const result = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(result.related).toHaveLength(3);
    expect(itemsOf(result.outline)).toEqual(['The vote', 'Twelve for', 'Three against']);
    expect(result.body).not.toContain('Related Posts');
  });

  it("drops a related label over a list of the related stories' links", () => {
    // trafilatura 0046 (basicthinking.de): "<p><strong>Auch interessant:</strong></p>" over four of the blog's posts.
    const link = (title: string, slug: string) =>
      `<li><a href="https://example.org/news/2024/${slug}/">${title}</a></li>`;
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title>
      <link rel="canonical" href="https://example.org/news/2024/harbour-plan-approved/"></head><body><main><article>
      ${p(0)}<h2>The vote</h2>${p(1)}${p(2)}${p(3)}<p><strong>Auch interessant:</strong></p><ul>
      ${link('A ferry line to the islands reopens', 'ferry-line-islands-reopens')}
      ${link('Bridge repairs close the north road', 'bridge-repairs-close-north-road')}
      ${link('New school opens by the old harbour', 'new-school-opens-old-harbour')}</ul></article></main></body></html>`;
    const result = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(result.related).toHaveLength(3);
    expect(itemsOf(result.outline)).toEqual(['The vote']);
  });

  it('drops a whole furniture or site-wide label in the flow with the list of links right below it', () => {
    // trafilatura 0622 (kath.net): "meist-diskutiert" over 15 headlines in the article's table cell.
    const links =
      '<ul><li><a href="/a/1">Ferry line to the islands reopens</a></li><li><a href="/a/2">Bridge repairs close the north road</a></li></ul>';
    expect(itemsOf(analyse(`<h2>The vote</h2>${p(1)}<h3>meist-diskutiert</h3>${links}`).outline)).toEqual(['The vote']);
    // A list of the article's own under such a word stays: its items are no links.
    expect(
      itemsOf(
        analyse(`<h2>The vote</h2>${p(1)}<h3>Comments</h3><ul><li>Twelve for</li><li>Three against</li></ul>`).outline,
      ),
    ).toEqual(['The vote', 'Twelve for', 'Three against']);
  });

  it('drops a feedback prompt as a heading', () => {
    expect(itemsOf(analyse(`<h2>The vote</h2>${p(1)}<h3>Hat Ihnen dieser Artikel gefallen?</h3>`).outline)).toEqual([
      'The vote',
    ]);
  });

  it("leaves out a related label's box of headlines whose summaries are more text than a short article's", () => {
    // trafilatura 0242 (seglerblog: a post told in headings; three teaser cards with summaries under "Verwandte Beiträge").
    const card = (title: string, slug: string, summary: string) =>
      `<div class="card"><h4><a href="/2020/02/${slug}/">${title}</a></h4><p>${summary}</p></div>`;
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><div class="wrapper">
      <h1>Harbour plan approved</h1>${p(0)}<h2>The vote</h2>${p(1)}<div class="section"><h2>Verwandte Beiträge</h2>
      ${card('A ferry line to the islands reopens', 'ferry', 'The ferry line to the islands reopens in May after two years of repairs to the old pier, and the first boats will run twice a day until the summer timetable starts.')}
      ${card('Bridge repairs close the north road', 'bridge', 'Repairs to the bridge over the river will close the north road for three weeks, and drivers are asked to use the ring road while the work goes on at night.')}
      ${card('New school opens by the old harbour', 'school', 'A new primary school opened by the old harbour on Monday, with places for three hundred children and a library that is open to everyone in the district.')}
      </div></div></body></html>`;
    const result = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(itemsOf(result.outline)).toEqual(['The vote']);
    expect(result.body).not.toContain('ferry line');
  });

  it('keeps a box whose label heads most of the article', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title></head><body><main><article><section>
      <h2>Recommended</h2>${p(0)}${p(1)}${p(2)}<ul><li><a href="/x">One</a></li><li>Two</li></ul>${p(3)}</section>
      </article></main></body></html>`;
    const result = outlineDocument(parseHTML(html).document as unknown as Document);
    expect(itemsOf(result.outline)).toContain('One');
  });
});

describe("the byline's line in the text", () => {
  it('is no body text nor a line of the reader when it names the byline (trafilatura/0888-nachtkritik.de)', () => {
    const doc = (line: string) =>
      parseHTML(`<!DOCTYPE html><html><head><title>Harbour plan approved</title><meta name="author" content="Georg Kasch">
        </head><body><main><article><h1>Harbour plan approved</h1><p>${line}</p>${p(0)}${p(1)}${p(2)}${p(3)}</article>
        </main></body></html>`).document as unknown as Document;
    const own = analyzeDocument(doc('Von Georg Kasch'), { content: true }).result;
    expect(own.byline).toBe('Georg Kasch');
    expect(own.body).not.toContain('Kasch');
    expect(JSON.stringify(own.content)).not.toContain('Kasch');
    // Another name, or more than the name, is the text's.
    expect(outlineDocument(doc('Von Georg Kasch und Anna Berg')).body).toContain('Anna Berg');
  });

  it('is no body text either when it labels its value or names another ("Autor: www.example.pl"; trafilatura 0496)', () => {
    for (const line of ['Autor: www.portal-example.pl', 'von Daniela Obers', 'Autor']) {
      const result = analyse(`<p>${line}</p>`);
      expect(result.body, line).not.toContain(line);
    }
    // A sentence after a label is the text's.
    const sentence = 'Author: the council, which wrote the plan over two years with the residents of the eastern quay.';
    expect(analyse(`<p>${sentence}</p>`).body).toContain(sentence);
  });

  it('is no body text nor a line of the reader when it is the name alone, a sign-off (trafilatura/0190-bondyblog.fr)', () => {
    const doc = (line: string) =>
      parseHTML(`<!DOCTYPE html><html><head><title>Harbour plan approved</title><meta name="author" content="Kab Niang">
        </head><body><main><article><h1>Harbour plan approved</h1>${p(0)}${p(1)}${p(2)}${p(3)}<p>${line}</p></article>
        </main></body></html>`).document as unknown as Document;
    const signed = analyzeDocument(doc('Kab NIANG'), { content: true }).result;
    expect(signed.byline).toBe('Kab Niang');
    expect(signed.body).not.toContain('NIANG');
    expect(JSON.stringify(signed.content)).not.toContain('NIANG');
    // Another name alone is the text's (a signatory, a closing credit).
    expect(outlineDocument(doc('Anna Berg')).body).toContain('Anna Berg');
  });

  it('also when its element has white space around the line (trafilatura/0762-heizung.de: "<span>\\n von …\\n</span>")', () => {
    const doc = parseHTML(`<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
      <h1>Harbour plan approved</h1><ul><li><span>
        von Georg Kasch
      </span></li></ul>${p(0)}${p(1)}${p(2)}${p(3)}</article></main></body></html>`).document as unknown as Document;
    const result = analyzeDocument(doc, { content: true }).result;
    expect(result.byline).toBe('Georg Kasch');
    expect(result.body).not.toContain('Kasch');
    expect(JSON.stringify(result.content)).not.toContain('Kasch');
  });
});

describe('breadcrumb trails', () => {
  it('are no bullets when every item ends with a separator; a list with one such item stays', () => {
    const result = analyse(
      '<ul><li>News&gt;</li><li>Energie ›</li></ul><ul><li>Prices &gt;</li><li>Twelve for</li></ul>',
    );
    expect(itemsOf(result.outline)).toEqual(['Prices >', 'Twelve for']);
  });

  it('are no bullets when the last item, the page itself, follows two steps (trafilatura/0450-cybercook.com.br)', () => {
    const trail = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
    const result = analyse(trail(['<a href="/">Início</a> /', '<a href="/receitas">Receitas</a> /', 'Sequilho']));
    expect(itemsOf(result.outline)).toEqual([]);
    expect(result.body).not.toContain('Sequilho');
    const kept = analyse(trail(['Prices &gt;', 'Twelve for', 'Eleven more']));
    expect(itemsOf(kept.outline)).toHaveLength(3);
  });
});

describe("a list of links to the site's own posts under a label in a paragraph", () => {
  it('gives no bullets under a label of other stories; under another paragraph, or of links to other sites, it stays', () => {
    const links = (host: string) =>
      `<ul><li><a href="${host}/2015/08/big-brother">[Security] Big Brother is watching you</a></li>` +
      `<li><a href="${host}/2015/06/anonymous">[Security] How anonymous am I on the internet?</a></li></ul>`;
    const label = '<p><em><strong>Weitere Top-Artikel zu diesem Themengebiet:</strong></em></p>';
    // At the page's address (as the extension always reads a page): other sites' links are told by it.
    const at = (article: string) => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
        ${p(0)}${p(1)}${article}${p(2)}${p(3)}</article></main></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document, {
        url: 'https://blog.example.com/2015/09/harbour/',
      });
    };
    const own = at(`${label}${links('')}`);
    expect(itemsOf(own.outline)).toEqual([]);
    const steps = at(`<p>We wrote about it twice:</p>${links('')}`);
    expect(itemsOf(steps.outline)).toHaveLength(2);
    const sources = at(`${label}${links('https://elsewhere.example')}`);
    expect(itemsOf(sources.outline)).toHaveLength(2);
  });
});

describe("a list of one link to the site's own page set in the text", () => {
  it('gives no bullet; one of two items, a link to elsewhere, a contents entry or an item with text of its own stays', () => {
    // thelocal.se (trafilatura 0366): '<ul><li><a><strong>The latest news about …</strong></a></li></ul>' mid-text.
    const one = (item: string) => analyse(`<ul><li>${item}</li></ul>`);
    const teaser =
      '<a href="/20200310/timeline"><strong>The latest news about the outbreak (paywall-free)</strong></a>';
    expect(itemsOf(one(teaser).outline)).toEqual([]);
    expect(
      itemsOf(analyse(`<ul><li>${teaser}</li><li>${teaser.replace('latest', 'oldest')}</li></ul>`).outline),
    ).toHaveLength(2);
    expect(itemsOf(one(teaser.replace('/20200310', 'https://elsewhere.example/x')).outline)).toHaveLength(1);
    expect(itemsOf(one(teaser.replace('/20200310/timeline', '#timeline')).outline)).toHaveLength(1);
    expect(itemsOf(one(`Read the whole timeline of the outbreak we wrote in March: ${teaser}`).outline)).toHaveLength(
      1,
    );
  });
});

describe('lists typed as the site navigation (schema.org microdata)', () => {
  it('are no bullets, the type on the list or around it; a list of the article typed otherwise stays', () => {
    const nav = (type: string, items: string) =>
      `<div class="box"><ul itemscope itemtype="http://www.schema.org/${type}">${items}</ul></div>`;
    const result = analyse(
      nav('SiteNavigationElement', '<li><span>Popular loans</span></li><li><a href="/car">Car loans</a></li>') +
        `<div itemscope itemtype="https://schema.org/SiteNavigationElement"><ul><li><a href="/b">Boat loans</a></li></ul></div>` +
        nav('ItemList', '<li>Compare the offers</li><li>Keep some savings</li>'),
    );
    expect(itemsOf(result.outline)).toEqual(['Compare the offers', 'Keep some savings']);
  });
});

describe('newsletter and sign-up boxes', () => {
  it('give no heading, named by class (also in camelCase); a name holding the word inside another stays', () => {
    const box =
      '<div class="article-newsletter"><div class="signupBox"><h2 class="signupTitle">Breaking News Emails</h2>' +
      '<div>Get breaking news alerts and special reports, delivered weekday mornings.</div>' +
      // A line of no offer word: the box's names alone say what it is.
      '<p>Our reporters on the quay write each one for readers who follow the harbour works.</p>' +
      '<a href="/newsletters">SUBSCRIBE</a></div></div>';
    const result = analyse(`<section><h2>What happens next</h2>${NEXT}${box}</section>`);
    expect(itemsOf(result.outline)).toEqual(['What happens next']);
    expect(result.body).not.toContain('breaking news alerts');
    const section = analyse(`<section class="subscribers-corner"><h2>What readers said</h2>${READERS}</section>`);
    expect(itemsOf(section.outline)).toEqual(['What readers said']);
  });

  it('are no body text when their words name the newsletter, signing up and unsubscribing (trafilatura 0472)', () => {
    expect(offerSignals('You can unsubscribe at any time. Sie können ihn jederzeit abbestellen.')).toBe(2);
    const box =
      '<div class="factbox"><span><h3>Sign up for the Harbour Times newsletter</h3></span><div>' +
      '<p>Never miss the latest news by signing up to our newsletter today!</p>' +
      '<p>Every day we will send you a roundup email of all the latest from the harbour.</p>' +
      '<p>You can unsubscribe from this service at any time.</p></div></div>';
    const result = analyse(box);
    expect(result.body).not.toContain('Never miss the latest news');
    expect(result.body).toContain('The city council voted on Tuesday');
    expect(result.body).toContain('The mayor said construction');
    // A story that tells of a newsletter's readers unsubscribing is no offer box.
    const story = analyse(
      '<h3>Readers leave</h3><p>Thousands chose to unsubscribe from the council newsletter after it went weekly.</p>',
    );
    expect(story.body).toContain('chose to unsubscribe');
  });
});

describe('a box of job or shop cards under a label', () => {
  const card = (title: string, company: string) =>
    `<form action="/go" method="post"><input type="submit" value=""><div><span>${title}</span> <small>${company}</small></div></form>`;
  const jobs =
    '<div class="slider"><h3>Top Stellenangebote</h3><a href="/jobs">Zur Jobbörse</a>' +
    card('Projektingenieur (m/w/d) Verfahrenstechnik, Pharmatechnik und Anlagenbau', 'Harbour Engineering GmbH') +
    card('Vertriebsingenieur / Sales Engineer (m/w/d) Schwerpunkt Wasserstofftechnik', 'Quay Systems GmbH') +
    '</div>';

  it('gives no heading when the box holds no running text (cards in forms, not links)', () => {
    expect(blockLabelKind('Top Stellenangebote')).toBe('sitewide');
    const result = analyse(`<section><h2>What happens next</h2>${NEXT}</section>${jobs}`);
    expect(itemsOf(result.outline)).toEqual(['What happens next']);
  });

  it('keeps the label when its box holds a sentence of text', () => {
    const prose = jobs.replace(
      '</div>',
      '<p>Jobs for engineers on the quay are listed here every week by the harbour office team.</p></div>',
    );
    const result = analyse(`<section><h2>What happens next</h2>${NEXT}</section>${prose}`);
    expect(itemsOf(result.outline)).toContain('Top Stellenangebote');
  });
});

describe('a heading in a wrapper of its own over a list of links left out', () => {
  const clip = (n: number) =>
    `<li><a href="/videos/${n}"><span>Fußball</span> <span>Clip number ${n} of the week</span></a></li>`;
  const playlist = (list: string) =>
    `<section class="player"><div class="wrap"><div class="bar"><h2>Weitere Videos</h2></div><div class="scroll">${list}</div></div></section>`;

  it('goes with its list (a playlist the cleaning removed)', () => {
    const links = `<ul>${[1, 2, 3, 4, 5, 6].map(clip).join('')}</ul>`;
    const result = analyse(`<h2>What happens next</h2>${NEXT}${playlist(links)}`);
    expect(result.body).not.toContain('Clip number');
    expect(itemsOf(result.outline)).toEqual(['What happens next']);
  });

  it('stays when the article keeps the list', () => {
    const items = '<ul><li>The quay is rebuilt first</li><li>Then the harbour office moves</li></ul>';
    const result = analyse(`<h2>What happens next</h2>${NEXT}${playlist(items)}`);
    expect(itemsOf(result.outline)).toContain('Weitere Videos');
  });
});

describe('a share button alone in a list', () => {
  it('is no bullet when it says what it does; a name alone may be content', () => {
    expect(isShareList(['Verlinken'])).toBe(true);
    expect(isShareList(['Share'])).toBe(true);
    expect(isShareList(['Facebook'])).toBe(false);
    const result = analyse('<ul><li><a href="#">Verlinken</a></li></ul><ul><li>Housing on the quay</li></ul>');
    expect(itemsOf(result.outline)).toEqual(['Housing on the quay']);
  });

  it("is no bullet when it is an article's tool (print, reprints), alone or as a bar", () => {
    expect(isShareList(['Order Reprints', 'Print Article'])).toBe(true);
    expect(isShareList(['Print this article'])).toBe(true);
    expect(isShareList(['Reprints of old maps', 'Printed matter'])).toBe(false);
    const result = analyse(
      '<ul class="tools"><li>Order Reprints <span title="Order Reprints"></span></li><li>Print Article</li></ul>' +
        '<ul><li>Housing on the quay</li></ul>',
    );
    expect(itemsOf(result.outline)).toEqual(['Housing on the quay']);
  });

  it("keeps the article's list when the article asks to sign up for a newsletter", () => {
    const result = analyse(
      '<h2>Facts</h2><ul><li>Twelve for</li><li>Three against</li></ul><p>Sign up for our newsletter.</p>',
    );
    expect(itemsOf(result.outline)).toEqual(['Facts', 'Twelve for', 'Three against']);
    expect(result.keyPoints.length).toBeGreaterThan(0);
  });
});

describe('a table of contents', () => {
  const sections = (names: string[]): string => names.map((name, i) => `<h2>${name}</h2>${p(i)}`).join('');
  const names = ['Where the harbour stands', 'What the plan changes', 'Who pays for it'];

  it('is no section when a short heading names it: its items are the headings below', () => {
    const toc = `<h2>Contents</h2><ul>${names.map((name) => `<li><a href="#x">${name}</a></li>`).join('')}</ul>`;
    expect(itemsOf(analyse(toc + sections(names)).outline)).toEqual(names);
  });

  it('counts a nested list with its outer list', () => {
    const toc = `<p>Inhalt</p><ul><li><a href="#a">${names[0]}</a><ul><li><a href="#b">${names[1]}</a></li></ul></li>
      <li><a href="#c">${names[2]}</a></li></ul>`;
    expect(itemsOf(analyse(toc + sections(names)).outline)).toEqual(names);
  });

  it('is no section when its entries are numbered under a label (trafilatura 0865: "1.1 Der traditionelle Stollen …")', () => {
    const toc = `<p class="toc_title">Inhaltsverzeichnis</p><ul><li><a href="#a"><span>1</span> ${names[0]}</a>
      <ul><li><a href="#b"><span>1.1</span> ${names[1]}</a></li></ul></li><li><a href="#c"><span>2</span> ${names[2]}</a></li></ul>`;
    expect(itemsOf(analyse(toc + sections(names)).outline)).toEqual(names);
  });

  it('stays when most items name no heading below', () => {
    const list = `<h2>Contents</h2><ul><li>${names[0]}</li><li>Two ferries</li><li>A new quay</li></ul>`;
    expect(itemsOf(analyse(list + sections(names)).outline)).toEqual([
      'Contents',
      names[0],
      'Two ferries',
      'A new quay',
      ...names,
    ]);
  });
});

describe('dialogs', () => {
  it('leaves a dialog named so out of the outline: its heading and its steps are no section of the article', () => {
    const dialog = `<div id="makehomepagedialog"><button title="Close">Close</button><h2>Make this site my homepage</h2>
      <ul><li>On the toolbar, click Settings.</li><li>In the Settings window, select General.</li>
      <li>In the text box next to Home page, type the address.</li></ul></div>`;
    const items = itemsOf(analyse(`<h2>Next steps</h2>${NEXT}`, dialog).outline);
    expect(items).toContain('Next steps');
    expect(items.some((item) => /homepage|toolbar|Settings/.test(item))).toBe(false);
  });
});

describe('web addresses as headings', () => {
  const BERTHS = '<p>The harbour master said the new berths would be ready before the summer season starts in May.</p>';
  const FERRIES =
    '<p>Ferry operators welcomed the plan and promised two more crossings on the timetable next year.</p>';

  it('leaves a heading that is only a web address out (zyte autoracing, trafilatura 0714, 0386): a link set large', () => {
    const page = `<h2>Next steps</h2>${BERTHS}<h3>www.example-tickets.de/summit</h3>
      <h5><a href="https://www.caisse-example.fr">caisse-example.fr</a></h5>${FERRIES}`;
    const items = itemsOf(analyse(page).outline);
    expect(items).toContain('Next steps');
    expect(items.some((item) => /example/.test(item))).toBe(false);
  });

  it('keeps a dotted name that is no linked address ("Node.js", "ASP.NET")', () => {
    const items = itemsOf(analyse(`<h2>Node.js</h2>${BERTHS}<h2><a href="/aspnet">ASP.NET</a></h2>${FERRIES}`).outline);
    expect(items).toEqual(expect.arrayContaining(['Node.js', 'ASP.NET']));
  });
});
