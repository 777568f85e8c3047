/**
 * Units of inline text as the block reader reads them (a paragraph, a heading, a caption, a table
 * cell): the runs with the formatting in force, the figures that came out of them, and the body
 * filter's verdict on their lines when they end.
 */
import type { BodyFilter } from './body-filter';
import {
  BREAK,
  joinedLines,
  lineText,
  nestRuns,
  normaliseRuns,
  proseParagraphs,
  runsText,
  splitLines,
  type FlatRun,
} from './inline';
import { collapseWhitespace } from '../text';
import { nameKey } from '../read/text';
import { firstChild, previousElementSibling } from '../read/dom';
import { captionBoxOf } from '../detect/caption-box';
import { runsWithoutSetApartTitle } from './title-line';
import type { ArticleBlock, ArticleImage, InlineRun, ListItem, TableCell } from './types';
import { readMath } from './math';
import { isHiddenElement } from '../read/visibility';
import { IMAGE_FILE, isTeaserPicture } from './teaser-picture';
import { imagesOfNoscript } from './images';
import { videoOf } from './elements';
import { isGalleryCounter } from './gallery-counter';
import { captionLineOf, describedFigure } from './caption-line';

/** An outline heading with at least this share of its characters in links is a linked title ("21) <a>Film</a>"). */
const HEADING_LINK_SHARE = 0.5;

/** A label that names the next block's value is a word or two and a colon ("Foto:", "Photo credit:") ... */
const LABEL_MAX_WORDS = 2;
/** ... in at most this many characters: a line end looks back no further (a cell's long line is read once). */
const LABEL_MAX_CHARS = 40;

