/**
 * Language and writing direction. lang: <html lang> (or xml:lang), else the
 * Content-Language meta, else the JSON-LD inLanguage. dir: the nearest `dir` attribute on an
 * article root or its ancestors, else on <body>, else on <html>.
 */
import { pageBody } from '../../dom';
import { attr, documentElement, parentElement } from '../../read/dom';
import type { MetaValues } from './meta-tags';
import { collapseWhitespace } from './text';

/** A BCP 47-looking tag ("en", "en-US", "zh-Hant-TW"); anything else is not a language. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

function asLanguage(value: string | null | undefined): string | null {
  const tag = collapseWhitespace(value ?? '').split(/[\s,;]/)[0] ?? '';
  // "pt_BR" (a locale name) is written "pt-BR" as a language tag.
  return LANGUAGE_TAG.test(tag) ? tag.replace(/_/g, '-') : null;
}

export function extractLang(doc: Document, meta: MetaValues, jsonLdLanguage: string | null): string | null {
  const html = documentElement(doc);
  return (
    asLanguage(html && attr(html, 'lang')) ??
    asLanguage(html && attr(html, 'xml:lang')) ??
    asLanguage(meta.get('content-language')) ??
    asLanguage(jsonLdLanguage)
  );
}

function asDirection(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = (value ?? '').trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/** `firstBodyWithDir`: the page's first <body dir> (./page-scan.ts). */
export function extractDir(
  doc: Document,
  articleRoots: readonly Element[],
  firstBodyWithDir: Element | null,
): 'ltr' | 'rtl' | null {
  for (const root of articleRoots) {
    for (let node: Element | null = root; node; node = parentElement(node)) {
      const dir = asDirection(attr(node, 'dir'));
      if (dir) return dir;
    }
  }
  // The first <body dir> also finds the page's real <body> when a stray second one was parsed first.
  const body = pageBody(doc);
  const root = documentElement(doc);
  const bodyDir =
    asDirection(body && attr(body, 'dir')) ?? asDirection(firstBodyWithDir && attr(firstBodyWithDir, 'dir'));
  return bodyDir ?? asDirection(root && attr(root, 'dir'));
}
