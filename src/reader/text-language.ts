/**
 * The article's language as its text has it. A page may declare another (a theme's lang="en-US" over a German
 * article, trafilatura 0126; a German site's template over an English story, zyte fde930b0) or none; the reader's
 * lang sets the screen reader's voice and the headings' hyphenation. The browser's own detector reads the text.
 */
import type { OutlineResult } from '../core/types';
import { primaryLanguage } from '../core/text';

/** What the detector reads: the article's opening, enough for a sure answer, little to read. */
const SAMPLE_CHARS = 2000;

/** Detects a text's language (a BCP 47 tag), or null when not sure. */
export type DetectLanguage = (text: string) => Promise<string | null>;

/** The share (percent) of the text the detected language must hold: a German story quoting English is German. */
const SURE_PERCENTAGE = 80;

/** The browser detector's answer (i18n.detectLanguage) as a language, when it is sure of one. */
export function languageIfSure(answer: {
  isReliable: boolean;
  languages: readonly { language: string; percentage: number }[];
}): string | null {
  const [first] = answer.languages;
  return answer.isReliable && first && first.percentage >= SURE_PERCENTAGE ? first.language : null;
}

/**
 * The article with the language of its text, when the detector is sure of one that differs from the declared one's
 * (or the page declares none); else the article as it is (its declared tag keeps its region: "de-CH"), or, when the
 * page declares none, with the one the core told from the text's words (`textLang`), if any.
 */
export async function withTextLanguage(article: OutlineResult, detect: DetectLanguage): Promise<OutlineResult> {
  const detected = await detect(article.body.slice(0, SAMPLE_CHARS)).catch(() => null);
  if (!detected || detected === 'und')
    return article.lang || !article.textLang ? article : { ...article, lang: article.textLang };
  if (article.lang && primaryLanguage(article.lang) === primaryLanguage(detected)) return article;
  return { ...article, lang: detected };
}