/** A vector file: alone, an icon or a logo (photographs are raster files). */
const VECTOR_FILE = /\.svg(?:[?#]|$)/i;
/** An address's file name and query ("quay.jpg?w=2" of "…/ar/16-9/quay.jpg?w=2"). */
const fileName = (src: string): string => /[^/?#]*(?:\?[^#]*)?(?=#|$)/.exec(src)![0];
/** A size a CMS writes into a copy's file name before its extension ("bag-200x135.jpg": a thumbnail of "bag.jpg"). */
const SIZE_SUFFIX = /-\d{2,4}x\d{2,4}(?=\.\w+$)/;
/** An address without its query, and without a size suffix when it has one. */
const withoutSize = (src: string): string => src.replace(/[?#].*$/, '').replace(SIZE_SUFFIX, '');

/** A line that is a number alone ("1.", "2)", "3"): an item's own number. */
const NUMBER_LINE = /^(\d+)[.)]?$/;

/** Between the names of a byline ("A, B and C", "A & B", "A und B"). */
const NAME_SEPARATOR = /\s*(?:[,&;]|\band\b|\bund\b)\s*/;
/**
 * An author's photo declared wider than this (pixels) is set in the text at reading size (her introduction: "my
 * name is …", zyte c582d3b7's 300 px), not an avatar beside the byline or in an author box (96–260 px as declared).
 */
const AVATAR_MAX_WIDTH = 260;

export interface UnitOptions {
  /** The article's byline: a picture described by one of its names alone is the author's photo, no picture of it. */
  byline?: string | null;
  /** The article's title: a heading that states it before the text begins repeats the reader's headline. */
  title?: string;
}

/** A caption's part that ends a sentence or a bracket or is one word of a label; one that opens as a sentence. */
const PART_END = /[.!?)]$|^\p{Lu}\p{Ll}+$/u;
const PART_START = /^[\p{Lu}©]/u;

/** A unit of inline text being read: a paragraph, a heading, a caption, a table cell. */

export interface Unit {
  runs: FlatRun[];
  /** Figures that came out of this unit (images inside a paragraph): dropped with it. */
  figures: { block: ArticleBlock; container: ArticleBlock[]; alone: boolean; from: Element | null }[];
  /** Exempt from the body filter (captions, embedded posts). */
  exempt: boolean;
}

export abstract class UnitReader {
  /** Where blocks go now (the article, a list item, a quote). */
  protected container: ArticleBlock[] = [];
  protected unit: Unit | null = null;
  /** Inside a heading, caption or cell: blocks there only break the line. */
  protected inlineOnly = 0;
  /** The table cell being read: a heading inside it is a line of it, a picture a value of it. */
  protected cell: TableCell | null = null;
  protected href: string | null = null;
  protected em = 0;
  protected strong = 0;
  protected noise = 0;
  /** Inside a permalink anchor or a screen reader's label: read for matching the body, never shown. */
  protected unseen = 0;
  /** Inside a link to a place on the same page (read-blocks.ts). */
  protected inPage = 0;
  /** Inside a link that goes nowhere ("#", "javascript:"): a script's button (read-blocks.ts). */
  protected inButton = 0;
  /** Inside a caption/byline/date block the body text leaves out (read-blocks.ts). */
  protected dropped = 0;
  /** Some line of the body's text has been read (the article's head, its headline and byline, is behind). */
  protected bodyBegun = false;
  /** The article's pictures so far, by address without its size suffix (withoutSize). */
  #shown = new Set<string>();
  /** The videos shown, by address. */
  #videos = new Set<string>();
  /** The figure of a picture's box that holds its caption (#captionsFigure), until the next unit ends. */
  #captioned: ArticleBlock | null = null;
  /** The figure made from the last inline <img> / <picture>, for its <noscript> copy. */
  protected lastImage: { from: Element; block: ArticleBlock } | null = null;

  /** The byline's names as keys (nameKey). */
  readonly #authors: ReadonlySet<string>;

  constructor(
    protected readonly filter: BodyFilter,
    byline: string | null = null,
    private readonly title?: string,
  ) {
    this.#authors = new Set((byline ?? '').split(NAME_SEPARATOR).map(nameKey).filter(Boolean));
  }

  protected abstract readChildren(element: Element, depth: number): void;

  protected currentUnit(): Unit {
    this.unit ??= { runs: [], figures: [], exempt: false };
    return this.unit;
  }

  /** `part`: a formula's or a picture's run, its data. */
  protected addRun(kind: FlatRun['kind'], text: string, part?: Pick<FlatRun, 'math' | 'image'>): void {
    this.currentUnit().runs.push({
      kind,
      text,
      ...part,
      href: this.href,
      em: this.em > 0,
      strong: this.strong > 0,
      noise: this.noise > 0,
      // A formula for screen readers only is the one a script drew beside it, hidden from them (blocks/math.ts).
      unseen: this.unseen > 0 && !part?.math,
      inPage: this.inPage > 0,
      dropped: this.dropped > 0,
    });
  }

  /**
   * The line of a picture's box that holds its caption after a <br> (../detect/caption-box.ts; the body leaves it
   * out) or in an element of a box named for captions: the caption of the box's figure, the next unit with text.
   */
  #captionsFigure(unit: Unit): boolean {
    const figure = this.#captioned;
    if (!textLength(unit.runs)) return false;
    this.#captioned = null;
    if (figure?.kind !== 'figure' || this.container.at(-1) !== figure) return false;
    figure.caption = this.accepted({ ...unit, exempt: true }) ?? [];
    return true;
  }

  /** Ends the unit being read; a paragraph when its text is the article's. */
  protected endUnit(): void {
    const unit = this.unit;
    this.unit = null;
    if (!unit) return;
    const opening = !this.bodyBegun;
    if (this.#captionsFigure(unit)) return;
    const previous = this.container.at(-1);
    // A line right under a picture that repeats its description (collapsed already) is its caption, the unit's first
    // line too ("<img alt=X><span>X</span>": caption-line.ts).
    const [captioned, end] = captionLineOf(previous, unit.runs) ?? [];
    if (captioned)
      captioned.caption = this.accepted({ ...unit, runs: unit.runs.splice(0, end! + 1), figures: [] }) ?? [];
    const runs = this.accepted(unit);
    if (!runs) return;
    const key = collapseWhitespace(runsText(runs)).toLowerCase();
    if ((opening || previous?.kind === 'figure') && isGalleryCounter(key, this.container.at(-2))) return;
    const figure = describedFigure(previous, key);
    if (figure) figure.caption = runs;
    else for (const part of proseParagraphs(runs)) this.container.push({ kind: 'paragraph', runs: part });
  }

  /**
   * The unit's nested runs, without the lines that the body text leaves out (furniture); null when
   * nothing is left (its figures then go too).
   */
  protected accepted(unit: Unit): InlineRun[] | null {
    const kept = (unit.exempt ? unit.runs : this.keptRuns(unit.runs)).filter((run) => !run.unseen);
    const runs = normaliseRuns(kept);
    if (runs.some((run) => run.kind !== 'break')) return nestRuns(runs);
    // White space alone around a picture ("<p>\n<img>\n</p>") is no text that was left out: the picture stays, as
    // where no white space had begun a unit; not one that links to another page (a teaser's, a share button's) or
    // is a vector file (an icon, a logo), nor one in a block the body leaves out (an author box's photo), nor a
    // teaser item's (a link to another page beside it: teaser-picture.ts).
    const blank = unit.runs.every((run) => !run.text.trim() && !run.dropped);
    for (const { block, container, alone, from } of unit.figures) {
      if (blank && alone && !(from && block.kind === 'figure' && isTeaserPicture(from, block.images[0]!.alt))) continue;
      const index = container.indexOf(block);
      if (index >= 0) container.splice(index, 1);
    }
    return null;
  }

  protected keptRuns(unitRuns: FlatRun[]): FlatRun[] {
    // The text's first line without the headline set apart at its start, as the body's text reads it.
    const runs = this.bodyBegun ? unitRuns : runsWithoutSetApartTitle(unitRuns, this.title);
    // Lines wholly inside a block the body leaves out are not looked for: they could match a line elsewhere. Nor are
    // lines that are all links to places on the page (a table of contents, "Back to top"): the outline beside the
    // text is the reader's table of contents, and an entry would take the heading it names from the body.
    const read = splitLines(runs).filter(
      (line) => !line.length || !(line.every((run) => run.dropped) || isInPageLinkLine(line)),
    );
    // Hand-wrapped lines the body joined (wrapped-lines.ts) are one line: its paragraph.
    const lines = read.length > 1 ? joinedLines(read, (line) => this.filter.has(lineText(line))) : read;
    const verdicts = this.filter.judge(lines.map(lineText));
    const kept: FlatRun[] = [];
    lines.forEach((line, index) => {
      const verdict = verdicts[index];
      if (!verdict) return;
      if (!this.bodyBegun && lineText(line).text.trim()) this.bodyBegun = true;
      if (kept.length) kept.push(BREAK);
      kept.push(...(verdict === 'denoised' ? line.filter((run) => !run.noise) : line));
    });
    return kept;
  }

  /**
   * One of the outline's headings whose text the body leaves out is shown all the same where the body's rule is about
   * paragraphs or boxes, not headings: the outline beside the text links to it. That is a heading that is mostly a
   * link (the body leaves out short paragraphs of links as promotion), or one inside a box the body leaves out (a
   * section's <header>; the article's own head, whose standfirst the outline shows as its first section: the reader
   * shows it too, so that the outline's first entry leads somewhere, though the body leaves the standfirst out).
   */
  protected shownAnyway(unit: Unit): boolean {
    const chars = textLength(unit.runs);
    return (
      chars > 0 &&
      (textLength(unit.runs.filter((run) => run.href)) >= chars * HEADING_LINK_SHARE ||
        unit.runs.every((run) => run.dropped || !run.text.trim()))
    );
  }

  /**
   * A block's edge inside a caption or a cell ends the line once, however many edges meet (blank lines there are
   * markup, not text); after a label alone that ends with a colon ("Foto:") the value in the next block stays on its
   * line. Only where no line is matched against the body's paragraphs (a caption): a joined line is in no paragraph.
   */
  protected endLine(): void {
    const { runs, exempt } = this.currentUnit();
    // The line's end, back to its start or to LABEL_MAX_CHARS of its text (then it is no label).
    let line = '';
    let i = runs.length - 1;
    for (; i >= 0 && runs[i]!.kind !== 'break' && line.length <= LABEL_MAX_CHARS; i--)
      line = runs[i]!.text.trim() ? runs[i]!.text + line : ` ${line}`;
    const label = line.trim();
    if (!label) return;
    const whole = i < 0 || runs[i]!.kind === 'break';
    if (exempt && whole && label.endsWith(':') && label.split(/\s+/).length <= LABEL_MAX_WORDS)
      this.addRun('text', ' ');
    else this.addRun('break', '');
  }

  /** Reads an element's inline content into a unit of its own (the current one is ended first). */
  protected readUnit(element: Element, depth: number, exempt: boolean): Unit {
    this.endUnit();
    const unit: Unit = { runs: [], figures: [], exempt };
    this.unit = unit;
    this.inlineOnly++;
    this.readChildren(element, depth);
    this.inlineOnly--;
    this.unit = null;
    return unit;
  }

  /**
   * A picture's caption, whose parts in elements of their own run on where the page's style sets them apart ("… in
   * 2023.</span><span>Credit</span><span>Jeon …"): a part that opens with a capital or "©" after one that ends
   * with a stop or a bracket, or is one capitalised word, is set apart by a space.
   */
  protected readCaption(element: Element, depth: number): Unit {
    const unit = this.readUnit(element, depth, true);
    // From the end: a part is asked before a space is put before it.
    for (let i = unit.runs.length - 1; i > 0; i--) {
      const run = unit.runs[i]!;
      if (PART_END.test(unit.runs[i - 1]!.text) && PART_START.test(run.text)) run.text = ` ${run.text}`;
    }
    return unit;
  }

  /** Reads children into `blocks` instead of the current container. */
  protected readInto(blocks: ArticleBlock[], read: () => void): void {
    this.endUnit();
    const outer = this.container;
    this.container = blocks;
    read();
    this.endUnit();
    this.container = outer;
  }

  protected addFigure(images: ArticleImage[], caption: InlineRun[], from: Element | null = null): void {
    const isAuthorPhoto = (image: ArticleImage) =>
      this.#authors.has(nameKey(image.alt)) && (image.width ?? 0) <= AVATAR_MAX_WIDTH;
    if (!images.length || images.every(isAuthorPhoto)) return;
    const block: ArticleBlock = { kind: 'figure', images, caption };
    this.container.push(block);
    for (const image of images) this.#shown.add(withoutSize(image.src));
    // An image in the middle of text belongs to that text: kept or dropped with it.
    const alone = !(this.href && !IMAGE_FILE.test(this.href)) && !images.some((image) => VECTOR_FILE.test(image.src));
    this.unit?.figures.push({ block, container: this.container, alone, from });
  }

  /**
   * An ordered list's items without their first line when every item opens with its own number alone ("<li><div>1.
   * </div><div>Mix …</div></li>"): the list numbers them already ("1. 1.").
   */
  protected ownNumbersOut(items: ListItem[], ordered: boolean): ListItem[] {
    const numbered =
      ordered &&
      items.every(
        ({ blocks: [first, next] }, i) =>
          !!next && first?.kind === 'paragraph' && NUMBER_LINE.exec(runsText(first.runs).trim())?.[1] === `${i + 1}`,
      );
    return numbered ? items.map((item) => ({ blocks: item.blocks.slice(1) })) : items;
  }

  /** `from`: the <img> or <picture> they come from (a <noscript> copy right after it replaces them). */
  protected addInlineImages(images: ArticleImage[], from: Element | null = null): void {
    if (!images.length) return;
    // A picture in a table's cell is one of its values (a tick, a flag, a product's photo): shown there.
    if (this.cell) for (const image of images) this.addRun('image', '', { image });
    if (this.cell || this.inlineOnly) return;
    // The same picture again right after itself is one picture in several crops (one shown per screen width).
    const previous = this.container.at(-1);
    const name = fileName(images[0]!.src);
    if (previous?.kind === 'figure' && previous.images.some((image) => fileName(image.src) === name)) return;
    // A copy of a picture shown before with its size in its file name is its thumbnail (a gallery's strip).
    const src = images[0]!.src;
    if (SIZE_SUFFIX.test(src.replace(/[?#].*$/, '')) && this.#shown.has(withoutSize(src))) return;
    this.addFigure(images, [], from);
    const block = this.container[this.container.length - 1];
    this.lastImage = from && block?.kind === 'figure' && block.images === images ? { from, block } : null;
    if (this.lastImage && captionBoxOf(from!)) this.#captioned = block!;
  }

  /** What an element the reader never reads as text still shows: a <noscript> copy's pictures, a video's link. */
  protected addSkipped(element: Element, tag: string, baseUrl: string | null): void {
    if (tag === 'noscript') {
      this.addNoscriptImages(imagesOfNoscript(element, baseUrl), element);
      return;
    }
    if (tag === 'math') {
      const math = isHiddenElement(element) ? null : readMath(element);
      if (math) this.addRun('math', '', { math });
      return;
    }
    const video = tag === 'iframe' || tag === 'video' ? videoOf(element, tag, baseUrl) : null;
    // A player and its lazy copy (or a page's second player of the same video) are one video.
    if (!video || this.#videos.has(video.url)) return;
    this.#videos.add(video.url);
    this.endUnit();
    this.container.push(video);
  }

  /**
   * A <noscript> fallback's pictures. Right after the lazy <img> it stands in for, they replace that
   * one's (its source is often a placeholder until a script runs).
   */
  protected addNoscriptImages(images: ArticleImage[], noscript: Element): void {
    const last = this.lastImage;
    let previous = previousElementSibling(noscript);
    // An empty box between them (a loader's spinner) does not part the copy from its <img> (0616).
    while (previous && previous !== last?.from && !firstChild(previous)) previous = previousElementSibling(previous);
    if (images.length && last && previous === last.from && last.block.kind === 'figure') {
      // The lazy <img>'s description stays when its copy has none (the copy is often a bare <img src>).
      for (const image of images) image.alt ||= last.block.images[0]!.alt;
      last.block.images = images;
      this.lastImage = null;
      return;
    }
    this.addInlineImages(images);
  }
}

/** The characters of runs' text, spaces at its ends not counted. */
function textLength(runs: readonly FlatRun[]): number {
  return runs
    .map((run) => run.text)
    .join('')
    .trim().length;
}

/** A line whose text is all links to places on the same page ("#section"). */
function isInPageLinkLine(line: readonly FlatRun[]): boolean {
  return line.some((run) => run.inPage) && line.every((run) => run.inPage || !run.text.trim());
}
