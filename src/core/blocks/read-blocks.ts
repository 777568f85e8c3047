/**
 * Reads the article the detector chose into the reader's block model (types.ts), in document order.
 * Elements the page walk or the cleaning left out (hidden, furniture, share bars, comments, related
 * teasers) are skipped with their subtrees; text units the body-text rules judged furniture are left
 * out too (body-filter.ts). Reads only: the document is never changed.
 */
import { attr, classAndId, isElement, tagOf } from '../dom';
import { childElements, firstChild, isText, nextSibling, nodeValue, parentElement } from '../read/dom';
import { figureImages, plainText, postUrlOf, SKIPPED_TAGS, tableRows } from './elements';
import { BLOCK_BOUNDARY } from '../detect/content';
import { isBodyNoiseCandidate } from '../detect/body-noise';
import { isDataTable } from '../detect/clean';
import { BodyFilter } from './body-filter';
import { httpUrl, imageOfElement, imageOfPicture, imagesOfNoscript } from './images';
import { nestRuns, normaliseRuns, type FlatRun } from './inline';
import type { ArticleBlock, ArticleImage, InlineRun, ListItem, TableCell } from './types';

export interface ReadBlocksOptions {
  /** Base URL for relative links and image sources (null: only absolute ones are kept). */
  baseUrl: string | null;
  isLeftOut(element: Element): boolean;
  /** The article's body text, paragraph by paragraph (see body-filter.ts). */
  bodyParagraphs: readonly string[];
  /** The outline's headings: their id and outline level. */
  headings: ReadonlyMap<Element, { id: string; level: number }>;
}

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const EMPHASIS_TAGS = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG_TAGS = new Set(['strong', 'b']);
const CODE_TAGS = new Set(['code', 'kbd', 'samp', 'tt']);
/** The title is level 1: headings inside the article start at 2 and stop at 6. */
const TOP_HEADING_LEVEL = 2;
const DEEPEST_HEADING_LEVEL = 6;
/** Deeper nesting than this (elements) is read as plain text: a hostile page must not exhaust the stack. */
const MAX_DEPTH = 400;
/** Lists and quotes nested deeper than this are read into the one around them (nobody reads 25 levels of indent). */
const MAX_NESTING = 24;
const CODE_LANGUAGE = /(?:^|\s)(?:language|lang)-([\w+#-]+)/i;

/** A unit of inline text being read: a paragraph, a heading, a caption, a table cell. */
interface Unit {
  runs: FlatRun[];
  /** Figures that came out of this unit (images inside a paragraph): dropped with it. */
  figures: { block: ArticleBlock; container: ArticleBlock[] }[];
  /** Exempt from the body filter (captions, embedded posts). */
  exempt: boolean;
}

export function readArticleBlocks(parts: readonly Node[], options: ReadBlocksOptions): ArticleBlock[] {
  return new BlockReader(options).read(parts);
}

class BlockReader {
  private readonly filter: BodyFilter;
  private readonly dataTables = new Map<Element, boolean>();
  /** Where blocks go now (the article, a list item, a quote). */
  private container: ArticleBlock[] = [];
  private unit: Unit | null = null;
  /** Inside a heading, caption or cell: blocks there only break the line. */
  private inlineOnly = 0;
  private href: string | null = null;
  private em = 0;
  private strong = 0;
  private noise = 0;
  /** Lists and quotes open around the current position. */
  private nesting = 0;

  constructor(private readonly options: ReadBlocksOptions) {
    this.filter = new BodyFilter(options.bodyParagraphs);
  }

  read(parts: readonly Node[]): ArticleBlock[] {
    const blocks: ArticleBlock[] = [];
    this.container = blocks;
    for (const part of parts) this.readNode(part, 0);
    this.endUnit();
    return blocks;
  }

  // ---- units of inline text

  private currentUnit(): Unit {
    this.unit ??= { runs: [], figures: [], exempt: false };
    return this.unit;
  }

  private addRun(kind: FlatRun['kind'], text: string): void {
    this.currentUnit().runs.push({ kind, text, href: this.href, em: this.em > 0, strong: this.strong > 0, noise: this.noise > 0 });
  }

  /** Ends the unit being read; a paragraph when its text is the article's. */
  private endUnit(): void {
    const unit = this.unit;
    this.unit = null;
    if (!unit) return;
    const runs = this.accepted(unit);
    if (runs) this.container.push({ kind: 'paragraph', runs });
  }

  /**
   * The unit's nested runs, without the lines that the body text leaves out (furniture); null when
   * nothing is left (its figures then go too).
   */
  private accepted(unit: Unit): InlineRun[] | null {
    const kept = unit.exempt ? unit.runs : this.keptRuns(unit.runs);
    const runs = normaliseRuns(kept);
    if (runs.some((run) => run.kind !== 'break')) return nestRuns(runs);
    for (const { block, container } of unit.figures) {
      const index = container.indexOf(block);
      if (index >= 0) container.splice(index, 1);
    }
    return null;
  }

  private keptRuns(runs: FlatRun[]): FlatRun[] {
    const lines = splitLines(runs);
    const verdicts = this.filter.judge(lines.map(lineText));
    const kept: FlatRun[] = [];
    lines.forEach((line, index) => {
      const verdict = verdicts[index];
      if (!verdict) return;
      if (kept.length) kept.push(BREAK);
      kept.push(...(verdict === 'denoised' ? line.filter((run) => !run.noise) : line));
    });
    return kept;
  }

  /** Reads an element's inline content into a unit of its own (the current one is ended first). */
  private readUnit(element: Element, depth: number, exempt: boolean): Unit {
    this.endUnit();
    const unit: Unit = { runs: [], figures: [], exempt };
    this.unit = unit;
    this.inlineOnly++;
    this.readChildren(element, depth);
    this.inlineOnly--;
    this.unit = null;
    return unit;
  }

  /** Reads children into `blocks` instead of the current container. */
  private readInto(blocks: ArticleBlock[], read: () => void): void {
    this.endUnit();
    const outer = this.container;
    this.container = blocks;
    read();
    this.endUnit();
    this.container = outer;
  }

  private addFigure(images: ArticleImage[], caption: InlineRun[]): void {
    if (!images.length) return;
    const block: ArticleBlock = { kind: 'figure', images, caption };
    this.container.push(block);
    // An image in the middle of text belongs to that text: kept or dropped with it.
    this.unit?.figures.push({ block, container: this.container });
  }

  private addInlineImages(images: ArticleImage[]): void {
    if (!images.length || this.inlineOnly) return;
    const last = this.container[this.container.length - 1];
    // A lazy loader's <img> followed by its <noscript> copy: one picture.
    const fresh = images.filter((image) => !(last?.kind === 'figure' && last.images.some((shown) => shown.src === image.src)));
    this.addFigure(fresh, []);
  }

  // ---- the walk

  private readChildren(element: Element, depth: number): void {
    for (let child = firstChild(element); child; child = nextSibling(child)) this.readNode(child, depth + 1);
  }

  private readNode(node: Node, depth: number): void {
    if (isText(node)) {
      this.addRun('text', nodeValue(node));
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (this.options.isLeftOut(node) || SKIPPED_TAGS.has(tag)) {
      if (tag === 'noscript' && !this.options.isLeftOut(parentElement(node) ?? node)) {
        this.addInlineImages(imagesOfNoscript(node, this.options.baseUrl));
      }
      return;
    }
    if (depth > MAX_DEPTH) {
      this.addRun('text', plainText(node, this.options.isLeftOut));
      return;
    }
    if (tag in HEADING_LEVEL || this.options.headings.has(node)) return this.readHeading(node, tag, depth);
    if (this.inlineOnly && BLOCK_BOUNDARY.has(tag)) {
      this.addRun('break', '');
      this.readChildren(node, depth);
      this.addRun('break', '');
      return;
    }
    switch (tag) {
      case 'br':
        this.addRun('break', '');
        return;
      case 'img':
        return this.addInlineImages(nonNull(imageOfElement(node, this.options.baseUrl)));
      case 'picture':
        return this.addInlineImages(nonNull(imageOfPicture(node, this.options.baseUrl)));
      case 'ul':
      case 'ol':
        return this.readList(node, tag === 'ol', depth);
      case 'blockquote':
        return this.readQuote(node, depth);
      case 'figure':
        return this.readFigure(node, depth);
      case 'table':
        return this.readTable(node, depth);
      case 'pre':
        return this.readPre(node);
      case 'a':
        return this.readLink(node, depth);
    }
    if (CODE_TAGS.has(tag)) {
      this.addRun('code', plainText(node, this.options.isLeftOut));
      return;
    }
    if (BLOCK_BOUNDARY.has(tag)) {
      this.endUnit();
      this.readChildren(node, depth);
      this.endUnit();
      return;
    }
    this.readInline(node, tag, depth);
  }

  private readInline(element: Element, tag: string, depth: number): void {
    const isEm = EMPHASIS_TAGS.has(tag);
    const isStrong = STRONG_TAGS.has(tag);
    const isNoise = isBodyNoiseCandidate(element, tag);
    if (isEm) this.em++;
    if (isStrong) this.strong++;
    if (isNoise) this.noise++;
    this.readChildren(element, depth);
    if (isEm) this.em--;
    if (isStrong) this.strong--;
    if (isNoise) this.noise--;
  }

  private readLink(element: Element, depth: number): void {
    const raw = attr(element, 'href');
    const outer = this.href;
    // In-page anchors lead nowhere in the reader; only http(s) links leave it.
    if (raw && !raw.trim().startsWith('#')) this.href = httpUrl(raw, this.options.baseUrl) ?? outer;
    this.readChildren(element, depth);
    this.href = outer;
  }

  private readHeading(element: Element, tag: string, depth: number): void {
    const known = this.options.headings.get(element);
    const outerInline = this.inlineOnly;
    this.inlineOnly = 0; // a heading inside a heading's block is still read as one unit
    const unit = this.readUnit(element, depth, false);
    this.inlineOnly = outerInline;
    const runs = this.accepted(unit);
    if (!runs) return;
    const level = known?.level ?? Math.min(DEEPEST_HEADING_LEVEL, Math.max(TOP_HEADING_LEVEL, HEADING_LEVEL[tag] ?? TOP_HEADING_LEVEL));
    this.container.push(known ? { kind: 'heading', level, runs, id: known.id } : { kind: 'heading', level, runs });
  }

  private readList(element: Element, ordered: boolean, depth: number): void {
    if (this.nesting >= MAX_NESTING) return this.readFlat(element, depth);
    this.nesting++;
    const items: ListItem[] = [];
    this.readInto([], () => {
      for (let child = firstChild(element); child; child = nextSibling(child)) {
        const blocks: ArticleBlock[] = [];
        this.readInto(blocks, () => this.readNode(child, depth + 1));
        // An item whose text was all furniture (a teaser with its thumbnail) is left out whole.
        if (!blocks.length) continue;
        const last = items[items.length - 1];
        // Text or stray elements between <li>s join the item before them.
        if (last && !(isElement(child) && tagOf(child) === 'li')) last.blocks.push(...blocks);
        else items.push({ blocks });
      }
    });
    this.nesting--;
    if (items.length) this.container.push({ kind: 'list', ordered, items });
  }

  private readQuote(element: Element, depth: number): void {
    const embedUrl = postUrlOf(element, this.options.baseUrl);
    if (embedUrl !== undefined) {
      const unit = this.readUnit(element, depth, true);
      // The embed's own link to the post is shown once, below its text.
      const runs = normaliseRuns(unit.runs.map((run) => (run.href === embedUrl ? { ...run, href: null } : run)));
      if (runs.length) this.container.push({ kind: 'embed', runs: nestRuns(runs), url: embedUrl });
      return;
    }
    if (this.nesting >= MAX_NESTING) return this.readFlat(element, depth);
    const blocks: ArticleBlock[] = [];
    this.nesting++;
    this.readInto(blocks, () => this.readChildren(element, depth));
    this.nesting--;
    if (blocks.length) this.container.push({ kind: 'quote', blocks });
  }

  /** A block container's children, read into the current container. */
  private readFlat(element: Element, depth: number): void {
    this.endUnit();
    this.readChildren(element, depth);
    this.endUnit();
  }

  private readFigure(element: Element, depth: number): void {
    const images = figureImages(element, this.options);
    if (!images.length) {
      // A figure of something else (a quote, a table, code): its content, then its caption.
      this.endUnit();
      for (let child = firstChild(element); child; child = nextSibling(child)) {
        if (isElement(child) && tagOf(child) === 'figcaption' && !this.options.isLeftOut(child)) {
          // Without its picture, a caption is text like any other: the article's only when the body has it.
          const runs = this.accepted(this.readUnit(child, depth + 1, false));
          if (runs) this.container.push({ kind: 'paragraph', runs });
        } else this.readNode(child, depth + 1);
      }
      this.endUnit();
      return;
    }
    const captionElement = childElements(element).find((child) => tagOf(child) === 'figcaption' && !this.options.isLeftOut(child));
    const caption = captionElement ? (this.accepted(this.readUnit(captionElement, depth + 1, true)) ?? []) : [];
    this.endUnit();
    this.addFigure(images, caption);
    this.unit = null;
  }

  private readTable(element: Element, depth: number): void {
    if (!isDataTable(element, this.dataTables)) {
      // A layout table: its cells hold the article's blocks.
      this.endUnit();
      this.readChildren(element, depth);
      this.endUnit();
      return;
    }
    const rows: TableCell[][] = [];
    let caption: InlineRun[] = [];
    let anyInBody = false;
    const readCell = (cell: Element, header: boolean): TableCell => {
      const unit = this.readUnit(cell, depth + 2, false);
      const runs = normaliseRuns(unit.runs);
      // Every cell is shown (a table with holes would mislead); the table is the article's if some are in the body.
      const lines = splitLines(unit.runs).map(lineText);
      const verdicts = this.filter.judge(lines);
      if (lines.some((line, index) => line.text.trim() && verdicts[index])) anyInBody = true;
      const result: TableCell = { header, runs: nestRuns(runs) };
      const colspan = Number(attr(cell, 'colspan'));
      const rowspan = Number(attr(cell, 'rowspan'));
      if (Number.isInteger(colspan) && colspan > 1) result.colspan = colspan;
      if (Number.isInteger(rowspan) && rowspan > 1) result.rowspan = rowspan;
      return result;
    };
    for (const row of tableRows(element, this.options.isLeftOut)) {
      const cells: TableCell[] = [];
      for (const cell of childElements(row)) {
        const tag = tagOf(cell);
        if ((tag === 'td' || tag === 'th') && !this.options.isLeftOut(cell)) cells.push(readCell(cell, tag === 'th'));
      }
      if (cells.some((cell) => cell.runs.length)) rows.push(cells);
    }
    const captionElement = childElements(element).find((child) => tagOf(child) === 'caption');
    if (captionElement && !this.options.isLeftOut(captionElement)) caption = nestRuns(normaliseRuns(this.readUnit(captionElement, depth + 1, true).runs));
    // A table none of whose text is the article's is furniture (a "most read" grid).
    if (rows.length && anyInBody) this.container.push({ kind: 'table', caption, rows });
  }

  private readPre(element: Element): void {
    this.endUnit();
    const text = plainText(element, this.options.isLeftOut).replace(/^\n/, '').replace(/\s+$/, '');
    if (!text) return;
    const names = `${classAndId(element)} ${childElements(element).map(classAndId).join(' ')}`;
    const language = CODE_LANGUAGE.exec(names)?.[1];
    this.container.push(language ? { kind: 'code', text, language } : { kind: 'code', text });
  }
}

function nonNull<T>(value: T | null): T[] {
  return value ? [value] : [];
}

const BREAK: FlatRun = { kind: 'break', text: '', href: null, em: false, strong: false, noise: false };

/** The runs of a unit line by line, as the body text splits them (at line breaks). */
function splitLines(runs: FlatRun[]): FlatRun[][] {
  const lines: FlatRun[][] = [[]];
  for (const run of runs) {
    if (run.kind === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(run);
  }
  return lines;
}

function lineText(line: FlatRun[]): { text: string; denoised: string } {
  let text = '';
  let denoised = '';
  for (const run of line) {
    text += run.text;
    if (!run.noise) denoised += run.text;
  }
  return { text, denoised };
}
