/**
 * Reads the chosen article once, in document order: the headings, list items and plain body text the outline
 * is made of. Elements the page walk (hidden, furniture) or the cleaning left out are skipped with their subtrees.
 */
import { contains, isElement, isText, nodeValue, parentElement, textContent } from '../read/dom';
import { WALK_NODES_PER_PAUSE, runToEnd, type Steps } from '../steps';
import { HEADING_LEVELS } from '../read/tags';
import { hrefOf, subtreeOf } from './page-walk';
import { collapseWhitespace, trimmedLength } from '../text';
import { externalHrefTest, isLinkListLabel, isOwnLinkLine, isPromoLinkParagraph } from './body-links';
import { rememberedItemShare } from './body-links';
import { introducesContact, isBoilerplateLine, isContactHref, isDividerLine, isOpeningLine } from './body-lines';
import { withoutSetApartTitle } from './set-apart-title';
import { isCreditParagraph } from './furniture-text';
import { NOISE_MAX_CHARS } from './body-noise';
import { lineBefore } from './dropped-labels';
import { isBodyNoiseBlock } from './author-box';
import { isFurnitureHeading, isFurnitureHeadingAt } from './caption-headings';
import { labelsLeftOut } from './furniture-blocks';
import { keepLine } from './wrapped-lines';
import {
  type ArticleContent,
  BLOCK_BOUNDARY,
  blockTextKind,
  boldLineKind,
  bulletTexts,
  type ContentItem,
  type NoiseCapture,
  dropNoiseBullets,
  NOTHING_SKIPPED,
  type OpenCapture,
  openingLine,
  PART_CONTAINER_TAGS,
  partsAndLoneWrappers,
  type ParagraphCapture,
  type ParagraphSource,
  SHARE_BAR_MAX_ENTRIES,
  VOID_BOUNDARY,
  type WalkRecord,
  withInterviewQuestions,
} from './content-kinds';

export type { ArticleContent, ContentItem, ParagraphSource } from './content-kinds';
import {
  headingText,
  isFurnitureBullet,
  isFurnitureList,
  isLargeCaption,
  labelListItem,
  labelsList,
  type ListLabelCandidate,
  trailingSignOff,
  withoutRepeatedParagraphs,
} from './honest-items';
import { isCaptionContext } from './caption-names';
import { withoutDanglingHeads } from './dangling-heads';
import { markBoldSections } from './bold-sections';
import { PieceRun } from './content/piece-run';
import { dropTitleKicker, type HeadingEnds } from './content/title-kicker';
import { walkSubtree } from './content/walk-subtree';

/**
 * `siteHost`: the page's own host (without www.), for telling the site's own promotion links from
 * links to other sites; when not given it is read from the document's canonical / og:url.
 */
export function readArticleContent(
  parts: Node[],
  isLeftOut: (element: Element) => boolean,
  siteHostGiven?: string | null,
  walk?: WalkRecord,
): ArticleContent {
  return runToEnd(readArticleContentSteps(parts, isLeftOut, siteHostGiven, walk));
}

