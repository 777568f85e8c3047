import { describe, expect, test } from 'vitest';
import { ValidationError, validateContentMessage, validateOutlineReply, validateOutlineResult } from '../../src/background/validate';
import { sampleOutline } from '../../src/popup/mock-client';

const outline = () => sampleOutline({ related: [{ title: 'Another story', url: 'https://news.example.org/another/' }] });

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
      expect(() => validateContentMessage({ type, payload: { outline: outline(), url: 'https://x.org/' } })).toThrow(ValidationError);
    }
  });

  test('refuses non-objects and a missing payload', () => {
    for (const message of [null, undefined, 'panel/save', 42, [], { type: 'panel/save' }, { type: 'panel/save', payload: [] }]) {
      expect(() => validateContentMessage(message)).toThrow(ValidationError);
    }
  });

  test('refuses wrong field types, with the path of the bad field', () => {
    const bad = { ...outline(), title: 42 };
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: bad } })).toThrow(/payload\.outline\.title/);
    const badLevel = { ...outline(), outline: [{ id: 'h0', level: 9, text: 'x', bullets: [], children: [] }] };
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: badLevel } })).toThrow(/level/);
    const badBullet = { ...outline(), outline: [{ id: 'h0', level: 2, text: 'x', bullets: [{}], children: [] }] };
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: badBullet } })).toThrow(/bullets\[0\]/);
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: { ...outline(), dir: 'up' } } })).toThrow(/dir/);
    expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: { ...outline(), wordCount: -1 } } })).toThrow(/wordCount/);
  });

  test('refuses related stories that are not http(s) links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'chrome://settings', 'not a url']) {
      const bad = { ...outline(), related: [{ title: 'x', url }] };
      expect(() => validateContentMessage({ type: 'panel/save', payload: { outline: bad } })).toThrow(/related\[0\]\.url/);
    }
  });

  test('bounds sizes and depth so a hostile page cannot flood the library', () => {
    const huge = { ...outline(), title: 'x'.repeat(2_001) };
    expect(() => validateOutlineResult(huge)).toThrow(/longer than/);
    let deep: Record<string, unknown> = { id: 'h', level: 2, text: 't', bullets: [], children: [] };
    for (let i = 0; i < 10; i++) deep = { id: `h${i}`, level: 2, text: 't', bullets: [], children: [deep] };
    expect(() => validateOutlineResult({ ...outline(), outline: [deep] })).toThrow(/too deep/);
    const many = Array.from({ length: 2_001 }, (_, i) => ({ id: `h${i}`, level: 2, text: 't', bullets: [], children: [] }));
    expect(() => validateOutlineResult({ ...outline(), outline: many })).toThrow(/more than/);
  });

  test('drops a page URL that is neither http(s) nor file:', () => {
    expect(validateOutlineResult({ ...outline(), url: 'javascript:alert(1)' }).url).toBeNull();
    expect(validateOutlineResult({ ...outline(), url: 'file:///tmp/a.html' }).url).toBe('file:///tmp/a.html');
    expect(validateOutlineResult({ ...outline(), url: 'https://a.org/' }).url).toBe('https://a.org/');
  });
});

describe('validateOutlineReply (the content script’s answer to content/analyze)', () => {
  test('passes the three failure kinds and a success through', () => {
    expect(validateOutlineReply({ ok: false, kind: 'no-article', reason: 'r' })).toEqual({ ok: false, kind: 'no-article', reason: 'r' });
    expect(validateOutlineReply({ ok: false, kind: 'error', message: 'm' })).toEqual({ ok: false, kind: 'error', message: 'm' });
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
