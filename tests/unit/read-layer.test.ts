/** The reading layer of the core (src/core/read/): one implementation of each primitive. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  accessibleName,
  attr,
  clipText,
  collapseWhitespace,
  countWords,
  foldApostrophes,
  HEADINGS,
  HEADING_TAGS,
  headingLevel,
  firstChild,
  hasNoText,
  holdsPicture,
  httpHost,
  isHiddenElement,
  isPictureTag,
  isTextLongerThan,
  isTextlessPicture,
  nextElementWithin,
  nextSibling,
  parentElement,
  parentNode,
  registrableDomain,
  resolveHttpUrl,
  sameSite,
  sameSiteUrls,
  StepBudgetExceeded,
  tagOf,
  textContent,
  withStepBudget,
} from '../../src/core/read';

const parse = (html: string): Document => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('collapseWhitespace', () => {
  it('collapses every kind of whitespace, the zero-width space included, and trims', () => {
    expect(collapseWhitespace('  a \n\t b\u00A0\u00A0c\u2003d\u200Be ')).toBe('a b c d e');
    expect(collapseWhitespace(null)).toBe('');
  });

  it('drops soft hyphens and other invisible format characters inside words', () => {
    expect(collapseWhitespace('Zei\u00ADtung')).toBe('Zeitung');
    expect(collapseWhitespace('tofu\u2063 ')).toBe('tofu');
    expect(collapseWhitespace('a \u2060 b')).toBe('a b');
  });

  it('turns a text of only invisible characters into the empty text', () => {
    for (const text of ['\u200B', '\u00AD', '\u200B\u200C\u200D', '\u2060\uFEFF', '\u200E\u200F \u202A', '\uFE0F']) {
      expect(collapseWhitespace(text), JSON.stringify(text)).toBe('');
    }
  });

  it('keeps joiners that shape visible text (emoji sequences, Persian)', () => {
    expect(collapseWhitespace('👩\u200D💻')).toBe('👩\u200D💻');
    expect(collapseWhitespace('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('agrees with its definition on random mixes (texts that need no change come back as they are)', () => {
    // The definition: runs of whitespace to one space, invisible characters dropped, trimmed, no text of marks alone.
    const byDefinition = (text: string): string => {
      const collapsed = text
        .replace(/[\s\u200B]+/g, ' ')
        .replace(/[\u00AD\u180E\u2060-\u2064]/g, '')
        .replace(/ {2,}/g, ' ')
        .trim();
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: the definition lists lone joiners and marks on purpose
      return /^[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u034F\uFE00-\uFE0F]*$/.test(collapsed) ? '' : collapsed;
    };
    const alphabet = [
      'a',
      'Z',
      ' ',
      ' ',
      '.',
      '\n',
      '\t',
      '\u00A0',
      '\u2003',
      '\u200B',
      '\u200C',
      '\u00AD',
      '\uFEFF',
      '\uFE0F',
    ];
    let seed = 5;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let unchanged = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + random(12) }, () => alphabet[random(alphabet.length)]).join('');
      const collapsed = collapseWhitespace(text);
      expect(collapsed, JSON.stringify(text)).toBe(byDefinition(text));
      if (collapsed === text) unchanged++;
    }
    // Both kinds were met: texts returned as they are, and texts changed.
    expect(unchanged).toBeGreaterThan(100);
    expect(unchanged).toBeLessThan(2900);
  });
});

describe('heading tags', () => {
  it('name h1 to h6, and the selector matches those and no other element', () => {
    const { document } = parseHTML(
      '<html><body><h1>a</h1><header>b</header><h2>c</h2><h3>d</h3><h4>e</h4><h5>f</h5><h6>g</h6><h7>h</h7><hr></body></html>',
    );
    const matched = [...document.querySelectorAll(HEADINGS)].map((element) => element.localName);
    expect(matched).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    expect([...HEADING_TAGS]).toEqual(matched);
    expect(matched.map(headingLevel)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(headingLevel('header')).toBe(0);
  });
});

describe('foldApostrophes', () => {
  it('reads every mark written for an apostrophe as the straight one, and no quotation mark', () => {
    const marks = ['\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`', '\u02BC'];
    expect(marks.map((mark) => foldApostrophes(`we${mark}re`))).toEqual(marks.map(() => "we're"));
    expect(foldApostrophes('“Don’t” «miss» "it"')).toBe('“Don\'t” «miss» "it"');
  });
});

describe('countWords', () => {
  it('counts Latin words between separators and each CJK character as one word', () => {
    expect(countWords('The harbour plan, approved on Tuesday.')).toBe(6);
    expect(countWords('東京都 is big')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('counts ASCII punctuation, digits and non-ASCII letters as the separator rules say', () => {
    expect(countWords("don't stop_now: 3.5% a@b [x] ~y")).toBe(10);
    expect(countWords('naïve café — «über» Ωmega')).toBe(4);
  });

  it('stops at `atMost`: the count up to there, the same as the whole count below it', () => {
    const sentence = 'one two three four five six seven eight';
    expect(countWords(sentence, 5)).toBe(5);
    expect(countWords(sentence, 8)).toBe(8);
    expect(countWords(sentence, 20)).toBe(countWords(sentence));
    expect(countWords('東京都 is big', 2)).toBe(2);
  });
});

describe('clipText', () => {
  it('leaves short texts alone and clips long ones with an ellipsis, within the limit', () => {
    expect(clipText('short', 10)).toBe('short');
    const clipped = clipText('word '.repeat(500), 100);
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipped).not.toContain(' …');
  });

  it('never cuts a surrogate pair in half', () => {
    const clipped = clipText('😀'.repeat(100), 11);
    expect(clipped.length).toBeLessThanOrEqual(11);
    expect(/[\uD800-\uDBFF]…$/.test(clipped)).toBe(false);
  });
});

describe('site identity', () => {
  it('takes the registrable domain from the public-suffix list', () => {
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('www.bbc.com')).toBe('bbc.com');
    expect(registrableDomain('m.spiegel.de')).toBe('spiegel.de');
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('192.168.0.1')).toBe('192.168.0.1');
  });

  it('treats subdomains of one domain, and one brand under several suffixes, as one site', () => {
    expect(sameSite('www.bbc.co.uk', 'news.bbc.co.uk')).toBe(true);
    expect(sameSite('bbc.com', 'bbc.co.uk')).toBe(true);
    expect(sameSite('m.example.com', 'example.com')).toBe(true);
    expect(sameSiteUrls('https://www.bbc.com/news/x', 'https://m.bbc.co.uk/sport')).toBe(true);
  });

  it('keeps different domains, and hosted sites under one hosting suffix, apart', () => {
    expect(sameSite('bbc.co.uk', 'itv.co.uk')).toBe(false);
    expect(sameSite('alice.github.io', 'bob.github.io')).toBe(false);
    expect(sameSite('alice.blogspot.com', 'alice.github.io')).toBe(false);
    expect(sameSite('example.com', 'example-news.com')).toBe(false);
    expect(sameSiteUrls('mailto:a@example.com', 'https://example.com/')).toBe(false);
  });

  it('reads the host of http(s) URLs only, without www.', () => {
    expect(httpHost('https://WWW.Example.com/a')).toBe('example.com');
    expect(httpHost('javascript:alert(1)')).toBeNull();
    expect(httpHost('not a url')).toBeNull();
  });
});

describe('resolveHttpUrl', () => {
  it('resolves relative hrefs, drops the fragment and refuses other schemes', () => {
    expect(resolveHttpUrl('/a/b#c', 'https://example.com/x')?.href).toBe('https://example.com/a/b');
    expect(resolveHttpUrl('  https://example.org/p?q=1#frag ', null)?.href).toBe('https://example.org/p?q=1');
    for (const href of [
      '#top',
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
      'ftp://example.com/',
      '',
      null,
    ]) {
      expect(resolveHttpUrl(href, 'https://example.com/'), String(href)).toBeNull();
    }
    expect(resolveHttpUrl('/relative', null)).toBeNull();
  });
});

describe('isHiddenElement', () => {
  it('knows the hidden attribute, aria-hidden and inline display/visibility', () => {
    const doc = parse(
      '<p hidden>a</p><p aria-hidden="true">b</p><p style="color:red; DISPLAY : none !important">c</p><p style="visibility:hidden">d</p><p>e</p>',
    );
    const verdicts = [...doc.querySelectorAll('p')].map((p) => isHiddenElement(p));
    expect(verdicts).toEqual([true, true, true, true, false]);
  });

  it('reads aria-hidden and the style only when set, and keeps the visible-formula exception', () => {
    const doc = parse(
      '<p aria-hidden="false" style="color:red">a</p><p class="mwe-math-fallback-image-inline" aria-hidden="true">b</p><p id="x" data-a="1">c</p>',
    );
    const verdicts = [...doc.querySelectorAll('p')].map((p) => isHiddenElement(p));
    expect(verdicts).toEqual([false, false, false]);
  });
});

describe('pictures and boxes of no text', () => {
  const boxes = (html: string): Element[] => [...parse(html).body.children];

  it('hasNoText: blank text and elements without text are no text; one character is', () => {
    const verdicts = boxes('<p> \n<span> </span><br></p><p><b>\u00A0x</b></p><div><img src=a.jpg></div><p></p>').map(
      hasNoText,
    );
    expect(verdicts).toEqual([true, false, true, true]);
  });

  it('isPictureTag: <img> and <picture>; a <figure> is a box that may hold text', () => {
    expect(['img', 'picture', 'figure', 'svg'].map(isPictureTag)).toEqual([true, true, false, false]);
  });

  it('holdsPicture: a picture, or a box with one inside, whatever its text', () => {
    const html = '<img src=a.jpg><p>Text <a href=x><picture><img src=b.jpg></picture></a></p><p>Text only</p>';
    expect(boxes(html).map(holdsPicture)).toEqual([true, true, false]);
  });

  it('isTextlessPicture: a picture, or a box holding one and no text of its own', () => {
    const html =
      '<img src=a.jpg><p> <a href=x.jpg><img src=x.jpg></a> </p><p><img src=c.jpg> A caption</p><p> </p>' +
      '<figure><picture><source srcset=d.webp></picture></figure>';
    expect(boxes(html).map(isTextlessPicture)).toEqual([true, true, false, false, true]);
  });
});

describe('isTextLongerThan', () => {
  it('measures the text collapsed, and reads a big box only until it is longer', () => {
    const [short, spaced, long] = [
      ...parse('<p>A <b>b</b></p><p>  a \n\n  b  </p><div><p>abcdef</p><p>gh</p></div>').body.children,
    ];
    expect([isTextLongerThan(short!, 3), isTextLongerThan(short!, 2)]).toEqual([false, true]);
    expect(isTextLongerThan(spaced!, 4)).toBe(false);
    expect([isTextLongerThan(long!, 7), isTextLongerThan(long!, 8)]).toEqual([true, false]);
  });
});

describe('accessibleName', () => {
  it('prefers aria-labelledby, then aria-label, then an image alt, then the text, then title', () => {
    const doc = parse(`
      <span id="l1">Related</span><span id="l2">stories</span>
      <section id="a" aria-labelledby="l1 l2" aria-label="ignored">x</section>
      <section id="b" aria-label=" More  news ">text</section>
      <img id="c" alt="Read more" src="x.png">
      <a id="d" href="/x">Visible <span hidden>hidden</span><img alt="picture"> text<script>no()</script></a>
      <a id="e" href="/y" title="Only a title"></a>`);
    const name = (id: string) => accessibleName(doc.getElementById(id)!);
    expect(name('a')).toBe('Related stories');
    expect(name('b')).toBe('More news');
    expect(name('c')).toBe('Read more');
    expect(name('d')).toBe('Visible picture text');
    expect(name('e')).toBe('Only a title');
  });
});

describe('reading the tree through unclobberable getters', () => {
  /**
   * linkedom has no named form controls, so the clobbering a browser does is imitated with own
   * properties on the element: a read through the instance would see them, a read through the
   * prototype's getter does not. (Fields linkedom keeps on the instance itself, such as parentNode
   * and localName, are left alone: the browser e2e test covers them.)
   */
  function clobbered(): { doc: Document; form: Element } {
    const doc = parse('<div id="root"><form id="f"><input name="x"><p>inside</p></form><p id="after">after</p></div>');
    const form = doc.getElementById('f')!;
    const input = form.querySelector('input')!;
    for (const name of [
      'nextSibling',
      'nextElementSibling',
      'parentNode',
      'parentElement',
      'firstChild',
      'firstElementChild',
      'textContent',
      'getAttributeNode',
      'getAttributeNames',
      'hasAttributes',
      'localName',
      'nodeType',
    ]) {
      if (!Object.hasOwn(form, name)) Object.defineProperty(form, name, { value: input, configurable: true });
    }
    return { doc, form };
  }

  it('reads siblings, parents, children, text and attributes as the tree has them', () => {
    const { doc, form } = clobbered();
    expect(tagOf(nextSibling(form) as Element)).toBe('p');
    expect(attr(parentNode(form) as Element, 'id')).toBe('root');
    expect(tagOf(firstChild(form) as Element)).toBe('input');
    expect(textContent(form)).toBe('inside');
    expect(tagOf(form)).toBe('form');
    expect(attr(form, 'id')).toBe('f');
    expect(attr(parentElement(form)!, 'id')).toBe('root');
    expect(isHiddenElement(form)).toBe(false);
    const visited: string[] = [];
    const root = doc.getElementById('root')!;
    for (let element: Element | null = root; element; element = nextElementWithin(element, root))
      visited.push(tagOf(element));
    expect(visited).toEqual(['div', 'form', 'input', 'p', 'p']);
  });

  /**
   * A DOM shaped as a browser's: fields are getters on the prototypes, and a form has a prototype of
   * its own (HTMLFormElement's), whose named controls answer reads of the form's own fields, its
   * localName and nodeType included.
   */
  it('in a DOM with getters on prototypes, reads a form whose controls shadow even localName and nodeType', () => {
    const field = (name: string) => ({
      get(this: Record<string, unknown>) {
        return this[`_${name}`] ?? null;
      },
    });
    class FakeNode {
      [key: string]: unknown;
    }
    for (const name of ['nodeType', 'localName', 'parentNode', 'nextSibling', 'firstChild'])
      Object.defineProperty(FakeNode.prototype, name, field(name));
    class FakeElement extends FakeNode {}
    class FakeForm extends FakeElement {}
    const element = (Kind: typeof FakeNode, name: string) =>
      Object.assign(new Kind(), { _nodeType: 1, _localName: name });
    const root = element(FakeElement, 'div');
    const before = element(FakeElement, 'p');
    const form = element(FakeForm, 'form');
    const after = element(FakeElement, 'p');
    const control = element(FakeElement, 'input');
    Object.assign(root, { _firstChild: before });
    Object.assign(before, { _parentNode: root, _nextSibling: form });
    Object.assign(form, { _parentNode: root, _nextSibling: after, _firstChild: control });
    Object.assign(after, { _parentNode: root });
    // The controls: own fields of the form itself.
    for (const name of ['nextSibling', 'parentNode', 'firstChild', 'localName', 'nodeType'])
      Object.defineProperty(form, name, { value: control });
    const read = <T>(node: FakeNode, move: (node: Node) => T) => move(node as unknown as Node);
    expect(read(before, nextSibling)).toBe(form);
    expect(read(form, nextSibling)).toBe(after);
    expect(read(form, parentNode)).toBe(root);
    expect(read(form, firstChild)).toBe(control);
    // A second form, read after the first: the same.
    const second = Object.assign(element(FakeForm, 'form'), { _nextSibling: before });
    Object.defineProperty(second, 'nextSibling', { value: control });
    expect(read(second, nextSibling)).toBe(before);
    expect(read(root, firstChild)).toBe(before);
  });
});