/** readArticleContent in steps (../steps.ts). */
export function* readArticleContentSteps(
  parts: Node[],
  isLeftOut: (element: Element) => boolean,
  siteHostGiven?: string | null,
  walk?: WalkRecord,
): Steps<ArticleContent> {
  let untilPause = WALK_NODES_PER_PAUSE;
  const items: (ContentItem | null)[] = [];
  const paragraphs: string[] = [];
  /** The unfinished paragraph. */
  const line = new PieceRun();
  const headings: OpenCapture[] = [];
  const listItems: OpenCapture[] = [];
  const paragraphCaptures: ParagraphCapture[] = [];
  let listDepth = 0;
  let boldDepth = 0;
  let noise = null as NoiseCapture | null;
  const partSet = partsAndLoneWrappers(parts);
  /** The links open (<a href>), innermost last: their href is read once, when they open; the outermost's href. */
  const openLinks: Element[] = [];
  let linkHref = '';
  const anyExternal = externalHrefTest(parts[0]!, siteHostGiven);
  /** Each list item's link share read once: a list's mostly linked lines each read their siblings (body-links.ts). */
  const shareOf = rememberedItemShare();
  /** Index of the last paragraph when it may label a list of links that follows, else -1. */
  let labelIndex = -1;
  /** The items read when the last paragraph was kept (nothing read after it when they are still all). */
  let itemsAtParagraph = -1;
  /** Every paragraph read, furniture included: the body when the furniture rules leave nothing. */
  const unfiltered: string[] = [];
  const sources: ParagraphSource[] = [];
  const unfilteredSources: ParagraphSource[] = [];
  /** Open block elements (innermost last), the picture-caption blocks among them, and the non-prose ones. */
  const blocks: Element[] = [];
  const captions: Element[] = [];
  /** The depth (in `captions`) of the outermost small caption block open, 0 when none (see isLargeCaption). */
  let smallCaptions = 0;
  const notProse: { element: Element; kind: 'other' | 'secondary' }[] = [];
  /** Open lists: the index of their first item (to judge the list as a whole when it closes) and of their label, or -1. */
  const lists: { first: number; label: number }[] = [];
  /** The last paragraph, when it may name a list that follows it (isListLabel, asked when a list follows). */
  let listLabel: ListLabelCandidate | null = null;
  /** The paragraphs read when the last picture came (see withoutDanglingHeads). */
  let lastImage = -1;
  /** Paragraphs and items when each heading closed (for the sign-off rule). */
  const headingEnds: HeadingEnds = new Map();
  /** Bold questions and bold lines opening paragraphs, with their items' indexes (withInterviewQuestions, at end). */
  const questions: [number, ContentItem][] = [];
  /** The last line was a number alone before the text's first line (body-lines.ts isOpeningLine). */
  let openingNumber = false;
  /** The last line was a kept one that introduces an address: links to a contact may follow (body-lines.ts). */
  let introduced = false;
  /** The last line was a kept one that a single <br> ended, which the next may go on from (wrapped-lines.ts). */
  let brLine = false;
  /** The paragraphs read when the last divider line ('___') came, or -1 (its trailer: dangling-heads.ts). */
  let divider = -1;

  const flush = (atBr = false): void => {
    const mayJoin = brLine && !noise;
    brLine = false;
    if (!line.pieces.length) return;
    const raw = line.pieces.join('');
    // The text's first line without a headline set apart at its start: the title again, no line of the text.
    const text = collapseWhitespace(paragraphs.length ? raw : withoutSetApartTitle(raw, walk?.title));
    if (text) {
      const element = blocks[blocks.length - 1] ?? null;
      // A heading's own text (a paragraph inside a heading is a broken page's text, not a heading's).
      const inHeading = headings.length > 0 && !!element && element.localName in HEADING_LEVELS;
      const other = inHeading || smallCaptions > 0 || notProse.some((block) => block.kind === 'other');
      const secondary = captions.length > 0 || notProse.length > 0;
      const kind = other ? 'other' : secondary ? 'secondary' : listItems.length ? 'item' : 'prose';
      const source: ParagraphSource = { element, kind };
      unfiltered.push(text);
      unfilteredSources.push(source);
      listLabel = null;
      // A picture credit alone ("Foto: © GEPA", a linked one naming its library) is no story text; a heading may be.
      const counter = !paragraphs.length && !inHeading && isOpeningLine(text, openingNumber, items, walk, element);
      const contact = introduced && line.hrefs.every(isContactHref);
      openingNumber = counter && !/\p{L}/u.test(text);
      introduced = false;
      const furniture =
        counter || labelsLeftOut(element, text, isLeftOut) || isBoilerplateLine(text, line.chars - line.linkChars);
      if (furniture || (!inHeading && isCreditParagraph(text, line.linkChars > 0))) {
        labelIndex = -1;
        if (isDividerLine(text)) divider = paragraphs.length;
      } else if (!contact && isPromoLinkParagraph(line, element, shareOf) && !anyExternal(line.hrefs)) {
        if (labelIndex >= 0 && labelIndex === paragraphs.length - 1) {
          paragraphs.pop();
          sources.pop();
        }
        labelIndex = -1;
      } else {
        const joined = keepLine(paragraphs, sources, text, source, mayJoin);
        labelIndex = !joined && isLinkListLabel(text) ? paragraphs.length - 1 : -1;
        brLine = atBr;
        introduced = introducesContact(text);
        itemsAtParagraph = items.length;
        if (source.kind === 'prose' && element && !noise && !joined)
          listLabel = { text, element, paragraphCount: paragraphs.length, itemCount: items.length };
      }
    }
    line.reset();
  };
  const addText = (text: string): void => {
    const chars = trimmedLength(text);
    const href = openLinks.length > 0 ? linkHref : null;
    line.add(text, chars, href);
    const paragraph = paragraphCaptures[paragraphCaptures.length - 1];
    if (paragraph && href !== null && chars > 0) {
      paragraph.link += chars;
      paragraph.hrefs.push(href);
    }
    if (noise) noise.chars += chars;
    const heading = headings[headings.length - 1];
    if (heading) heading.pieces.push(text);
    const item = listItems[listItems.length - 1];
    if (item && item.listDepth === listDepth) item.pieces.push(text);
    if (paragraph) {
      paragraph.total += chars;
      if (boldDepth > 0) paragraph.bold += chars;
    }
  };

  /** A block boundary or <br> inside a heading or list item still separates words there. */
  const separateCapturedWords = (): void => {
    headings[headings.length - 1]?.pieces.push(' ');
    const item = listItems[listItems.length - 1];
    if (item && item.listDepth === listDepth) item.pieces.push(' ');
  };

  /** `names`: classAndId in the tree (null: no attributes); `second`: secondChildTag's; `bits`: attributesAt's. */
  const enter = (element: Element, tag: string, names: string | null, second: string, bits: number): void => {
    if (BLOCK_BOUNDARY.has(tag)) {
      flush(tag === 'br');
      separateCapturedWords();
      if (!VOID_BOUNDARY.has(tag)) blocks.push(element);
      const textKind = blockTextKind(element, tag);
      if (textKind) notProse.push({ element, kind: textKind });
    }
    // A part of the article (the chosen block, a merged sibling block; a merged paragraph can be a byline) is never a
    // caption or furniture as a whole: its text may be all there is. `names` (as the walk read them) serve both rules.
    const isPartContainer = partSet.has(element) && PART_CONTAINER_TAGS.has(tag);
    if (isPartContainer) names = null;
    if (!isPartContainer && isCaptionContext(element, tag, names ?? ' ')) {
      captions.push(element);
      if (!smallCaptions && !isLargeCaption(element)) smallCaptions = captions.length;
    }
    if (!noise && !isPartContainer && isBodyNoiseBlock(element, tag, names, second, bits)) {
      labelIndex = -1; // what came before is not the label of what is inside
      noise = {
        element,
        paragraphCount: paragraphs.length,
        itemCount: items.length,
        prefix: lineBefore(element, line),
        chars: 0,
      };
    }
    const href = tag === 'a' ? hrefOf(walk, element) : null;
    if (href !== null && openLinks.push(element) === 1) linkHref = href;
    if (tag === 'img') lastImage = paragraphs.length;
    if (tag in HEADING_LEVELS) {
      headings.push({ element, pieces: [], itemIndex: items.length, listDepth });
      items.push(null);
    } else if (tag === 'li') {
      listItems.push({ element, pieces: [], itemIndex: items.length, listDepth });
      items.push(null);
    } else if (tag === 'ul' || tag === 'ol') {
      // A list right after its label paragraph: the label becomes its pseudo-heading ("Pros", then "Cons").
      const label = listDepth ? -1 : labelListItem(listLabel, paragraphs.length, items, !!line.pieces.join('').trim());
      if (!listDepth) listLabel = null;
      listDepth++;
      lists.push({ first: items.length, label });
    } else if (tag === 'b' || tag === 'strong') {
      boldDepth++;
    } else if (tag === 'p' && !headings.length && !listItems.length) {
      paragraphCaptures.push({ element, total: 0, bold: 0, link: 0, hrefs: [], itemIndex: items.length });
      items.push(null);
    }
  };

  const leave = (element: Element, tag: string): void => {
    // A void element's end (<br>, <hr>) is its start: the line after it has not begun.
    if (BLOCK_BOUNDARY.has(tag) && !VOID_BOUNDARY.has(tag)) {
      flush();
      separateCapturedWords();
      if (blocks[blocks.length - 1] === element) blocks.pop();
      if (notProse[notProse.length - 1]?.element === element) notProse.pop();
    }
    const inCaption = captions.length > 0;
    if (captions[captions.length - 1] === element) {
      if (smallCaptions === captions.length) smallCaptions = 0;
      captions.pop();
    }
    if (noise?.element === element) {
      if (noise.chars <= NOISE_MAX_CHARS) {
        sources.length = noise.paragraphCount;
        paragraphs.length = noise.paragraphCount;
        line.reset(noise.prefix);
        labelIndex = -1;
        brLine = false;
        dropNoiseBullets(items, noise, tag);
      }
      noise = null;
    }
    if (openLinks[openLinks.length - 1] === element) openLinks.pop();
    if (tag in HEADING_LEVELS) {
      const heading = headings.pop()!;
      const text = headingText(element, heading.pieces);
      if (text && !inCaption && !isFurnitureHeadingAt(element, text)) {
        items[heading.itemIndex] = { kind: 'heading', element, level: HEADING_LEVELS[tag]!, text, pseudo: false };
        headingEnds.set(heading.itemIndex, { paragraphs: paragraphs.length, items: items.length });
      }
    } else if (tag === 'li') {
      const item = listItems.pop()!;
      const text = collapseWhitespace(item.pieces.join(''));
      if (text && !inCaption && !isFurnitureBullet(text)) items[item.itemIndex] = { kind: 'bullet', element, text };
    } else if (tag === 'ul' || tag === 'ol') {
      listDepth--;
      const list = lists.pop()!; // each list's end follows its start (walkSubtree)
      // A share bar is short: a longer list is not read item by item (nested lists would make that quadratic).
      const texts = items.length - list.first > SHARE_BAR_MAX_ENTRIES ? [] : bulletTexts(items, list.first);
      if (isFurnitureList(texts))
        for (let i = list.first; i < items.length; i++) if (items[i]?.kind === 'bullet') items[i] = null;
      // A label names a list of items, not items ending its sentence; a list indenting text ("Jane wrote:") has none.
      if (list.label >= 0 && !labelsList(items, list.label, list.first)) items[list.label] = null;
    } else if (tag === 'b' || tag === 'strong') {
      boldDepth--;
      // The outermost bold run opening a paragraph (all its text so far is bold) may ask a question or name a section.
      const capture = paragraphCaptures[paragraphCaptures.length - 1];
      if (!boldDepth && capture && capture.question === undefined && capture.bold === capture.total)
        capture.question = openingLine(element, collapseWhitespace(textContent(element)));
    } else if (tag === 'p' && paragraphCaptures[paragraphCaptures.length - 1]?.element === element) {
      const capture = paragraphCaptures.pop()!;
      if (capture.total > 0 && capture.bold === capture.total && !isOwnLinkLine(capture, anyExternal)) {
        const text = collapseWhitespace(textContent(element));
        const kind = inCaption ? null : boldLineKind(text);
        const heading: ContentItem | null =
          kind && !isFurnitureHeading(text) ? { kind: 'heading', element, level: 0, text, pseudo: true } : null;
        if (heading && kind === 'question') questions.push([capture.itemIndex, heading]);
        else if (heading) {
          items[capture.itemIndex] = heading;
          headingEnds.set(capture.itemIndex, { paragraphs: paragraphs.length, items: items.length });
        }
      } else if (capture.question) questions.push([capture.itemIndex, capture.question]);
    }
  };
  const titleHeading = walk?.titleHeading ?? null;
  // Where the title heading is in the walk's record: it may lie between two parts, in none.
  const titleIndex = titleHeading ? walk!.tree.nodes.indexOf(titleHeading) : -1;
  let kickerAsked = false;
  /** Asked once, at the title heading or the first element after it (when the title heading is in no part). */
  const dropKicker = (atHeading?: boolean): void => {
    if (atHeading) flush();
    if (!kickerAsked && !line.chars)
      dropTitleKicker(items, headingEnds, paragraphs, sources, itemsAtParagraph, walk!, noise);
    kickerAsked = true;
  };
  /** Whether the walk reads an element's subtree: not a left-out one's (the title heading, left out, ends its kicker). */
  const readsInto = (element: Element): boolean => {
    if (!isLeftOut(element)) return true;
    if (element === titleHeading) dropKicker(true);
    return false;
  };
  for (const part of parts) {
    if (part === titleHeading) dropKicker(true);
    if (isText(part)) {
      // Loose text: its paragraph's element is the text's parent.
      const parent = parentElement(part);
      if (!blocks.length && parent) blocks.push(parent);
      addText(nodeValue(part));
      continue;
    }
    // Loose text's parent no longer holds what follows.
    if (blocks.length && !contains(blocks[blocks.length - 1]!, part)) blocks.length = 0;
    if (!isElement(part) || isLeftOut(part)) continue;
    const measured = walk?.measures.get(part);
    if (titleIndex >= 0 && measured && measured.index > titleIndex) dropKicker();
    const tree = measured ? walk!.tree : subtreeOf(part, NOTHING_SKIPPED);
    const start = measured ? measured.index : 0;
    untilPause = yield* walkSubtree(tree, start, readsInto, enter, leave, addText, untilPause);
  }
  flush();
  markBoldSections(items, headingEnds, paragraphs);
  paragraphs.length = sources.length = withoutDanglingHeads(paragraphs, sources, lastImage, items, divider);
  paragraphs.length = sources.length = withoutRepeatedParagraphs(paragraphs, sources);
  withInterviewQuestions(items, questions);
  const signOff = trailingSignOff(items, headingEnds, paragraphs);
  if (signOff >= 0) items[signOff] = null;
  const kept = items.filter((item): item is ContentItem => item !== null);
  return paragraphs.length
    ? { items: kept, paragraphs, sources }
    : { items: kept, paragraphs: unfiltered, sources: unfilteredSources };
}
