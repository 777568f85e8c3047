import { describe, expect, test } from 'vitest';
import { classifyRestrictedUrl, restrictionFromInjectionError } from '../../src/background/restricted';

const noFiles = { fileAccessAllowed: false };
const files = { fileAccessAllowed: true };
const reasonFor = (url: string | undefined, options = noFiles) => classifyRestrictedUrl(url, options)?.reason ?? null;

describe('classifyRestrictedUrl', () => {
  test('ordinary web pages are not restricted', () => {
    for (const url of [
      'https://news.example.org/a/',
      'http://127.0.0.1:8080/seed.html',
      'https://chrome.google.com/search?q=x',
    ]) {
      expect(reasonFor(url)).toBeNull();
    }
  });

  test('browser pages: chrome://, edge://, about:, and the new-tab page', () => {
    for (const url of [
      'chrome://settings/',
      'chrome://newtab/',
      'edge://extensions/',
      'about:blank',
      'about:addons',
      'brave://settings',
    ]) {
      expect(reasonFor(url)).toMatch(/browser’s own pages/);
    }
  });

  test('extension pages (ours or another extension’s)', () => {
    for (const url of ['chrome-extension://abcdefghijklmnop/popup.html', 'moz-extension://0000-1111/library.html']) {
      expect(reasonFor(url)).toMatch(/extension’s own page/);
    }
  });

  test('our own pages say so (not "another extension’s"); the reader view points to its outline', () => {
    const own = { fileAccessAllowed: false, ownOrigin: 'chrome-extension://ours/' };
    expect(reasonFor('chrome-extension://ours/reader.html?tab=7', own)).toBe(
      'This is Outline Reader’s reader view: the article’s outline is beside it.',
    );
    expect(reasonFor('chrome-extension://ours/library.html#/', own)).toBe('This is one of Outline Reader’s own pages.');
    expect(reasonFor('chrome-extension://theirs/reader.html', own)).toMatch(/extension’s own page/);
  });

  test('the extension stores', () => {
    expect(reasonFor('https://chromewebstore.google.com/detail/x/abc')).toMatch(/Chrome Web Store/);
    expect(reasonFor('https://chrome.google.com/webstore/detail/x')).toMatch(/Chrome Web Store/);
    expect(reasonFor('https://addons.mozilla.org/en-US/firefox/addon/x/')).toMatch(/addons\.mozilla\.org/);
    expect(reasonFor('https://microsoftedge.microsoft.com/addons/detail/x')).toMatch(/Edge Add-ons/);
    expect(reasonFor('https://accounts.firefox.com/signin')).toMatch(/Firefox Accounts/);
  });

  test('the built-in PDF viewer', () => {
    expect(reasonFor('https://example.org/paper.PDF')).toMatch(/PDF/);
    expect(reasonFor('https://example.org/paper.pdf?download=1')).toMatch(/PDF/);
    expect(reasonFor('https://example.org/pdf-guide/')).toBeNull();
  });

  test('view-source:', () => {
    expect(reasonFor('view-source:https://example.org/')).toMatch(/page source/);
  });

  test('file: pages depend on “Allow access to file URLs”', () => {
    expect(reasonFor('file:///home/me/article.html')).toMatch(/Allow access to file URLs/);
    expect(reasonFor('file:///home/me/article.html', files)).toBeNull();
    expect(reasonFor('file:///home/me/paper.pdf', files)).toMatch(/PDF/);
  });

  test('other schemes and unparsable addresses', () => {
    expect(reasonFor('data:text/html,<p>x')).toMatch(/data:/);
    expect(reasonFor('javascript:void 0')).toMatch(/javascript:/);
    expect(reasonFor('::not a url::')).toMatch(/address/);
  });

  test('an unknown URL (hidden from the extension) is left to the injection attempt', () => {
    expect(classifyRestrictedUrl(undefined, noFiles)).toBeNull();
    expect(classifyRestrictedUrl(null, noFiles)).toBeNull();
  });
});

describe('restrictionFromInjectionError', () => {
  test('permission errors from Chromium and Firefox become a restriction; others do not', () => {
    expect(
      restrictionFromInjectionError(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    ).not.toBeNull();
    expect(restrictionFromInjectionError('Cannot access a chrome:// URL')).not.toBeNull();
    expect(restrictionFromInjectionError('The extensions gallery cannot be scripted.')).not.toBeNull();
    expect(restrictionFromInjectionError('Missing host permission for the tab')).not.toBeNull();
    expect(restrictionFromInjectionError('No tab with id: 12.')).toBeNull();
    expect(restrictionFromInjectionError('Frame with ID 0 was removed.')).toBeNull();
  });
});