describe('the class read once per element and analysis', () => {
  it('asks the DOM once per element inside a budgeted run, and again in the next run or outside of one', () => {
    const doc = parse('<p class="lead">a</p><p>b</p>');
    const lead = doc.querySelector('p.lead')!;
    const plain = doc.querySelector('p:not(.lead)')!;
    let reads = 0;
    for (const element of [lead, plain]) {
      const read = element.getAttribute.bind(element);
      element.getAttribute = (name: string) => {
        if (name === 'class') reads++;
        return read(name);
      };
    }
    const readBoth = () => [attr(lead, 'class'), attr(lead, 'class'), attr(plain, 'class'), attr(plain, 'class')];
    expect(withStepBudget(readBoth)).toEqual(['lead', 'lead', null, null]);
    expect(reads).toBe(1); // the missing class is told by hasAttribute
    // A later run reads the page as it is then.
    lead.setAttribute('class', 'lead wide');
    expect(withStepBudget(readBoth)).toEqual(['lead wide', 'lead wide', null, null]);
    expect(reads).toBe(2);
    // Outside of a run, every read goes to the DOM.
    readBoth();
    expect(reads).toBe(4);
  });
});

describe('step budget', () => {
  it('stops a walk that takes more steps than its budget with a clear error, and only inside the budget', () => {
    const doc = parse('<p>a</p>'.repeat(50));
    const body = doc.body;
    const walkAll = () => {
      let count = 0;
      for (let element: Element | null = body; element; element = nextElementWithin(element, body)) count++;
      return count;
    };
    expect(withStepBudget(walkAll, 10_000)).toBe(51);
    expect(() => withStepBudget(walkAll, 20)).toThrow(StepBudgetExceeded);
    expect(() => withStepBudget(walkAll, 20)).toThrow(/too large or too tangled/);
    expect(walkAll()).toBe(51); // no budget outside withStepBudget
  });
});

describe('time limit', () => {
  it('stops an analysis that runs past its time limit with found:false and a clear reason', async () => {
    const { generatePage } = await import('../../bench/generate-pages');
    const { outlineDocument } = await import('../../src/core/index');
    // Large enough for the analysis to read the clock (once per STEPS_PER_CLOCK_READ reads, read/budget.ts): about
    // 83,000 reading steps (6,000 elements took 75,000 until the related stage read the walk's tree instead; 12,000
    // took 75,000 until the cleaning read the walk's parents, s29-big).
    const doc = parseHTML(generatePage('live-blog', 15_000)).document as unknown as Document;
    const stopped = outlineDocument(doc, { url: 'https://news.example.com/a', timeLimitMs: 0.001 });
    expect(stopped.found).toBe(false);
    expect(stopped.reason).toMatch(/took longer than/);
    // Without a limit the same page is an article.
    expect(outlineDocument(doc, { url: 'https://news.example.com/a' }).found).toBe(true);
  }, 120_000);
});
