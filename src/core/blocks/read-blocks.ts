/**
 * Reads the article the detector chose into the reader's block model (types.ts), in document order.
 * Elements the page walk or the cleaning left out (hidden, furniture, share bars, comments, related
 * teasers) are skipped with their subtrees; text units the body-text rules judged furniture are left
 * out too (body-filter.ts). Reads only: the document is never changed.
 */
import { attr, isElement, tagOf } from '../dom';
import {
  childElements,
  firstChild,
  hasAttrs,
  isText,
  nextSibling,
  nodeValue,
  parentElement,
  previousElementSibling,
  textContent,
} from '../read/dom';
import { HEADING_LEVELS } from '../read/tags';
import { leadsNowhere } from '../read/url';
import { codeBlockOf, figureImages, plainText, postUrlOf, SKIPPED_TAGS, tableRows } from './elements';
import { isBoxList, withSpans } from './elements';
import { BLOCK_BOUNDARY, PART_CONTAINER_TAGS } from '../detect/content-kinds';
import { isBodyNoiseCandidate, NOISE_MAX_CHARS } from '../detect/body-noise';
import { collapsedLength } from '../text';
import { isDataTable } from '../detect/data-table';
import { isScreenReaderOnly } from '../detect/screen-reader';
import { BodyFilter } from './body-filter';
import { readWithPicturesBetween } from './between-parts';
import { headingBlock } from './heading-block';
import { UnitReader } from './units';
import { ancestorsOf, headsItsSection, isAnchorText, statesTitle } from './section-heads';
import { httpUrl, imageOfElement, imageOfPicture, mayBeIcon } from './images';
import {
  CODE_TAGS,
  EMPHASIS_TAGS,
  lineText,
  nestRuns,
  nonNull,
  normaliseRuns,
  splitLines,
  STRONG_TAGS,
} from './inline';
import type { ArticleBlock, ArticleImage, InlineRun, ListItem, TableCell } from './types';
import { withStandfirst } from './standfirst';
import type { ReadBlocksOptions } from './read-options';
import { withLeadPicture } from './lead-picture';

