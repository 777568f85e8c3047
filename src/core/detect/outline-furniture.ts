/**
 * What the outline and the key points leave out of the article's content (./content.ts): the
 * headings and list items of offer boxes and teaser boxes (./furniture-blocks.ts) and list items
 * that are the titles of the related stories found (a teaser list belongs there, not here). The
 * paragraphs of those boxes give no key points and are left out of `body`. Returns new arrays.
 */
import { classAndId, tagOf } from '../dom';
import {
  boundedTextContent,
  closest,
  contains,
  nextElementSibling,
  parentElement,
  previousElementSibling,
  querySelector,
  textContent,
} from '../read/dom';
import { collapseWhitespace, isSameName } from '../read/text';
import { HEADINGS } from '../read/tags';
import { collapsedLength } from '../text';
import { isSignUpName, NOISE_MAX_CHARS } from './body-noise';
import { cleanTitle } from './related/title';
import type { ArticleContent, ContentItem } from './content';
import { isBylineLabelLine } from './byline-label';
import { formTitleOf } from './form-titles';
import { isBoxLabel } from './honest-items';
import { relatedLabelBefore, teaserAt } from './teaser-cards';
import { isOneLinkList, isTagList } from './list-shapes';
import {
  type ListOf,
  listReader,
  type Normalise,
  normaliser,
  relatedLists,
  TEASER_LIST_MIN_SHARE,
} from './teaser-lists';
import { withoutLeadingBy } from './name-headings';
import {
  blockLabelKind,
  FurnitureBlocks,
  linesHoldOfferSignals,
  headsNothing,
  isWholeLabel,
  linkShare,
  OFFER_MIN_SIGNALS,
} from './furniture-blocks';

/**
 * A box headed "Weitere Artikel" or "Most read" holds at least this share of link text (its
 * headlines): a box of the article's own prose that happens to start with such a word does not.
 */
const TEASER_MIN_LINK_SHARE = 0.15;
/** A box that is a heading over a list of links: its links are most of its text (the heading's is the rest). */
const LINK_LIST_MIN_SHARE = 0.5;
/**
 * A paragraph or list item of running text is this long (characters) or more and ends as a sentence
 * does; a card's lines (a job's title, its company and place; a product and its price) do not. A
 * labelled box without one is no section.
 */
const RUNNING_TEXT_MIN_CHARS = 80;
/** A byline's line is a few names with a label: a longer paragraph is not compared with the byline. */
const BYLINE_LINE_MAX_CHARS = 120;
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;
/** A breadcrumb's step is a section's name: at most this many characters. */
const BREADCRUMB_MAX_CHARS = 30;
/** ... and ends with the separator to the next step ("News >", "Energie ›"). */
const BREADCRUMB_END = /\s?[>›»/]$/u;
/**
 * A table of contents: a list (nested lists counted with it) of at least this many items, TEASER_LIST_MIN_SHARE
 * of them the text of a heading further down. The outline shows those headings itself.
 */
const CONTENTS_MIN_ITEMS = 3;
/** The heading over a table of contents is a section's name ("Contents", "Inhaltsverzeichnis"), not a sentence. */
const CONTENTS_HEADING_MAX_CHARS = 30;
/**
 * A contents entry's own number before the heading it names ("1.1 Der Stollen …" for the heading "Der Stollen …"),
 * read under a label (a paragraph over the list, not the page's heading: Readability keeps Wikipedia's "Contents").
 */
const CONTENTS_NUMBER = /^\d+(?:\.\d+)*\.?\s+/;
/** A label of other stories is short: read this many characters of the element before a list to tell. */
const LABEL_MAX_CHARS = 80;
/** A word of a compound before its head ("Top-" of "Top-Artikel"): the head names what the label lists. */
const COMPOUND_MODIFIER = /\p{L}+-(?=\p{L})/gu;
/** A table and its cells. */
const TABLE_PART = /^t(?:able|[dh])$/;
/** A count before a label ("36 Comments"). */
const COUNT = /^\d+\s+/;
/**
 * A heading that is a figure alone ("9", "2021", "40 %") inside a quote box is the big number of a fact box ("9" over
 * "months the plane has been held"), no section of the text; a year over its section outside one is.
 */
const FIGURE_ONLY = /^[\d\s.,%+-]+$/;
/** An element that schema.org microdata types as the site's navigation: its lists are menus, not the article's. */
const SITE_NAVIGATION = '[itemtype*=SiteNavigation]';

export interface OutlinedContent extends ArticleContent {
  /** The body's paragraphs without those of offer and teaser boxes. */
  body: string[];
  /** Those boxes' paragraphs, left out of `body` (their words are no part of the body's count). */
  leftOut: string[];
  /** The boxes left out of `body` (offers, teasers, furniture headings): the reader view leaves them out too. */
  boxes: ReadonlySet<Element>;
}

