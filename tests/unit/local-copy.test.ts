/**
 * A page read at an address that names no site (a copy served from this machine, a saved page's file:) is read as at
 * its canonical address: its site's name at the title's end too (src/core/analyze.ts; trafilatura 0030 and 48 other
 * corpus pages had no site name, or another, served locally).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import { p } from './fixtures/prose';

const HTML = `<!DOCTYPE html><html><head><title>Outdoor lovers | iloveponies.example</title>
  <link rel="canonical" href="http://iloveponies.example/2018/05/24/outdoor-lovers/"></head>
  <body><article><h1>Outdoor lovers</h1>${p(0)}${p(1)}${p(2)}${p(3)}</article></body></html>`;

const siteNameAt = (url?: string) =>
  outlineDocument(parseHTML(HTML).document as unknown as Document, url ? { url } : {}).siteName;

describe('a local copy of a page', () => {
  it("reads the site's name at the title's end as at the page's own address", () => {
    expect(siteNameAt('http://iloveponies.example/2018/05/24/outdoor-lovers/')).toBe('iloveponies.example');
    expect(siteNameAt('http://127.0.0.1:8080/outdoor-lovers.html')).toBe('iloveponies.example');
    expect(siteNameAt('http://localhost/outdoor-lovers.html')).toBe('iloveponies.example');
    expect(siteNameAt('file:///home/me/outdoor-lovers.html')).toBe('iloveponies.example');
    // At another site's address, the title's end names no site of that address: none is read.
    expect(siteNameAt('https://mirror.example/outdoor-lovers.html')).toBe(null);
  });

  it("reads the page's own address in its <body> when its <head> states none", () => {
    const read = (address: string, url?: string) => {
      const html = HTML.replace(/<link rel="canonical"[^>]*>/, '').replace('<body>', `<body>${address}`);
      return outlineDocument(parseHTML(html).document as unknown as Document, url ? { url } : {});
    };
    const canonical = '<link rel="canonical" href="http://iloveponies.example/2018/05/24/outdoor-lovers/">';
    expect(read(canonical, 'http://127.0.0.1:8080/outdoor-lovers.html').siteName).toBe('iloveponies.example');
    expect(read(canonical).url).toBe('http://iloveponies.example/2018/05/24/outdoor-lovers/');
    const ogUrl = '<meta property="og:url" content="http://iloveponies.example/outdoor-lovers/">';
    expect(read(ogUrl, 'http://localhost/outdoor-lovers.html').siteName).toBe('iloveponies.example');
    // A canonical in the head wins over the body's.
    const both = HTML.replace('<body>', '<body><link rel="canonical" href="http://mirror.example/x/">');
    expect(outlineDocument(parseHTML(both).document as unknown as Document, {}).url).toBe(
      'http://iloveponies.example/2018/05/24/outdoor-lovers/',
    );
  });
});
