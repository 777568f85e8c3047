/**
 * Language and writing direction. lang: <html lang> (or xml:lang), else the
 * Content-Language meta or og:locale, else the JSON-LD inLanguage. dir: the `dir` attribute on <body>, else on
 * <html> (the metadata is read before the article is found).
 */
import { pageBody } from '../../dom';
import { attr, documentElement } from '../../read/dom';
import type { MetaValues } from './meta-tags';
import { collapseWhitespace } from './text';

/** A BCP 47-looking tag ("en", "en-US", "zh-Hant-TW"); anything else is not a language. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

function asLanguage(value: string | null | undefined): string | null {
  const tag = collapseWhitespace(value ?? '').split(/[\s,;]/)[0] ?? '';
  // "pt_BR" (a locale name) is written "pt-BR" as a language tag.
  return LANGUAGE_TAG.test(tag) ? tag.replace(/_/g, '-') : null;
}

/**
 * The language a theme writes into <html lang> when the site never set one ("en", "en-US"): a page whose
 * Content-Language or og:locale names another language is in that one (lang="en" over a French page).
 */
const TEMPLATE_LANGUAGE = /^en\b/i;

export function extractLang(doc: Document, meta: MetaValues, jsonLdLanguage: string | null): string | null {
  const html = documentElement(doc);
  const declared = asLanguage(html && attr(html, 'lang')) ?? asLanguage(html && attr(html, 'xml:lang'));
  const site = asLanguage(meta.get('content-language') ?? meta.get('og:locale'));
  return (
    (!declared || (site && TEMPLATE_LANGUAGE.test(declared) && !TEMPLATE_LANGUAGE.test(site)) ? site : declared) ??
    asLanguage(jsonLdLanguage)
  );
}

function asDirection(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = (value ?? '').trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

/** `firstBodyWithDir`: the page's first <body dir> (./page-scan.ts). */
export function extractDir(doc: Document, firstBodyWithDir: Element | null): 'ltr' | 'rtl' | null {
  // The first <body dir> also finds the page's real <body> when a stray second one was parsed first.
  const body = pageBody(doc);
  const root = documentElement(doc);
  const bodyDir =
    asDirection(body && attr(body, 'dir')) ?? asDirection(firstBodyWithDir && attr(firstBodyWithDir, 'dir'));
  return bodyDir ?? asDirection(root && attr(root, 'dir'));
}