/**
 * Whether the article's text holds enough offer words for an offer box: most articles hold fewer in
 * all than one offer box, and their boxes need not be read. A search of the whole text, line by line (megabytes on
 * a long page): the analysis runs it as a step of its own (analyze.ts).
 */
export function mayHoldOffers(content: ArticleContent): boolean {
  return linesHoldOfferSignals(content.paragraphs, OFFER_MIN_SIGNALS);
}

export function withoutFurnitureBlocks(
  content: ArticleContent,
  parts: readonly Node[],
  related: readonly { title: string }[],
  isLeftOut: (element: Element) => boolean,
  /** mayHoldOffers(content), computed by the caller (a step of its own in the analysis). */
  mayOffer: boolean,
  byline: string | null = null,
): OutlinedContent {
  const prose = content.sources.flatMap((source, i) =>
    source.kind === 'prose' && source.element
      ? [{ element: source.element, chars: content.paragraphs[i]!.length }]
      : [],
  );
  const blocks = new FurnitureBlocks(parts, prose);
  // Paragraphs and list items of running text: a box of cards (title, company, place) holds none.
  const running = content.sources.flatMap((source, i) =>
    source.element &&
    (source.kind === 'prose' || source.kind === 'item') &&
    content.paragraphs[i]!.length >= RUNNING_TEXT_MIN_CHARS &&
    SENTENCE_END.test(content.paragraphs[i]!)
      ? [source.element]
      : [],
  );
  const boxes: Element[] = [];
  const inBox = (element: Element): boolean => boxes.some((box) => contains(box, element));
  // A heading that is a related story's title ("Related post: Pickled Brussels Sprouts") is its teaser's headline.
  const normalise = normaliser();
  const titles = new Set(related.map((story) => normalise(story.title)));
  // So is a list item that holds such a heading (a list of one teaser: <li><h4><a>…</a></h4></li>).
  // (Read once per item, and only when some story was listed: the rules below ask each item twice.)
  const teaserHeads = new Set(
    titles.size
      ? content.items.filter(
          (item) =>
            titles.has(normalise(cleanTitle(item.text))) &&
            (item.kind === 'heading' || !!querySelector(item.element, HEADINGS)),
        )
      : [],
  );
  const isTeaserHeading = (item?: ContentItem): boolean => !!item && teaserHeads.has(item);

  for (const [i, item] of content.items.entries()) {
    if (item.kind !== 'heading' || inBox(item.element)) continue;
    const signUp = signUpBoxOf(item.element, parts);
    if (signUp) {
      boxes.push(signUp);
      continue;
    }
    // A label's box ("Weitere Artikel", "Most read"), or the wrapper of a heading that is no label.
    const kind = blockLabelKind(item.text);
    // A form's title that is no label (a label's box, the form with it, goes below).
    const form = !kind && formTitleOf(item.element);
    if (form) {
      boxes.push(...form);
      continue;
    }
    // A count before a furniture word ("36 Comments", "3 Kommentare"): the thread's counter, no section. The
    // heading alone: the thread is the readers' text (trafilatura's ground truth counts it as the page's).
    const counted = COUNT.exec(item.text);
    if (!kind && counted && isWholeLabel(item.text.slice(counted[0].length))) {
      boxes.push(item.element);
      continue;
    }
    const box = blocks.ownBoxOf(item.element);
    if (box === item.element) {
      // In the article's flow: a furniture word alone ("Comments"), a label over nothing ("You may also like:" at the
      // end), a teaser's cards or linked headline (./teaser-cards.ts) is no section; "See also" over its list is one.
      const part = parts.find((node) => contains(node, item.element));
      const teaser = kind ? null : teaserAt(item.element, part, isLeftOut);
      // With the label over its headline ("Leggi anche"): the reader shows neither.
      const label = teaser === item.element && relatedLabelBefore(teaser);
      if (teaser) boxes.push(box, teaser, ...(label ? [label] : []));
      if (!kind) continue;
      const whole = kind !== 'related' && isWholeLabel(item.text);
      if ((part && headsNothing(item.element, part, isLeftOut)) || whole) boxes.push(box);
      // The list right below, when every item is a link: a furniture or site-wide word's ("meist-diskutiert" over
      // headlines), or one that lost its link to the related stories under a related label ("Related Posts" over
      // teasers whose headlines were left out, their scores "98" left). The label and the items are no section.
      let end = i + 1;
      for (
        let below = content.items[end];
        below?.kind === 'bullet' &&
        (whole
          ? linkShare(below.element) >= LINK_LIST_MIN_SHARE
          : kind === 'related' && leftOutFirst(below.element, 'a[href]', isLeftOut));
        below = content.items[++end]
      );
      if (end > i + 1 && content.items[end]?.kind !== 'bullet')
        for (const lost of content.items.slice(i, end)) boxes.push(lost.element);
      continue;
    }
    // A wrapper that is no label's holds a list left out or is no box (asked first: most headings are in one).
    // A box of headlines under a related label holds the article only with its lead: the teasers' summaries
    // may be more text than a short article's prose (a post told in headings).
    const headlines = !!kind && linkShare(box) >= TEASER_MIN_LINK_SHARE;
    if (
      (!kind && !leftOutFirst(box, 'ul, ol', isLeftOut)) ||
      blocks.holdsTheArticle(box, true, headlines && kind === 'related')
    )
      continue;
    if (
      kind
        ? // A box of headlines, furniture, cards without running text (job offers in forms), or a label
          // alone (its stories come from a script).
          kind === 'furniture' ||
          headlines ||
          !running.some((element) => contains(box, element)) ||
          headsNothing(item.element, box, isLeftOut)
        : // A wrapper that holds nothing read besides its heading, only a list of links left out
          // ("Weitere Videos" over a playlist): the heading goes with its list.
          linkShare(box) >= LINK_LIST_MIN_SHARE && headsNothing(item.element, box, isLeftOut)
    )
      boxes.push(box);
  }
  // Each list item's list, read once for the rules below.
  const listOf = listReader();
  const teaserLists = relatedLists(content.items, related, normalise, listOf);
  // A list of the related stories found is no body text either (its items are their headlines).
  boxes.push(...teaserLists);
  // Every item a short step that ends with a separator ("News>", "Energie>"), the last one perhaps the page itself
  // after two steps ("Início /", "Receitas /", "Sequilho com Chocolate Amargo"): a breadcrumb trail.
  for (const [list, every] of listsOf(
    content.items,
    listOf,
    ({ text, element }) =>
      (text.length <= BREADCRUMB_MAX_CHARS && BREADCRUMB_END.test(text)) ||
      (!nextElementSibling(element) && !!previousElementSibling(previousElementSibling(element) ?? element)),
  ))
    if (every) {
      teaserLists.add(list);
      boxes.push(list);
    }
  // A list the body left out whole (links to the site's own pages) typed as the site's navigation, or under a
  // label of other stories or furniture in a paragraph ("Weitere Top-Artikel zu diesem Themengebiet:" over the
  // blog's posts), or of one item: a teaser set in the text ("<li><a><strong>The latest news about the coronavirus
  // outbreak in Sweden</strong></a></li>", thelocal.se, trafilatura 0366).
  const inBody = new Set(content.paragraphs);
  for (const [list, out] of listsOf(content.items, listOf, (item) => !inBody.has(item.text))) {
    const label = previousElementSibling(list);
    if (
      out &&
      (closest(list, SITE_NAVIGATION) ||
        isOneLinkList(list) ||
        isTagList(list) ||
        (label && blockLabelKind(boundedTextContent(label, LABEL_MAX_CHARS).replace(COMPOUND_MODIFIER, ''))))
    )
      teaserLists.add(list);
  }
  const contents = contentsItems(content.items, normalise);
  const isTeaser = (item: ContentItem): boolean => {
    if (
      inBox(item.element) ||
      contents.has(item) ||
      isTeaserHeading(item) ||
      (mayOffer && blocks.offerBoxOf(item.element))
    )
      return true;
    const list = listOf(item);
    return !!list && teaserLists.has(list);
  };
  // ... and the label right above such a headline ("Weitere Beiträge zum Thema") or list ("Auch interessant:").
  const headsTeasers = (next?: ContentItem): boolean =>
    isTeaserHeading(next) || (next?.kind === 'bullet' && teaserLists.has(listOf(next)!));
  const items = content.items.filter(
    (item, i) =>
      !isTeaser(item) &&
      !(headsTeasers(content.items[i + 1]) && blockLabelKind(item.text) === 'related') &&
      !(item.kind === 'heading' && FIGURE_ONLY.test(item.text) && closest(item.element, 'blockquote')),
  );
  // A box's text, its heading's too, is no body text.
  const boxed = content.sources.map((source, i) => {
    const offer = mayOffer && source.element && blocks.offerBoxOf(source.element);
    if (offer) boxes.push(offer);
    // The byline's line in the text ("Von Georg Kasch"), or its name alone (a sign-off under the text, "Kab NIANG"),
    // the name shown above it already, in an element of its own.
    const line = content.paragraphs[i]!;
    // So is a byline line of another shape ("Autor: www.example.pl", a label alone).
    const own =
      ((!!byline && line.length <= BYLINE_LINE_MAX_CHARS && isSameName(withoutLeadingBy(line), byline)) ||
        isBylineLabelLine(line)) &&
      source.element;
    if (own && collapseWhitespace(textContent(own)).length <= line.length) boxes.push(own);
    return !!source.element && (inBox(source.element) || !!offer || boxes.at(-1) === own);
  });
  // Such a label left last once the boxes after it are out (a share box after "Neueste Blogbeiträge") goes too.
  const last = boxed.lastIndexOf(false);
  const label = content.sources[last]?.element;
  if (last > 0 && label && isBoxLabel(content.paragraphs[last]!, label)) {
    boxes.push(label);
    boxed[last] = true;
  }
  const sources = content.sources.map((source, i) =>
    boxed[i] && source.kind !== 'other' ? { ...source, kind: 'other' as const } : source,
  );
  const body = content.paragraphs.filter((_, i) => !boxed[i]);
  const leftOut = content.paragraphs.filter((_, i) => boxed[i]);
  // A page that shows nothing but its offer keeps it as its text (the article was found on it).
  return body.length
    ? // A table or its cell ("Comment" in a header row) stays in the reader: its rows and columns are data.
      {
        items,
        paragraphs: content.paragraphs,
        sources,
        body,
        leftOut,
        boxes: new Set(boxes.filter((box) => !TABLE_PART.test(tagOf(box)))),
      }
    : { items, paragraphs: content.paragraphs, sources, body: content.paragraphs, leftOut: [], boxes: new Set() };
}