/** Deeper nesting than this (elements) is read as plain text: a hostile page must not exhaust the stack. */
const MAX_DEPTH = 400;
/** Lists and quotes nested deeper than this are read into the one around them (nobody reads 25 levels of indent). */
const MAX_NESTING = 24;
/** The whole text of a permalink anchor: a symbol or two, no word. */
const PERMALINK_TEXT = /^\s*[#¶§🔗]{1,2}\s*$/u;

export function readArticleBlocks(parts: readonly Node[], options: ReadBlocksOptions): ArticleBlock[] {
  return withLeadPicture(withStandfirst(new BlockReader(options).read(parts), options), parts, options.baseUrl);
}

class BlockReader extends UnitReader {
  readonly #dataTables = new Map<Element, boolean>();
  #parts: ReadonlySet<Node> = new Set();
  /** Lists and quotes open around the current position. */
  #nesting = 0;
  /** The element isNoiseCandidate last answered for, and its answer. */
  #noiseAsked: Element | null = null;
  #noiseVerdict = false;
  /** The elements that hold one of the outline's headings. */
  readonly #headingAncestors: ReadonlySet<Element>;

  readonly #options: ReadBlocksOptions;

  constructor(options: ReadBlocksOptions) {
    super(new BodyFilter(options.bodyParagraphs), options.byline, options.title);
    this.#options = options;
    this.#headingAncestors = ancestorsOf(options.headings.keys());
  }

  protected override addInlineImages(images: ArticleImage[], from: Element | null = null): void {
    // A drawing in a link that goes nowhere is a script's button (print, share), no picture of the story (mayBeIcon).
    if (this.inButton && images.every(mayBeIcon)) return;
    if (!this.href || !this.#options.relatedUrls?.has(this.href)) super.addInlineImages(images, from);
  }

  read(parts: readonly Node[]): ArticleBlock[] {
    const blocks: ArticleBlock[] = [];
    this.#parts = new Set(parts);
    this.container = blocks;
    const read = (node: Node) => this.#readNode(node, 0);
    readWithPicturesBetween(parts, this.#options.isLeftOut, blocks, read, () => this.endUnit());
    return blocks;
  }

  // ---- the walk

  protected readChildren(element: Element, depth: number): void {
    for (let child = firstChild(element); child; child = nextSibling(child)) this.#readNode(child, depth + 1);
  }

  #readNode(node: Node, depth: number): void {
    if (isText(node)) {
      this.addRun('text', nodeValue(node));
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    // A caption, byline, date or sign-up block whose text the body leaves out (as content.ts decides it).
    const dropped = this.dropped === 0 && this.#isDroppedNoise(node, tag);
    // A label for screen readers only ("(link is external)", "Media caption"): no text a reader sees.
    const unseen = isScreenReaderOnly(node);
    if (dropped) this.dropped++;
    if (unseen) this.unseen++;
    this.#readElement(node, tag, depth);
    if (dropped) this.dropped--;
    if (unseen) this.unseen--;
  }

  /** isBodyNoiseCandidate, asked once per element (by isDroppedNoise, then by readInline). */
  #isNoiseCandidate(element: Element, tag: string): boolean {
    if (this.#noiseAsked !== element) {
      this.#noiseAsked = element;
      // An element without attributes has no noise name: its class, id and itemprop are not read.
      this.#noiseVerdict = isBodyNoiseCandidate(element, tag, hasAttrs(element) ? undefined : null);
    }
    return this.#noiseVerdict;
  }

  #isDroppedNoise(element: Element, tag: string): boolean {
    if (!this.#isNoiseCandidate(element, tag) || (this.#parts.has(element) && PART_CONTAINER_TAGS.has(tag)))
      return false;
    return collapsedLength(plainText(element, this.#options.isLeftOut)) <= NOISE_MAX_CHARS;
  }

  #readElement(node: Element, tag: string, depth: number): void {
    if (this.#options.isLeftOut(node) || SKIPPED_TAGS.has(tag)) {
      // A <noscript> copy's pictures, a video player: shown where the box around them is.
      if (!this.#options.isLeftOut(parentElement(node) ?? node)) this.addSkipped(node, tag, this.#options.baseUrl);
      return;
    }
    if (depth > MAX_DEPTH) {
      this.addRun('text', plainText(node, this.#options.isLeftOut));
      return;
    }
    if (tag in HEADING_LEVELS || this.#options.headings.has(node)) {
      const cell = this.cell;
      if (!cell || !(tag in HEADING_LEVELS)) {
        this.#readHeading(node, tag, depth);
        return;
      }
      // A heading element inside a table cell ("<th><h3>For the dough:</h3></th>") is a line of the cell: read as a
      // heading, it would leave the table and take the cell's text after it along. The cell carries its outline id.
      // (A bold paragraph the outline takes for a heading is still read as one: a page laid out on a grid of cells
      // that the data-table rule takes for data has its headings there.)
      cell.id ??= this.#options.headings.get(node)?.id;
      this.addRun('break', '');
      this.strong++;
      this.readChildren(node, depth);
      this.strong--;
      this.addRun('break', '');
      return;
    }
    if (this.inlineOnly && BLOCK_BOUNDARY.has(tag)) {
      this.endLine();
      this.readChildren(node, depth);
      this.endLine();
      return;
    }
    switch (tag) {
      case 'br':
        this.addRun('break', '');
        return;
      case 'img':
        this.addInlineImages(nonNull(imageOfElement(node, this.#options.baseUrl)), node);
        return;
      case 'picture':
        this.addInlineImages(nonNull(imageOfPicture(node, this.#options.baseUrl)), node);
        return;
      case 'ul':
      case 'ol':
        this.#readList(node, tag === 'ol', depth);
        return;
      case 'blockquote':
        this.#readQuote(node, depth);
        return;
      case 'figure':
        this.#readFigure(node, depth);
        return;
      case 'figcaption':
        if (this.#readStrayCaption(node, depth)) return;
        break;
      case 'table':
        this.#readTable(node, depth);
        return;
      case 'pre':
        // One that holds an outline heading holds the page's blocks (a broken page's headings and tables), no code.
        if (this.#headingAncestors.has(node)) this.#readFlat(node, depth);
        else this.#readPre(node);
        return;
      case 'a':
        this.#readLink(node, depth);
        return;
    }
    if (CODE_TAGS.has(tag)) {
      this.addRun('code', plainText(node, this.#options.isLeftOut));
      return;
    }
    if (BLOCK_BOUNDARY.has(tag)) {
      this.endUnit();
      this.readChildren(node, depth);
      this.endUnit();
      return;
    }
    this.#readInline(node, tag, depth);
  }

  #readInline(element: Element, tag: string, depth: number): void {
    const isEm = EMPHASIS_TAGS.has(tag);
    const isStrong = STRONG_TAGS.has(tag);
    const isNoise = this.#isNoiseCandidate(element, tag);
    if (isEm) this.em++;
    if (isStrong) this.strong++;
    if (isNoise) this.noise++;
    this.readChildren(element, depth);
    if (isEm) this.em--;
    if (isStrong) this.strong--;
    if (isNoise) this.noise--;
  }

  #readLink(element: Element, depth: number): void {
    const raw = attr(element, 'href');
    const outer = this.href;
    // A heading's permalink ("#", "¶", "§" linking to the heading itself): read (the body has it), not shown.
    const inPage = !!raw?.trim().startsWith('#');
    const permalink = inPage && PERMALINK_TEXT.test(textContent(element));
    const button = raw !== null && leadsNowhere(raw);
    if (permalink) this.unseen++;
    if (button) this.inButton++;
    if (inPage) this.inPage++;
    // In-page anchors lead nowhere in the reader; only http(s) links leave it.
    else if (raw) this.href = httpUrl(raw, this.#options.baseUrl) ?? outer;
    this.readChildren(element, depth);
    this.href = outer;
    if (permalink) this.unseen--;
    if (button) this.inButton--;
    if (inPage) this.inPage--;
  }

  #readHeading(element: Element, tag: string, depth: number): void {
    const known = this.#options.headings.get(element);
    const begun = this.bodyBegun;
    const outerInline = this.inlineOnly;
    this.inlineOnly = 0; // a heading inside a heading's block is still read as one unit
    // One of the outline's headings that is all in-page link (its text an anchor to itself) is shown
    // though the body's line rules leave link-only lines out: the outline beside the text links to it.
    const unit = this.readUnit(element, depth, !!known && isAnchorText(element));
    this.inlineOnly = outerInline;
    // One the outline shows whatever the body says (shownAnyway) takes no line of the body's: a later heading with its
    // words (an award's linked name in a list, then its section) finds the body's copy still there.
    let runs = known && this.shownAnyway(unit) ? this.accepted({ ...unit, exempt: true }) : this.accepted(unit);
    // One the body left out for where it stands (the label of a list of links it took for promotion, a heading with
    // nothing after it), not for being in a box it leaves out before the text begins (the article's head, a caption):
    // shown when it heads its section as the page shows it.
    const inHead = !this.bodyBegun && unit.runs.some((run) => run.dropped);
    if (!runs && known && !inHead && headsItsSection(element, this.#parts, this.bodyBegun, this.#options))
      runs = this.accepted({ ...unit, exempt: true });
    if (!runs || (!known && !begun && statesTitle(unit, this.#options.title))) return;
    this.container.push(headingBlock(element, tag, runs, known, this.#options.isFurnitureHeading));
  }

  #readList(element: Element, ordered: boolean, depth: number): void {
    if (this.#nesting >= MAX_NESTING) {
      this.#readFlat(element, depth);
      return;
    }
    this.#nesting++;
    const items: ListItem[] = [];
    this.readInto([], () => {
      for (let child = firstChild(element); child; child = nextSibling(child)) {
        const blocks: ArticleBlock[] = [];
        this.readInto(blocks, () => this.#readNode(child, depth + 1));
        // An item whose text was all furniture (a teaser with its thumbnail) is left out whole.
        if (!blocks.length) continue;
        const last = items[items.length - 1];
        // Text or stray elements between <li>s join the item before them.
        if (last && !(isElement(child) && tagOf(child) === 'li')) last.blocks.push(...blocks);
        else items.push({ blocks });
      }
    });
    this.#nesting--;
    // A template's box around the article's blocks (a blog that lists its one post): no bullet before them all.
    if (isBoxList(items)) this.container.push(...items[0]!.blocks);
    else if (items.length) this.container.push({ kind: 'list', ordered, items: this.ownNumbersOut(items, ordered) });
  }

  #readQuote(element: Element, depth: number): void {
    const embedUrl = postUrlOf(element, this.#options.baseUrl);
    if (embedUrl !== undefined) {
      const unit = this.readUnit(element, depth, true);
      // The embed's own link to the post is shown once, below its text.
      const runs = normaliseRuns(unit.runs.map((run) => (run.href === embedUrl ? { ...run, href: null } : run)));
      if (runs.length) this.container.push({ kind: 'embed', runs: nestRuns(runs), url: embedUrl });
      return;
    }
    if (this.#nesting >= MAX_NESTING) {
      this.#readFlat(element, depth);
      return;
    }
    const blocks: ArticleBlock[] = [];
    this.#nesting++;
    this.readInto(blocks, () => this.readChildren(element, depth));
    this.#nesting--;
    if (blocks.length) this.container.push({ kind: 'quote', blocks });
  }

  /** A block container's children, read into the current container. */
  #readFlat(element: Element, depth: number): void {
    this.endUnit();
    this.readChildren(element, depth);
    this.endUnit();
  }

  #readFigure(element: Element, depth: number): void {
    const images = figureImages(element, this.#options);
    const isCaption = (child: Element) => tagOf(child) === 'figcaption' && !this.#options.isLeftOut(child);
    if (!images.length) {
      // A figure of something else (a quote, a table, code): its content, then its caption.
      this.endUnit();
      for (let child = firstChild(element); child; child = nextSibling(child)) {
        if (isElement(child) && isCaption(child)) {
          // Without its picture, a caption is text like any other: the article's only when the body has it.
          const runs = this.accepted(this.readUnit(child, depth + 1, false));
          if (runs) this.container.push({ kind: 'paragraph', runs });
        } else this.#readNode(child, depth + 1);
      }
      this.endUnit();
      return;
    }
    const captionElement = childElements(element).find(isCaption);
    const caption = captionElement ? (this.accepted(this.readCaption(captionElement, depth + 1)) ?? []) : [];
    this.endUnit();
    this.addFigure(images, caption);
    this.unit = null;
  }

  /** A <figcaption> right after its <figure> (a template closed it early): its picture's caption when it has none. */
  #readStrayCaption(element: Element, depth: number): boolean {
    if (tagOf(previousElementSibling(element) ?? element) !== 'figure') return false;
    this.endUnit();
    const figure = this.container.at(-1);
    if (figure?.kind !== 'figure' || figure.caption.length) return false;
    figure.caption = this.accepted(this.readCaption(element, depth)) ?? [];
    return true;
  }

  #readTable(element: Element, depth: number): void {
    // A layout table: its cells hold the article's blocks.
    if (!isDataTable(element, this.#dataTables)) {
      this.#readFlat(element, depth);
      return;
    }
    const rows: TableCell[][] = [];
    let caption: InlineRun[] = [];
    let anyInBody = false;
    const readCell = (element: Element, header: boolean): TableCell => {
      const outer = this.cell;
      const cell: TableCell = { header, runs: [] };
      // A cell that is itself one of the outline's headings: a list's label, the list in the cell beside it.
      const id = this.#options.headings.get(element)?.id;
      if (id) cell.id = id;
      this.cell = cell;
      const unit = this.readUnit(element, depth + 2, false);
      this.cell = outer;
      cell.runs = nestRuns(normaliseRuns(unit.runs));
      // Every cell is shown (a table with holes would mislead); the table is the article's if some are in the body.
      const lines = splitLines(unit.runs).map(lineText);
      const verdicts = this.filter.judge(lines);
      if (lines.some((line, index) => line.text.trim() && verdicts[index])) anyInBody = true;
      return withSpans(cell, element);
    };
    for (const row of tableRows(element, this.#options.isLeftOut)) {
      const cells: TableCell[] = [];
      for (const cell of childElements(row)) {
        const tag = tagOf(cell);
        if ((tag === 'td' || tag === 'th') && !this.#options.isLeftOut(cell)) cells.push(readCell(cell, tag === 'th'));
      }
      if (cells.some((cell) => cell.runs.length)) rows.push(cells);
    }
    const captionElement = childElements(element).find((child) => tagOf(child) === 'caption');
    if (captionElement && !this.#options.isLeftOut(captionElement))
      caption = nestRuns(normaliseRuns(this.readUnit(captionElement, depth + 1, true).runs));
    // A table none of whose text is the article's is furniture (a "most read" grid).
    if (rows.length && anyInBody) this.container.push({ kind: 'table', caption, rows });
  }

  #readPre(element: Element): void {
    this.endUnit();
    const block = codeBlockOf(element, this.#options.isLeftOut);
    if (block) this.container.push(block);
  }
}
