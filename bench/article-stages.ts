/**
 * The stages after the article's choice, set up once on a document (as the analysis does), each as a function to
 * time alone: bench/text-stages.ts in Node and bench/browser/stages-entry.ts in Chromium time the same ones.
 */
import { analyzeDocument } from '../src/core/analyze';
import { readArticleBlocks } from '../src/core/blocks/read-blocks';
import { findArticle } from '../src/core/detect/article';
import { cleanArticle } from '../src/core/detect/clean';
import { readArticleContent } from '../src/core/detect/content';
import { findKeyPoints } from '../src/core/detect/key-points';
import { extractMetadata, scanPageSafely } from '../src/core/detect/metadata';
import { mayHoldOffers, withoutFurnitureBlocks } from '../src/core/detect/outline-furniture';
import { documentBaseUrl, pageBody } from '../src/core/dom';
import { buildOutline, outlineHeadings } from '../src/core/outline';
import { httpHost } from '../src/core/read/site';

export const STAGE_NAMES = ['clean', 'content', 'furniture', 'keyPoints', 'blocks'] as const;

/** The stages of the document now loaded, as functions to time (null when the page has no article). */
export function stagesOf(doc: Document, url: string | null): (() => unknown)[] | null {
  const body = pageBody(doc);
  const { result } = analyzeDocument(doc, { url });
  if (!body || !result.found) return null;
  const scan = scanPageSafely(doc);
  const metadata = extractMetadata(doc, { pageUrl: url, scan });
  const selection = findArticle(body, {
    title: metadata.title,
    findByline: !metadata.byline,
    pageHeadings: scan.h1sAndH2s,
  });
  if (!selection) return null;
  const isLeftOut = (element: Element): boolean =>
    selection.walk.skipped.has(element) || selection.clean.removed.has(element);
  const siteHost = url ? httpHost(url) : undefined;
  const read = () => readArticleContent(selection.parts, isLeftOut, siteHost, selection.walk);
  const content = read();
  const outlined = withoutFurnitureBlocks(content, selection.parts, result.related, isLeftOut, mayHoldOffers(content));
  const outline = buildOutline(outlined.items, result.title);
  const keyInput = { ...outlined, lang: metadata.lang, title: result.title, byline: metadata.byline };
  const flags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };
  const baseUrl = documentBaseUrl(doc, url);
  return [
    () => cleanArticle(selection.walk, selection.parts, flags, !selection.wholeBody),
    read,
    () => withoutFurnitureBlocks(content, selection.parts, result.related, isLeftOut, mayHoldOffers(content)),
    () => findKeyPoints({ ...keyInput, wordCount: result.wordCount }),
    () =>
      readArticleBlocks(selection.parts, {
        baseUrl,
        isLeftOut,
        bodyParagraphs: content.paragraphs,
        headings: outlineHeadings(outline),
      }),
  ];
}