/**
 * The newsletter or sign-up box a heading is in ("Breaking News Emails" over "Get breaking news alerts
 * … SUBSCRIBE"), by its class / id names, when it is small (body noise, see body-noise.ts): its text is
 * left out of the body already, and its heading is no section of the article. The article's own part
 * is never one.
 */
function signUpBoxOf(heading: Element, parts: readonly Node[]): Element | null {
  for (let box = parentElement(heading); box && !parts.includes(box); box = parentElement(box)) {
    const names = classAndId(box);
    if (names && isSignUpName(names)) return collapsedLength(textContent(box)) <= NOISE_MAX_CHARS ? box : null;
  }
  return null;
}

/**
 * Whether the box's first element that `selector` finds was left out, itself or with an element around it
 * inside the box: its (first) list; a list item's link (a teaser whose headline the related stories took).
 */
function leftOutFirst(box: Element, selector: string, isLeftOut: (element: Element) => boolean): boolean {
  for (let node = querySelector(box, selector); node && node !== box; node = parentElement(node))
    if (isLeftOut(node)) return true;
  return false;
}

/**
 * Tables of contents: a heading that is a section's name ("Contents", "Inhalt"; CONTENTS_HEADING_MAX_CHARS at
 * most) right over a list that names real headings further down (nested lists with it; bold lines opening paragraphs
 * are a list's items told again), and its items. (A list under no such heading is left: Readability keeps it.)
 */
