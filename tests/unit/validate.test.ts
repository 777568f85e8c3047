import { describe, expect, test, vi } from 'vitest';
import {
  ValidationError,
  validateContentMessage,
  validateOutlineReply,
  validateOutlineResult,
} from '../../src/background/validate';
import { sampleOutline } from '../../src/popup/mock-client';

const outline = () =>
  sampleOutline({ related: [{ title: 'Another story', url: 'https://news.example.org/another/' }] });

describe('validateContentMessage (messages from content scripts are untrusted)', () => {
  test('accepts a well-formed panel/save and returns a clean copy without unknown fields', () => {
    const message = { type: 'panel/save', payload: { outline: { ...outline(), injected: '<script>' } }, extra: 1 };
    const checked = validateContentMessage(message);
    expect(checked.type).toBe('panel/save');
    expect(checked.payload.outline.title).toBe('A sample headline');
    expect(checked.payload.outline).not.toHaveProperty('injected');
    expect(checked).not.toHaveProperty('extra');
  });

  test('refuses message types a content script may not send (e.g. the popup’s library/save, tabs/open)', () => {
    for (const type of ['library/save', 'tabs/open', 'outline/get', 'panel/toggle', '__proto__', undefined]) {
      expect(() => validateContentMessage({ type, payload: { outline: outline(), url: 'https://x.org/' } })).toThrow(
        ValidationError,
      );
    }
  });

  test('refuses non-objects and a missing payload', () => {
    for (const message of [
      null,
      undefined,
      'panel/save',
      42,
      [],
      { type: 'panel/save' },
      { type: 'panel/save', payload: [] },
    ]) {
      expect(() => validateContentMessage(message)).toThrow(ValidationError);
    }
  });

  test('refuses wrong field types, with the path of the bad field', () => {
    const bad = { ...outline(), title: 42 };
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: bad } })).toThrow(
      /payload\.outline\.title/,
    );
    const badLevel = { ...outline(), outline: [{ id: 'h0', level: 9, text: 'x', bullets: [], children: [] }] };
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: badLevel } })).toThrow(/level/);
    const badBullet = { ...outline(), outline: [{ id: 'h0', level: 2, text: 'x', bullets: [{}], children: [] }] };
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: badBullet } })).toThrow(
      /bullets\[0\]/,
    );
    expect(() =>
      validateContentMessage({ type: 'panel/save', payload: { outline: { ...outline(), dir: 'up' } } }),
    ).toThrow(/dir/);
    expect(() =>
      validateContentMessage({ type: 'panel/save', payload: { outline: { ...outline(), wordCount: -1 } } }),
    ).toThrow(/wordCount/);
  });

  test('refuses related stories that are not http(s) links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'chrome://settings', 'not a url']) {
      const bad = { ...outline(), related: [{ title: 'x', url }] };
      expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: bad } })).toThrow(
        /related\[0\]\.url/,
      );
    }
  });

  test('refuses only nesting deeper than heading levels allow (a wrong shape, not a size)', () => {
    let deep: Record<string, unknown> = { id: 'h', level: 2, text: 't', bullets: [], children: [] };
    for (let i = 0; i < 10; i++) deep = { id: `h${i}`, level: 2, text: 't', bullets: [], children: [deep] };
    expect(() => validateOutlineResult({ ...outline(), outline: [deep] })).toThrow(/too deep/);
  });

  test('a long page is never refused: texts are clipped with "…", lists cut, the body clipped with a note', () => {
    const section = (i: number, extra: object = {}) => ({
      id: `h${i}`,
      level: 2,
      text: `Heading ${i}`,
      bullets: [],
      children: [],
      ...extra,
    });
    const bullets = Array.from({ length: 5_000 }, (_, i) => `Bullet number ${i}`);
    const checked = validateOutlineResult({
      ...outline(),
      title: 'T'.repeat(900_000),
      byline: 'B'.repeat(3_000),
      outline: [
        section(0, { text: 'H'.repeat(5_000), bullets: [...bullets.slice(0, 10), 'x'.repeat(2_500)] }),
        section(1, { bullets }),
        ...Array.from({ length: 2_500 }, (_, i) => section(i + 2)),
      ],
      keyPoints: Array.from({ length: 80 }, (_, i) => ({ id: `k${i}`, text: `Point ${i}` })),
      related: Array.from({ length: 300 }, (_, i) => ({ title: `Story ${i}`, url: `https://news.example.org/s/${i}` })),
      body: 'w'.repeat(3_400_000),
    });
    expect(checked.title).toHaveLength(2_000);
    expect(checked.title.endsWith('T…')).toBe(true);
    expect(checked.byline).toHaveLength(2_000);
    expect(checked.outline[0]!.text).toHaveLength(2_000);
    expect(checked.outline[0]!.bullets[10]).toBe(`${'x'.repeat(1_999)}…`);
    expect(checked.outline[1]!.bullets).toHaveLength(2_001);
    expect(checked.outline[1]!.bullets.slice(0, 2)).toEqual(['Bullet number 0', 'Bullet number 1']);
    expect(checked.outline[1]!.bullets[2_000]).toBe('… and 3,000 more');
    expect(checked.outline).toHaveLength(2_000); // sections of all levels together
    expect(checked.keyPoints).toHaveLength(50);
    expect(checked.related).toHaveLength(200);
    expect(checked.body.length).toBeLessThan(2_000_100);
    expect(checked.body.startsWith('w'.repeat(1_999_999))).toBe(true);
    expect(checked.body).toMatch(/…\n\n\[The text was cut here: 1,400,000 more characters were not kept\.\]$/);
  });

  test('the section bound counts nested sections too, in document order', () => {
    const nested = Array.from({ length: 3 }, (_, i) => ({
      id: `p${i}`,
      level: 2,
      text: `Part ${i}`,
      bullets: [],
      children: Array.from({ length: 900 }, (_, j) => ({
        id: `p${i}-${j}`,
        level: 3,
        text: `Sub ${j}`,
        bullets: [],
        children: [],
      })),
    }));
    const checked = validateOutlineResult({ ...outline(), outline: nested });
    const total = checked.outline.reduce((sum, part) => sum + 1 + part.children.length, 0);
    expect(total).toBe(2_000);
    expect(checked.outline.map((part) => part.children.length)).toEqual([900, 900, 197]);
  });

  test('the core’s own bounded output passes unchanged (1,000 sections, 1,000 bullets + a "more" line, 1,000-character texts)', () => {
    const text = 'x'.repeat(999) + '…';
    const big = {
      ...outline(),
      title: text,
      outline: Array.from({ length: 1_000 }, (_, i) => ({
        id: `h${i}`,
        level: 2,
        text,
        children: [],
        bullets: i === 0 ? [...Array.from({ length: 1_000 }, () => text), '… and 4,000 more'] : [],
      })),
      related: Array.from({ length: 100 }, (_, i) => ({ title: text, url: `https://news.example.org/s/${i}` })),
      keyPoints: Array.from({ length: 10 }, (_, i) => ({ id: `k${i}`, text })),
      body: 'b'.repeat(1_500_000),
    };
    expect(validateOutlineResult(big)).toEqual(big);
  });

  test('clipping never splits a surrogate pair; a related link too long to be real is left out, not cut', () => {
    const emoji = '😀'.repeat(1_500); // 3,000 UTF-16 units
    const title = validateOutlineResult({ ...outline(), title: emoji }).title;
    expect(title.endsWith('😀…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(2_000);
    const longLink = { title: 'Long', url: `https://news.example.org/?q=${'a'.repeat(9_000)}` };
    const checked = validateOutlineResult({
      ...outline(),
      related: [longLink, { title: 'Fine', url: 'https://news.example.org/b' }],
    });
    expect(checked.related).toEqual([{ title: 'Fine', url: 'https://news.example.org/b' }]);
  });

  test('a panel/save whose article text is beyond the block bounds, or not well-formed, keeps its outline without the text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const paragraph = (text: string) => ({ kind: 'paragraph', runs: [{ kind: 'text', text }] });
    const save = (content: unknown) =>
      validateContentMessage({ type: 'panel/save', payload: { outline: { ...outline(), content } } });
    const fine = save([paragraph('One paragraph.')]);
    expect(fine.type === 'panel/save' && fine.payload.outline.content).toEqual([paragraph('One paragraph.')]);
    const huge = Array.from({ length: 60_000 }, (_, i) => paragraph(`Paragraph ${i}.`));
    const hostileLink = [{ kind: 'paragraph', runs: [{ kind: 'link', href: 'javascript:alert(1)', children: [] }] }];
    for (const content of [huge, hostileLink]) {
      const checked = save(content);
      expect(checked.type === 'panel/save' && checked.payload.outline.title).toBe('A sample headline');
      expect(checked.type === 'panel/save' && checked.payload.outline).not.toHaveProperty('content');
    }
    warn.mockRestore();
  });

  test('keeps the language told from the text when it is a language code, and refuses anything else', () => {
    expect(validateOutlineResult({ ...outline(), lang: null, textLang: 'de' }).textLang).toBe('de');
    expect(validateOutlineResult(outline())).not.toHaveProperty('textLang');
    for (const textLang of ['de" onmouseover="x', 'EN', '', 7, null]) {
      expect(() => validateOutlineResult({ ...outline(), textLang })).toThrow(/outline\.textLang/);
    }
  });

  test('drops a page URL that is neither http(s) nor file:', () => {
    expect(validateOutlineResult({ ...outline(), url: 'javascript:alert(1)' }).url).toBeNull();
    expect(validateOutlineResult({ ...outline(), url: 'file:///tmp/a.html' }).url).toBe('file:///tmp/a.html');
    expect(validateOutlineResult({ ...outline(), url: 'https://a.org/' }).url).toBe('https://a.org/');
  });
});

describe('validateOutlineReply (the content script’s answer to content/analyze)', () => {
  test('passes the three failure kinds and a success through', () => {
    expect(validateOutlineReply({ ok: false, kind: 'no-article', reason: 'r' })).toEqual({
      ok: false,
      kind: 'no-article',
      reason: 'r',
    });
    expect(validateOutlineReply({ ok: false, kind: 'error', message: 'm' })).toEqual({
      ok: false,
      kind: 'error',
      message: 'm',
    });
    const ok = validateOutlineReply({ ok: true, outline: outline(), tookMs: 3 });
    expect(ok.ok && ok.outline.outline).toHaveLength(2);
  });

  test('refuses unknown kinds and malformed replies', () => {
    expect(() => validateOutlineReply({ ok: false, kind: 'weird', reason: 'r' })).toThrow(ValidationError);
    expect(() => validateOutlineReply({ ok: 'yes' })).toThrow(ValidationError);
    expect(() => validateOutlineReply(undefined)).toThrow(ValidationError);
    expect(() => validateOutlineReply({ ok: true, outline: outline(), tookMs: 'fast' })).toThrow(/tookMs/);
  });
});
