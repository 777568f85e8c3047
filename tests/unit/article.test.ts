/**
 * The article detector and the outline built from it, one rule at a time, on small pages.
 * Each page has a real article beside page furniture; the tests check what is kept and what is not.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, outlineDocument } from '../../src/core/index';
import type { OutlineResult, OutlineSection } from '../../src/core/index';
import { SENTENCES } from './fixtures/prose';

const PAGE_URL = 'https://news.example.org/world/harbour-plan-approved/';

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const prose = (count = SENTENCES.length): string =>
  SENTENCES.slice(0, count)
    .map((s) => `<p>${s}</p>`)
    .join('\n');

function page(body: string, head = '<title>Harbour plan approved - City News</title>'): string {
  return `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
}

function headings(result: OutlineResult): string[] {
  const out: string[] = [];
  const walk = (sections: OutlineSection[]): void => {
    for (const section of sections) {
      if (section.level > 0) out.push(section.text);
      walk(section.children);
    }
  };
  walk(result.outline);
  return out;
}

function bullets(result: OutlineResult): string[] {
  const out: string[] = [];
  const walk = (sections: OutlineSection[]): void => {
    for (const section of sections) {
      out.push(...section.bullets);
      walk(section.children);
    }
  };
  walk(result.outline);
  return out;
}

describe('choosing the article', () => {
  it('takes the block of prose, not the menu, the sidebar or the footer', () => {
    const result = outlineDocument(
      parse(
        page(`
      <header class="site-header"><ul><li><a href="/">Home</a></li><li><a href="/world/">World</a></li></ul></header>
      <div class="layout">
        <div class="story-body"><h1>Harbour plan approved</h1>${prose()}<h2>What happens next</h2>${prose(2)}</div>
        <div class="sidebar"><h2>Most read</h2><ul><li><a href="/a/">A story about something else entirely here</a></li></ul></div>
      </div>
      <footer><h2>About us</h2><p>City News is published by City Media.</p></footer>`),
      ),
      { url: PAGE_URL },
    );
    expect(result.found).toBe(true);
    expect(headings(result)).toEqual(['What happens next']);
    expect(result.body).toContain('The city council voted');
    expect(result.body).not.toContain('Most read');
    expect(result.body).not.toContain('City Media');
  });

  it('takes the page own story in a stack of stories, though the next one is longer (trafilatura 0040: an endless scroll)', () => {
    const next = [
      'The port authority said on Monday that ferry traffic had doubled since the new terminal opened last year.',
      'Operators have asked for more berths, and the city is studying whether the old quay can take larger ships.',
      'A decision is expected in the autumn, after an environmental review of the harbour basin and its channel.',
      'Residents of the waterfront have complained about noise from engines idling overnight at the terminal.',
    ].map((sentence) => `<p>${sentence}</p>`);
    // Each story a box of one kind: a header with its headline, then its text; the next story has more of it.
    const story = (headline: string, text: string) =>
      `<article class="list__item"><div class="box"><header class="list__header"><h2>${headline}</h2></header>
        <div class="detail__content">${text}</div><div class="share"><a href="/share">Share</a></div></div></article>`;
    const stacked = (ownFirst: boolean) =>
      parse(
        page(
          `<main><div class="list">${story(ownFirst ? 'Harbour plan approved' : 'Council meets', prose())}${story(
            ownFirst ? 'Ferry traffic doubles at the new terminal' : 'Harbour plan approved',
            `${next.join('')}${next.join('')}${next.join('')}`,
          )}</div></main>`,
          '<title>Harbour plan approved - City News</title><meta property="og:title" content="Harbour plan approved">',
        ),
      );
    const result = outlineDocument(stacked(true), { url: PAGE_URL });
    expect(result.body).toContain('The city council voted');
    expect(result.body).not.toContain('ferry traffic had doubled');
    // When the longer story is the one under the page's title, it stays the article.
    expect(outlineDocument(stacked(false), { url: PAGE_URL }).body).toContain('ferry traffic had doubled');
  });

  it('reads a block named like furniture when the stricter attempt found too little text, and not before', () => {
    // Only an "unlikely" (comment-named) block holds prose: the first attempt leaves it out, finds too
    // little, and the next attempt walks the page again without that rule.
    const hidden = outlineDocument(parse(page(`<div class="comment-box"><h2>What happens next</h2>${prose()}</div>`)), {
      url: PAGE_URL,
    });
    expect(hidden.found).toBe(true);
    expect(hidden.body).toContain('The city council voted');
    // With enough prose elsewhere, the first attempt wins and the comment-named block stays out.
    const kept = outlineDocument(
      parse(
        page(
          `<div class="story-body">${prose()}</div><div class="comment-box"><p>Great plan, finally something happens in this city of ours.</p></div>`,
        ),
      ),
      { url: PAGE_URL },
    );
    expect(kept.body).toContain('The city council voted');
    expect(kept.body).not.toContain('Great plan');
  });

  it("leaves the site's <nav> menu out of a short story's bullets, on every attempt (trafilatura 0242 in Chromium)", () => {
    // A story shorter than MIN_ARTICLE_CHARS, its paragraphs in the page's wrapper: every attempt finds too little,
    // down to the last, which walks the page without the unlikely-name rule and cleans nothing. The menu (links
    // in a <nav>) is still no bullets.
    const menu = ['Info', 'Reports', 'Racing', 'Classics', 'Cruising', 'Gear'].map(
      (name) => `<li><a href="/${name.toLowerCase()}/">${name}</a></li>`,
    );
    const result = outlineDocument(
      parse(
        page(
          `<div class="wrapper"><header><nav class="navbar"><ul>${menu.join('')}</ul></nav></header>${prose(2)}</div>`,
        ),
      ),
      { url: PAGE_URL },
    );
    expect(result.body).toContain('The city council voted');
    expect(bullets(result)).toEqual([]);
  });

  it("takes a short post, not the longer author's box under it, when every attempt finds too little (trafilatura 0111)", () => {
    // The attempts with the class weights find the post; those without them, its author's box (more text). The longest
    // text of the short attempts wins, unless it is only a block of furniture about the article.
    const post =
      '<div id="page"><div id="main"><div id="primary"><div id="content" role="main"><article class="post hentry">' +
      `<div class="entry-content"><p>At the harbour camp, held in Hamburg, we recorded live. Our guests were Anna Berg and
      Tom Lind, who told us what they saw at the camp.</p></div><footer class="entry-meta">Posted in Podcast.
      <div id="author-info"><div id="author-avatar"><img alt="" src="/avatar.png"></div><div id="author-description">
      <h2>About Simon Miller</h2> Head of the harbour academy. Trained as an electrical engineer, with a focus on digital
      signals. He cares for learning organisations, knowledge management, new work and lifelong learning. Member of the
      learning community, the society for knowledge management, and more. Another podcast at example.org.</div></div>
      </footer></article></div></div></div></div>`;
    const result = outlineDocument(parse(page(post, '<title>Live from the harbour camp | Harbour Radio</title>')));
    expect(result.body).toContain('we recorded live');
    expect(result.body).not.toContain('Head of the harbour academy');
  });

  it("tells a sign-in page, its menu left out of the text, by its text: a form's labels and buttons alone", () => {
    const signIn =
      '<nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/pricing">Pricing</a> <a href="/help">Help</a></nav>' +
      '<form action="/login" method="post"><label>Email <input type="email" name="email"></label>' +
      '<label>Password <input type="password" name="password"></label><button type="submit">Sign in</button></form>' +
      '<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>';
    const result = outlineDocument(parse(page(signIn)), { url: PAGE_URL });
    expect(result.found).toBe(false);
    expect(result.reason).toMatch(/a form to fill in/);
    // A short note beside a form is still an article.
    const note = outlineDocument(parse(page(`<p>The office is closed on Monday for the holiday.</p>${signIn}`)), {
      url: PAGE_URL,
    });
    expect(note.found).toBe(true);
  });

  it('reads the text a named anchor left open wraps in the browser as text, not as a link (trafilatura 0436 in Chromium)', () => {
    // `<h2><a name="plan">The plan</h2>` left open: the browser's tree builder reopens the <a> in each block that
    // follows (written out here as it builds it; linkedom's parser does not). Its text is a link's target, not a link.
    const section = (name: string, title: string) =>
      `<h2><a name="${name}">${title}</a></h2><a name="${name}"></a><blockquote>` +
      SENTENCES.map((sentence) => `<p><a name="${name}">${sentence}</a></p>`).join('') +
      '</blockquote>';
    const result = outlineDocument(
      parse(
        page(`<h1>Harbour plan approved</h1>
      ${section('plan', 'The plan')}${section('next', 'What happens next')}${section('cost', 'What it costs')}
      <div class="more"><p><a href="/about/">About City News and its writers, editors and photographers</a></p></div>`),
      ),
      { url: PAGE_URL },
    );
    expect(headings(result)).toEqual(['The plan', 'What happens next', 'What it costs']);
    expect(result.body).toContain(SENTENCES[3]);
  });

  it('leaves a list of the related stories found out of the bullets and the body, though an item names none', () => {
    const story = (path: string, before: string, link: string, after = '') =>
      `<li>${before} <a href="https://news.example.org/2023/10/${path}">${link}</a>${after}</li>`;
    const list = `<div class="heading-h3">More great City News stories</div><ul>
      ${story('harbour-workers-union', 'Harbour workers must unionize,', 'no matter what the port says')}
      ${story('paid-ads-perception', 'Paid ads are not the problem.', 'Our perceptions are')}
      ${story('ship-lost-at-sea-currents', 'Could a ship lost at sea', 'use the currents to get home', '?')}
      ${story('deepfake-era-of-video', '👁 Prepare for the', 'deepfake era of video', '; plus, check out the <a href="https://news.example.org/category/ai/">latest news on AI</a>')}
      <li>Sign up for our <a href="https://news.example.org/newsletters/">daily newsletter</a> today</li></ul>`;
    const result = outlineDocument(
      parse(page(`<article><h1>Harbour plan approved</h1>${prose()}${prose()}${list}</article>`)),
      {
        url: PAGE_URL,
      },
    );
    // Each title is the item's headline, not the end of it that the link holds ("Our perceptions are").
    expect(result.related.map((related) => related.title)).toEqual([
      'Harbour workers must unionize, no matter what the port says',
      'Paid ads are not the problem. Our perceptions are',
      'Could a ship lost at sea use the currents to get home?',
      'Prepare for the deepfake era of video',
    ]);
    expect(bullets(result)).toEqual([]);
    expect(result.body).not.toContain('Harbour workers must unionize');
    expect(result.body).not.toContain('More great City News stories');
    expect(result.body).toContain('The mayor said construction could start next spring');
  });

  it('leaves the bullets of an author box out of the outline, as its text is out of the body (trafilatura 0765)', () => {
    const authors = (names: string) =>
      `<ul class="${names}"><li><p><a href="/author/ada-lane/">Ada Lane</a></p>` +
      '<p>Content manager at City News. After a degree in journalism she has covered the harbour for years.</p></li></ul>';
    const steps = '<ul><li>Dredge the channel</li><li>Rebuild the quay</li></ul>';
    for (const [names, expected] of [
      ['author-section section', ['Dredge the channel', 'Rebuild the quay']],
      ['steps', ['Dredge the channel', 'Rebuild the quay', expect.stringMatching(/^Ada Lane Content manager/)]],
    ] as const) {
      const result = outlineDocument(
        parse(page(`<article><h2>What happens next</h2>${prose()}${steps}${authors(names)}</article>`)),
        { url: PAGE_URL },
      );
      expect(bullets(result)).toEqual(expected);
    }
  });

  it("leaves the heading of an author box (the byline's name alone) out of the outline", () => {
    const box = (heading: string) =>
      `<h2>What happens next</h2>${prose()}<div class="author-box"><h3>${heading}</h3><p>Ada Lane covers the harbour and the city council for City News since 2015.</p></div>`;
    const head = '<title>Harbour plan approved - City News</title><meta name="author" content="Ada Lane">';
    // "von" / "par" / "por" before the name, as on German, French and Spanish pages (trafilatura 0230: "von zahlenzauberin").
    for (const heading of [
      'Ada Lane',
      'By Ada Lane',
      'by Ada Lane<br>Monday, November 18, 2019',
      'von ada lane',
      'Par Ada Lane',
      // The byline's line with its label (trafilatura 0097, 0242: "Veröffentlicht von SeglerBlog am 23. Februar 2020").
      'Veröffentlicht von Ada Lane',
      'Posted by Ada Lane on March 3, 2020',
    ])
      expect(
        headings(outlineDocument(parse(page(`<article>${box(heading)}</article>`, head)), { url: PAGE_URL })),
      ).toEqual(['What happens next']);
    // A heading that names someone else stays.
    for (const other of ['Bo Reed', 'Posted by Bo Reed'])
      expect(
        headings(outlineDocument(parse(page(`<article>${box(other)}</article>`, head)), { url: PAGE_URL })),
      ).toEqual(['What happens next', other]);
    // A byline's label and any one name alone is the byline's line set as a heading, under a publisher's name as the
    // byline (trafilatura 0756: "Von Leonora Holling" below a meta author "Bund der Energieverbraucher e.V."); a
    // title in title case with a function word stays.
    for (const [heading, kept] of [
      ['Von Bo Reed', false],
      ['By Bo Reed', false],
      ['By The Numbers', true],
      ['Von Kopf bis Fuß', true],
    ] as const)
      expect(
        headings(outlineDocument(parse(page(`<article>${box(heading)}</article>`, head)), { url: PAGE_URL })),
      ).toEqual(kept ? ['What happens next', heading] : ['What happens next']);
    // A name with "von" in it is still the name.
    const von = '<title>Harbour plan approved - City News</title><meta name="author" content="Max von Trapp">';
    expect(
      headings(outlineDocument(parse(page(`<article>${box('Max von Trapp')}</article>`, von)), { url: PAGE_URL })),
    ).toEqual(['What happens next']);
    // So does one that goes on after her name with more than a date.
    expect(
      headings(
        outlineDocument(parse(page(`<article>${box('Ada Lane 2015: a year at the harbour')}</article>`, head)), {
          url: PAGE_URL,
        }),
      ),
    ).toEqual(['What happens next', 'Ada Lane 2015: a year at the harbour']);
  });

  it("leaves a heading that only names the site (its logo's text) out of the outline", () => {
    const head = '<title>Harbour plan approved</title><meta property="og:site_name" content="City News">';
    const body = (heading: string) => `<article><h2>${heading}</h2><h2>What happens next</h2>${prose()}</article>`;
    expect(headings(outlineDocument(parse(page(body('City News.'), head)), { url: PAGE_URL }))).toEqual([
      'What happens next',
    ]);
    expect(headings(outlineDocument(parse(page(body('City News today'), head)), { url: PAGE_URL }))).toEqual([
      'City News today',
      'What happens next',
    ]);
  });

  it('never takes a cookie consent notice for the article, on any attempt, even when it is longer than a short post', () => {
    const consent =
      '<div id="eu-cookie-law" class="widget"><form><input type="submit" value="Close and accept">Privacy &amp; cookies: this site uses cookies. By continuing to use this website, you agree to their use. To find out more, including how to control cookies, see here: Cookie Policy</form></div>';
    const post =
      '<div class="post-content"><p>M: Who slips on the ice next? Me: I bet you will... aah. Ouch. M: Won!</p></div>';
    const result = outlineDocument(parse(page(`${post}${consent}`)), { url: PAGE_URL });
    expect(result.found).toBe(true);
    expect(result.body).toContain('Who slips on the ice next?');
    expect(result.body).not.toContain('uses cookies');
    expect(result.keyPoints.map((point) => point.text).join(' ')).not.toContain('cookies');
    // A block whose name mentions cookies but that holds more than a notice (a page about them) is read.
    const about = outlineDocument(
      parse(page(`<div class="cookie-guide"><h2>What happens next</h2>${prose()}${prose()}</div>`)),
      {
        url: PAGE_URL,
      },
    );
    expect(about.body).toContain('The city council voted');
  });

  it('never reads a dialog holding a form as the article, on any attempt (cybercook 0450: a photo upload box)', () => {
    // Hidden by a class only (a script opens it); its name is stripped on the first attempt, which lost the post.
    const upload =
      '<div class="app-dialog__box hide"><h3>Send photos</h3><form><label>Choose a picture</label><input type="file">' +
      '</form><p>Note: pictures taken from the internet are removed when their author asks.</p></div>';
    const post =
      '<div class="post-content"><p>M: Who slips on the ice next? Me: I bet you will... aah. Ouch. M: Won!</p></div>';
    const result = outlineDocument(parse(page(`${upload}${post}`)), { url: PAGE_URL });
    expect(result.found).toBe(true);
    expect(result.body).toContain('Who slips on the ice next?');
    expect(result.body).not.toContain('Send photos');
    expect(headings(result)).not.toContain('Send photos');
    // A box so named without a form, or holding more than a dialog's text, is read.
    const long = `<div class="modal-page"><form><input type="search"></form><h2>What happens next</h2>${prose()}${prose()}</div>`;
    expect(outlineDocument(parse(page(long)), { url: PAGE_URL }).body).toContain('The city council voted');
    // Nor one whose name says it holds the page: Drupal wraps every page, its search form too, in such a box.
    const canvas = `<div class="dialog-off-canvas-main-canvas"><form><input type="search"></form>${post}</div>`;
    expect(outlineDocument(parse(page(canvas)), { url: PAGE_URL }).body).toContain('Who slips on the ice next?');
  });

  it('leaves out the placeholder of a post the page holds back until the reader consents (amnesty 0721)', () => {
    const held = (service: string) => `<div class="placeholder">
        <textarea hidden><blockquote class="embedded-post"><p>A post about the harbour.</p></blockquote></textarea>
        <h2>${service} freischalten</h2>
        <div class="message">Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine
          Verbindung zu ${service} her. Hier kannst du deine Einstellungen verwalten.</div>
        <a href="/settings">Datenschutzeinstellungen verwalten</a></div>`;
    const sections = SENTENCES.map((s, i) => `<h2>Section ${i + 1} of the plan</h2><p>${s}</p>`).join('');
    const html = `<article><h1>Harbour plan approved</h1>${prose(3)}${held('Twitter')}${sections}${held('Instagram')}
      <div class="form"><textarea hidden></textarea><p>Your comment about the harbour</p></div></article>`;
    const result = outlineDocument(parse(page(html)), { url: PAGE_URL });
    expect(headings(result).filter((text) => text.includes('freischalten'))).toEqual([]);
    expect(headings(result)).toContain('Section 1 of the plan');
    expect(result.body).not.toContain('Privatsphäre');
    expect(result.body).toContain('The city council voted');
    // A hidden field of a form holds no markup: the box around it is read as before.
    expect(result.body).toContain('Your comment about the harbour');
  });

  it('reads a story that the page wraps in an <aside>, and still drops the sidebars beside it', () => {
    const result = outlineDocument(
      parse(
        page(`
      <div class="wrapper">
        <aside class="content-pane"><article><div class="story-text">${prose()}</div></article></aside>
        <aside class="sidebar"><p>Our newsroom is open to visitors every Saturday morning.</p></aside>
      </div>`),
      ),
      { url: PAGE_URL },
    );
    expect(result.found).toBe(true);
    expect(result.body).toContain('The city council voted');
    expect(result.body).not.toContain('Our newsroom is open');
    expect(result.keyPoints.length).toBeGreaterThan(0);
  });

  it('keeps a picture box that holds most of the story, named like furniture (trafilatura 0590, drk.de)', () => {
    // The lead in a text block, the rest of the story in a "media object" (a picture beside its text column).
    const story = `<p>${SENTENCES.join(' ')}</p>`;
    const html = page(`<main><h1>Harbour plan approved</h1><div class="story-body">
      <p class="meta">Harbour City, 28.10.2021</p>
      <div class="textblock"><p><strong>${SENTENCES.join(' ')}</strong></p></div>
      <div class="o-media"><figure><img src="/quay.jpg" alt="The eastern quay"></figure>
        <div class="o-media__body">${story}${story}${story}<p>Residents can comment on the plan until March.</p></div></div>
      <div class="partner"><img src="/partner.png" alt="Our partner"></div>
      </div></main>`);
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expect(result.body).toContain('Residents can comment on the plan until March.');
    expect(result.body.split('\n\n')[0]).toContain(SENTENCES[0]);
  });

  it('takes the text a long reference list closes, not the list alone (trafilatura 0432, link.springer.com)', () => {
    const citation = (n: number) =>
      `<li><p>${n}. Doe J, Roe R, Poe P, et al. A study of harbour plans, councils, and residents, part ${n}. J Harb Stud. 2015;72(${n}):246–52.</p></li>`;
    const html = page(`<main><article><h1>Harbour plan approved</h1><div class="body">
      <section><h2>Abstract</h2><div><p>${SENTENCES[0]}</p><p>${SENTENCES[1]}</p></div></section>
      <section><div class="section"><h2>References</h2><div class="content"><ol>${Array.from({ length: 60 }, (_, i) => citation(i + 1)).join('')}</ol></div></div></section>
      </div></article></main>`);
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expect(result.body).toContain(SENTENCES[0]);
    expect(result.body).toContain('part 60. J Harb Stud.');
    expect(headings(result)).toEqual(['Abstract', 'References']);
  });

  it('takes the text a long table of data goes with, not the table alone (trafilatura 0467, dailymail.co.uk)', () => {
    const row = (n: number) =>
      `<tr><td>Harbourside ward ${n}</td><td>Council member ${n}</td><td>member.${n}@council.example.org</td></tr>`;
    const rows = Array.from({ length: 200 }, (_, i) => row(i + 1)).join('');
    const head = '<tr><th>Ward</th><th>Member</th><th>Email address</th></tr>';
    const html = page(`<div id="content"><div class="article-text"><h1>Harbour plan approved</h1><div>
      ${SENTENCES.map((sentence) => `<p>${sentence}</p>`).join('')}
      <div class="news"><table><caption>MEMBERS</caption><tbody>${head}${rows}</tbody></table></div>
      </div></div></div>`);
    const result = outlineDocument(parse(html), { url: PAGE_URL });
    expect(result.body).toContain(SENTENCES[0]);
    expect(result.body).toContain('member.200@council.example.org');
    expect(result.keyPoints.map((point) => point.text)).toContain(SENTENCES[0]);
  });

  it('joins sibling paragraphs of the article that sit outside its main block', () => {
    const result = outlineDocument(
      parse(
        page(`
      <div class="wrapper">
        <p>${SENTENCES[3]}</p>
        <div class="content">${prose()}</div>
        <p>Short linkless closing line of the story.</p>
        <p><a href="/x/">A link-only line</a></p>
      </div>`),
      ),
      { url: PAGE_URL },
    );
    expect(result.body.startsWith(SENTENCES[3]!)).toBe(true);
    expect(result.body).toContain('Short linkless closing line of the story.');
    expect(result.body).not.toContain('A link-only line');
  });

  it("does not join a sibling of labels and figures glued together, however long (exxpress.at's stock ticker)", () => {
    const stocks = [
      'ATX',
      'ANDRITZ',
      'BAWAG GROUP',
      'ERSTE GROUP',
      'EVN',
      'OMV',
      'RBI',
      'UNIQA',
      'VERBUND',
      'VOESTALPINE',
    ]
      .map(
        (name, i) => `<span class="stock"><span>${name}</span><span>${30 + i}.02</span><span>-0.${i}4%</span></span>`,
      )
      .join('')
      .repeat(2);
    const result = outlineDocument(
      parse(
        page(`
      <div class="wrapper">
        <div class="ticker"><div class="marquee">${stocks}<div class="marquee">${stocks}</div></div></div>
        <div class="content">${prose()}</div>
      </div>`),
      ),
      { url: PAGE_URL },
    );
    expect(result.body.startsWith(SENTENCES[0]!)).toBe(true);
    expect(result.body).not.toContain('ANDRITZ');
  });

  it('joins the sections of an article split over rows of one kind, not the linky row or other blocks', () => {
    // A page builder's rows: each wraps its text five levels deep (with a spacer beside it), too deep
    // for the paragraphs' scores to reach the row, so no row outscores the others by itself.
    const OPENING = 'The plan began with a letter from residents of the quay, who asked the council to act.';
    const row = (inner: string): string =>
      `<div class="builder-row"><div class="col"><div class="col-inner"><div class="wrap"><div class="text-block"><div class="text-wrap">${inner}</div></div><div class="spacer"></div></div></div></div></div>`;
    const result = outlineDocument(
      parse(
        page(`
      <div class="post">
        ${row(`<p>${OPENING}</p>`)}
        ${row(prose())}
        ${row('<p><a href="/a/">Another story of the day</a> <a href="/b/">And one more story here</a></p>')}
        <div class="promo-box"><h3>From our partners</h3><p>${SENTENCES[1]} Only this box says so.</p></div>
      </div>`),
      ),
      { url: PAGE_URL },
    );
    expect(result.body.startsWith(OPENING)).toBe(true);
    expect(result.body).toContain(SENTENCES[3]!);
    expect(result.body).not.toContain('Another story of the day');
    expect(result.body).not.toContain('Only this box says so.');
  });

  it('leaves a heading or a label that ends the text, heading nothing, out of the body', () => {
    const result = outlineDocument(
      parse(
        page(`
      <div class="story-body">
        ${prose(2)}
        <h2>What happens next</h2>
        ${prose(2)}
        <p>More stories:</p>
        <h3>Related articles</h3>
        <div class="related-links"><a href="/a/">A</a> <a href="/b/">B</a></div>
      </div>`),
      ),
      { url: PAGE_URL },
    );
    expect(result.body).toContain('What happens next');
    expect(result.body.endsWith(SENTENCES[1]!)).toBe(true);
    expect(result.body).not.toContain('More stories:');
    expect(result.body).not.toContain('Related articles');
  });

  it('keeps a label at the end when a picture follows it, and a line that ends in a sentence', () => {
    const withPicture = outlineDocument(
      parse(page(`<div class="story-body">${prose()}<p>See the photos:</p><img src="/harbour.jpg" alt=""></div>`)),
      { url: PAGE_URL },
    );
    expect(withPicture.body.endsWith('See the photos:')).toBe(true);
    const sentence = outlineDocument(
      parse(page(`<div class="story-body">${prose()}<p>The council meets again in May.</p></div>`)),
      { url: PAGE_URL },
    );
    expect(sentence.body.endsWith('The council meets again in May.')).toBe(true);
  });

  it('leaves out comments, share bars and hidden blocks inside the article', () => {
    const result = outlineDocument(
      parse(
        page(`
      <article>
        <h1>Harbour plan approved</h1>
        <div class="share-tools"><a href="https://twitter.com/share">Tweet</a> <a href="https://facebook.com/share">Share</a></div>
        ${prose()}
        <h2>Reactions</h2>${prose(2)}
        <h2 style="display:none">Hidden heading</h2>
        <div id="comments"><h3>12 comments</h3><p>First! This is a comment that is long enough to count as a paragraph.</p></div>
      </article>`),
      ),
      { url: PAGE_URL },
    );
    expect(headings(result)).toEqual(['Reactions']);
    expect(result.body).not.toContain('Tweet');
    expect(result.body).not.toContain('First!');
  });

  it('drops a tag list inside the article (named like furniture), keeps the bullet points', () => {
    const result = outlineDocument(
      parse(
        page(`
      <article>${prose()}
        <ul class="tags"><li><a href="/a/">Tags one</a></li><li><a href="/b/">Tags two</a></li><li><a href="/c/">Tags three</a></li></ul>
        <ul><li>The plan includes 2,000 new homes on the quay.</li><li>Construction could start next spring.</li></ul>
      </article>`),
      ),
      { url: PAGE_URL },
    );
    expect(bullets(result)).toEqual([
      'The plan includes 2,000 new homes on the quay.',
      'Construction could start next spring.',
    ]);
  });

  it('reads an article written as bullet points (long list items count as prose)', () => {
    const items = SENTENCES.map((s) => `<li>${s}</li>`).join('');
    const result = outlineDocument(
      parse(
        page(`
      <div id="main">
        <div class="entry"><p>${SENTENCES[0]}</p><h2>Key points</h2><ul>${items}</ul><h2>More points</h2><ul>${items}</ul></div>
        <div class="promo"><p>Subscribe to our newsletter for more stories like this, delivered every morning.</p></div>
      </div>`),
      ),
      { url: PAGE_URL },
    );
    expect(headings(result)).toEqual(['Key points', 'More points']);
    expect(bullets(result)).toHaveLength(SENTENCES.length * 2);
  });

  it('does not repeat the headline as a heading', () => {
    const result = outlineDocument(
      parse(page(`<article><h1>Harbour plan approved</h1>${prose()}<h2>Background</h2>${prose(2)}</article>`)),
      { url: PAGE_URL },
    );
    expect(result.title).toBe('Harbour plan approved');
    expect(headings(result)).toEqual(['Background']);
  });

  it('keeps a section heading of the title’s words when the headline sits in a header box left out (trafilatura 0838)', () => {
    const head = '<title>Harbour plan approved, council says the quays will change - City News</title>';
    const header =
      '<header class="entry-header"><h1>Harbour plan approved, council says the quays will change</h1></header>';
    const body = `${prose(2)}<h2>Harbour plan approved</h2>${prose()}<h2>What happens next</h2>${prose(2)}`;
    const result = analyzeDocument(
      parse(page(`<article>${header}<div class="entry-content">${body}</div></article>`, head)),
      {
        url: PAGE_URL,
        content: true,
      },
    ).result;
    expect(result.title).toBe('Harbour plan approved, council says the quays will change');
    expect(headings(result)).toEqual(['Harbour plan approved', 'What happens next']);
    // The headline's repeat itself stays out, as before, where the walk reads it.
    const shown = page(
      `<article><h1>Harbour plan approved, council says the quays will change</h1>${body}</article>`,
      head,
    );
    expect(headings(analyzeDocument(parse(shown), { url: PAGE_URL }).result)).toEqual([
      'Harbour plan approved',
      'What happens next',
    ]);
    // An h1 of the title's words is the headline again, in the text (trafilatura 0067's "TOP 5 Must Haves 2018").
    const again = page(
      `<article>${header}<div class="entry-content"><h1>Harbour plan approved</h1>${body}</div></article>`,
      head,
    );
    expect(headings(analyzeDocument(parse(again), { url: PAGE_URL }).result)).toEqual([
      'Harbour plan approved',
      'What happens next',
    ]);
  });

  it('leaves out an h1 that prints a kicker and then the whole title (trafilatura 0676)', () => {
    const head = '<title>Harbour plan approved as the council votes for new quays - City News</title>';
    const h1 =
      '<h1><span class="overline">The city council decided on the old harbour on Tuesday</span> ' +
      '<span class="headline">Harbour plan approved as the council votes for new quays</span></h1>';
    const result = analyzeDocument(
      parse(page(`<article>${h1}${prose(3)}<h2>What happens next</h2>${prose(2)}</article>`, head)),
      { url: PAGE_URL, content: true },
    ).result;
    expect(result.title).toBe('Harbour plan approved as the council votes for new quays');
    expect(headings(result)).toEqual(['What happens next']);
    // An h1 much longer than the title it ends with is no kicker's and headline: it stays.
    const lead = 'A long heading that goes on about the old harbour and what the city did there. '.repeat(2);
    const long = `<h1>${lead}Harbour plan approved as the council votes for new quays</h1>`;
    const kept = page(`<article>${long}${prose(3)}<h2>What happens next</h2>${prose(2)}</article>`, head);
    expect(headings(analyzeDocument(parse(kept), { url: PAGE_URL }).result)).toHaveLength(2);
  });

  it('says why when the page is only a menu of links', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/section-${i}/">Section number ${i} of the site</a></li>`,
    ).join('');
    const result = outlineDocument(parse(page(`<div><ul>${links}</ul></div>`)), { url: PAGE_URL });
    expect(result.found).toBe(false);
    expect(result.reason).toMatch(/links/);
    expect(result.outline).toEqual([]);
  });
});

describe('the outline', () => {
  it('lists each section’s bullets under its heading, nested items after their parent', () => {
    const result = outlineDocument(
      parse(
        page(`<article>${prose()}
      <h2>Costs</h2><ul><li>Land <ul><li>Quay</li><li>Terminal</li></ul></li><li>Buildings</li></ul>
      <h2>Timeline</h2><ol><li>Spring: start</li><li>2030: done</li></ol></article>`),
      ),
      { url: PAGE_URL },
    );
    const [costs, timeline] = result.outline;
    expect(costs).toMatchObject({ level: 2, text: 'Costs', bullets: ['Land', 'Quay', 'Terminal', 'Buildings'] });
    expect(timeline).toMatchObject({ level: 2, text: 'Timeline', bullets: ['Spring: start', '2030: done'] });
  });

  it('puts bullets before the first heading into an untitled level-0 section', () => {
    const result = outlineDocument(
      parse(
        page(
          `<article>${prose()}<ul><li>First point</li><li>Second point</li></ul><h2>Later</h2>${prose(1)}</article>`,
        ),
      ),
      { url: PAGE_URL },
    );
    expect(result.outline[0]).toMatchObject({ level: 0, text: '', bullets: ['First point', 'Second point'] });
    expect(result.outline[1]).toMatchObject({ level: 2, text: 'Later' });
  });

  it('uses bold one-line paragraphs as headings when the article has no real headings', () => {
    const result = outlineDocument(
      parse(
        page(`<article>${prose(2)}<p><strong>The vote</strong></p>${prose(2)}<p><b>What critics say</b></p>${prose(2)}
      <p><strong>This bold line is a whole sentence, not a heading.</strong></p><p><b>Photos: City archive</b></p></article>`),
      ),
      { url: PAGE_URL },
    );
    expect(headings(result)).toEqual(['The vote', 'What critics say']);
  });

  it('takes a bold line that opens with a dash for a quotation’s attribution, not a heading', () => {
    const result = outlineDocument(
      parse(
        page(`<article>${prose(2)}<p><strong>What visitors say</strong></p><blockquote><p>${SENTENCES[0]}</p></blockquote>
      <p><strong>– Ali***</strong></p><blockquote><p>${SENTENCES[1]}</p></blockquote><p><b>— Jane Doe</b></p>${prose(2)}</article>`),
      ),
      { url: PAGE_URL },
    );
    expect(headings(result)).toEqual(['What visitors say']);
  });

  it('leaves the marks set apart around a heading’s words out of its text', () => {
    const result = outlineDocument(
      parse(
        page(`<article>${prose(2)}<h2>:: Why did you start?</h2>${prose(2)}<h2>&gt;&gt;&gt; Order the issue &lt;&lt;&lt;</h2>
      ${prose(2)}<h2>Pros et cons :</h2>${prose(2)}<h2>C++ – a language</h2>${prose(2)}</article>`),
      ),
      { url: PAGE_URL },
    );
    expect(headings(result)).toEqual(['Why did you start?', 'Order the issue', 'Pros et cons', 'C++ – a language']);
  });

  it('leaves related stories’ headline links, the list items around them and their label out of the outline', () => {
    const teaser = (slug: string, title: string) =>
      `<ul><li><h4><a href="https://news.example.org/world/${slug}">${title}</a></h4></li></ul>`;
    const result = outlineDocument(
      parse(
        page(`<article>${prose(2)}<h4>More:</h4>${teaser('the-new-harbour-race-begins', 'The New Harbour Race')}
      ${teaser('ferries-return-to-the-old-pier', 'Ferries return to the old pier after ten years')}${prose(3)}
      <h4>What comes next</h4>${prose(2)}</article>`),
      ),
      { url: PAGE_URL },
    );
    expect(result.related.map((story) => story.title)).toEqual([
      'The New Harbour Race',
      'Ferries return to the old pier after ten years',
    ]);
    expect(headings(result)).toEqual(['What comes next']);
    expect(bullets(result)).toEqual([]);
  });

  it('ignores bold paragraphs when the article has real headings (two or more)', () => {
    const bold = `<p><strong>Just emphasis</strong></p>${prose(2)}`;
    const outline = (article: string) =>
      headings(outlineDocument(parse(page(`<article>${article}</article>`)), { url: PAGE_URL }));
    expect(outline(`${prose(2)}<h2>The vote</h2>${prose(2)}${bold}<h2>The count</h2>${prose(2)}`)).toEqual([
      'The vote',
      'The count',
    ]);
    // One real heading: the bold line is a section under it (energiehoch3 0981's subhead under its h1).
    expect(outline(`${prose(2)}<h2>The vote</h2>${prose(2)}${bold}`)).toEqual(['The vote', 'Just emphasis']);
  });

  it('maps every heading id back to its own element for scrolling', () => {
    const doc = parse(
      page(`<article>${prose()}<h2 id="a">Alpha</h2>${prose(1)}<h3 id="b">Beta</h3>${prose(1)}</article>`),
    );
    const { result, elementsById } = analyzeDocument(doc, { url: PAGE_URL });
    const alpha = result.outline[0]!;
    const beta = alpha.children[0]!;
    expect(elementsById.get(alpha.id)?.getAttribute('id')).toBe('a');
    expect(elementsById.get(beta.id)?.getAttribute('id')).toBe('b');
    expect(beta.level).toBe(3);
  });

  it('counts words and reading minutes from the article body', () => {
    const result = outlineDocument(parse(page(`<article>${prose()}</article>`)), { url: PAGE_URL });
    const words = SENTENCES.join(' ').split(/\s+/).length;
    expect(result.wordCount).toBeGreaterThanOrEqual(words - 5);
    expect(result.wordCount).toBeLessThanOrEqual(words + 5);
    expect(result.readingMinutes).toBe(1);
    expect(result.body.split('\n\n')).toHaveLength(SENTENCES.length);
  });
});

describe('reading never changes the page', () => {
  // linkedom answers document.head / .body / .title by inserting elements that are missing: the
  // core must not ask it that way.
  const pages = {
    'a bare fragment': `<p>${SENTENCES[0]}</p>`,
    'an <html> without <head> or <body>': `<html><p>${SENTENCES[0]}</p></html>`,
    'a page without <head>': `<!DOCTYPE html><html><body><article>${prose()}</article></body></html>`,
    'a page without <body>': '<!DOCTYPE html><html><head><title>Only a title</title></head></html>',
  };
  for (const [name, html] of Object.entries(pages)) {
    it(`${name}: identical markup after the analysis`, () => {
      const doc = parse(html);
      const before = doc.documentElement?.outerHTML;
      analyzeDocument(doc, { url: PAGE_URL });
      expect(doc.documentElement?.outerHTML).toBe(before);
    });
  }
});

describe('the cleaning of the chosen article', () => {
  it('drops a block whose whole text is an ad label, however deep the label sits, and keeps a paragraph that says it', async () => {
    const { findArticle } = await import('../../src/core/detect/article');
    const doc = parse(
      page(`<article>${prose(4)}
        <div><div><span><b>Advertisement</b></span></div></div>
        <section><div><div><span>Loading…</span></div></div></section>
        ${prose()}<p>Advertisement</p></article>`),
    );
    const selection = findArticle(doc.body, { title: 'Harbour plan approved', findByline: true })!;
    const removed = [...selection.clean.removed].map((element) => element.textContent?.trim());
    // The label's text is gathered up from the <span> and <b> inside (they are not judged themselves).
    expect(removed).toEqual(['Advertisement', 'Loading…']);
    // A paragraph is not judged by its content: its text stays (the body's line rules decide on it).
    expect([...selection.clean.removed].some((element) => element.localName === 'p')).toBe(false);
  });
});

describe('audio and video players inside the article', () => {
  it('leave their fallback text out of the body: a browser that plays them never shows it (trafilatura 0780, 0111)', () => {
    const video =
      '<div class="player"><video controls poster="/still.jpg"><source src="https://news.example.org/v/harbour.mp4" ' +
      'type="video/mp4">Your browser cannot play this video.</video></div>';
    const audio =
      '<p><audio controls><source src="https://news.example.org/ep39.mp3"><a href="https://news.example.org/ep39.mp3">' +
      'https://news.example.org/ep39.mp3</a></audio></p>';
    const { result } = analyzeDocument(parse(page(`<article>${prose(2)}${video}${prose()}${audio}</article>`)), {
      url: PAGE_URL,
      content: true,
    });
    expect(result.body).toContain('The city council voted');
    expect(result.body).not.toContain('cannot play');
    expect(result.body).not.toContain('ep39.mp3');
    // The reader still shows the video, as a link to it.
    expect(result.content?.some((block) => block.kind === 'video')).toBe(true);
  });
});

describe('pictures inside the article', () => {
  const photo = (n: number): string => `<img src="https://news.example.org/img/step-${n}.jpg" alt="">`;
  it('keeps a list of steps each with its photo (trafilatura 0452: a recipe’s directions), drops a bare grid of pictures', () => {
    const steps = [
      'Dice the tofu and pat it dry with paper towels.',
      'Fry it in a little oil till the edges are golden.',
      'Add the noodles and the sauce, then stir well.',
    ];
    const result = outlineDocument(
      parse(
        page(`<article>${prose()}
          <div class="recipe-card"><h2>Directions</h2><ul>${steps.map((s, i) => `<li>${s}<br>${photo(i)}</li>`).join('')}</ul></div>
          <ul class="grid">${[1, 2, 3].map((i) => `<li><span>Deal</span><br>${photo(i)}</li>`).join('')}</ul>
        </article>`),
      ),
      { url: PAGE_URL },
    );
    expect(headings(result)).toEqual(['Directions']);
    expect(bullets(result)).toEqual(steps);
    expect(result.body).not.toContain('Deal');
  });
});