function contentsItems(items: readonly ContentItem[], normalise: Normalise): Set<ContentItem> {
  const lastAt = new Map<string, number>();
  items.forEach((item, i) => item.kind === 'heading' && !item.pseudo && lastAt.set(normalise(item.text), i));
  const found = new Set<ContentItem>();
  // Where the heading an entry names is; under a label also with the entry's own number left off.
  const headingAt = (text: string, label?: boolean): number =>
    lastAt.get(normalise(text)) ?? (label ? lastAt.get(normalise(text.replace(CONTENTS_NUMBER, ''))) : null) ?? -1;
  items.forEach((above, i) => {
    if (above.kind !== 'heading' || above.text.length > CONTENTS_HEADING_MAX_CHARS) return;
    let end = i + 1;
    while (items[end]?.kind === 'bullet') end++;
    const run = items.slice(i, end);
    if (
      end - i > CONTENTS_MIN_ITEMS &&
      run.filter((item) => headingAt(item.text, above.label) >= end).length >= (end - i - 1) * TEASER_LIST_MIN_SHARE
    )
      for (const item of run) found.add(item);
  });
  return found;
}

/** The lists of the items, each with whether every item of it passes `test`. */
function listsOf(
  items: readonly ContentItem[],
  listOf: ListOf,
  test: (item: ContentItem) => boolean,
): Map<Element, boolean> {
  const lists = new Map<Element, boolean>();
  for (const item of items) {
    const list = listOf(item);
    if (list) lists.set(list, (lists.get(list) ?? true) && test(item));
  }
  return lists;
}
