/**
 * Related stories: links to other articles that the page offers with this one (related, read next,
 * more from …, previous / next post, "Related: …" promo lines in the article).
 *
 * Candidates are found by structure: the item around each article link is the largest element that
 * holds no other article, and items under one parent form a run (a list of teasers) or stand alone
 * (a promo line or box). Each candidate gets features (label, class words, place, navigation,
 * site, headline share, prose around, repeated markup) combined into one score (related/score.ts);
 * a link is listed when its best candidate scores above zero. A run is judged box first
 * (related/run-score.ts): its items are read only when the box can still win, and its links are read
 * one by one only inside the article or when a link says itself what it is (a prefix, previous / next).
 *
 * The stage runs in steps (findRelatedStoriesSteps): it pauses after a bounded amount of work, so a
 * live page is never held for the whole stage (../sliced.ts); findRelatedStories runs it to its end.
 *
 * Pure: reads the document through the standard DOM API and never changes it.
 */
import { attr, headElements, tagOf } from '../dom';
import { contains, querySelectorAll } from '../read/dom';
import type { RelatedStory } from '../types';
import {
  hintFeature,
  headlineTextFeature,
  kickerAtMost,
  listFeature,
  singleLabelFeature,
  navigationFeature,
  navShareFeature,
  neighbourFeature,
  cardFeature,
  positionFeature,
  prefixFeature,
  singlePositionFeature,
  promoShapeFeature,
  sameSiteFeature,
  sequenceFeature,
  type Feature,
} from './related/features';
import { MAX_LABEL_CHARS, matchLinkText, type LabelMatch } from './related/lexicon';
import { PageIndex } from './related/page-index';
import { HEAD_SEQUENCE_BONUS, SINGLE_WEIGHTS, scoreOf, type Features, type Scored } from './related/score';
import { createSiteReader, createTargetReader, pathsAbove, type ArticleTarget } from './related/targets';
import { collapseWhitespace, isCreditLink } from './related/text';
import { ownTextSaysNoStory, PAID_TEASER, paidItemReader } from './related/not-a-story';
import { isAuthorHref } from './author-pages';
import { childHolding, lineOf, listedStories, type Entry } from './related/stories';
import { Pauses } from './related/pauses';
import { topicReader } from './related/topic';
import {
  judgeRunBox,
  navigationElsewhere,
  navigationKeys,
  readItems,
  readLeads,
  runsOf,
  unlifted,
  type RunContext,
} from './related/run-score';
import { runToEnd, type Steps } from '../steps';
import { memoized } from '../read/memo';
import { REL } from '../read/attribute-bits';
import { hrefOf, linkText, type PageWalk } from './page-walk';

export interface RelatedContext {
  /** Base for relative links: <base href> resolved against the page URL, or the page URL. */
  baseUrl: string | null;
  /** The page's own URL (canonical when known), so the page never lists itself. */
  pageUrl: string | null;
  /**
   * What the stories' URLs are resolved against when it is not `baseUrl`: the address given, when the links are judged
   * as on the canonical's site because that address names none (a copy served from this machine: analyze.ts).
   */
  shownBaseUrl?: string | null;
  /** The element(s) holding the article body, when found. */
  articleRoots: Element[];
  /** The page's <a href> elements in document order, when the caller has them; else they are queried. */
  links?: readonly Element[];
  /** The analysis' page walk: what it read of the elements it measured is not read again (related/page-index.ts). */
  walk?: Pick<PageWalk, 'measures' | 'tree'>;
  /** The article's headline: a list nothing speaks for must be on its topic (related/topic.ts). */
  headline?: string;
  /** Give every listed story a `why` (a debug field, not part of the output contract). */
  explain?: boolean;
  /** Called once per article link considered, listed or not (evaluation scripts). */
  trace?: (entry: RelatedTrace) => void;
  /** Stories listed at most (the analysis passes bounds.ts MAX_RELATED); none with a `trace` (related/stories.ts). */
  maxStories?: number;
}

export interface RelatedTrace {
  url: string;
  title: string;
  score: number;
  listed: boolean;
  why: string;
}

/** A link that is less of its item's text than this, after a sentence, is a link in running text. */
const MIN_TEASER_LINK_SHARE = 0.4;
/** Two items make a run (a list); one is a single link. */
const MIN_RUN_ITEMS = 2;

interface ArticleLink extends ArticleTarget {
  anchor: Element;
  text: string;
  item: Element;
  rel: string;
  /** What its own words say (sequenceFeature, prefixFeature, matchLinkText: false when none), read once, when asked. */
  sequence: Feature | null;
  prefix: Feature | null;
  words: LabelMatch | false | null;
  /** Its line's shape (promoShapeFeature; false for a previous / next link, whose shape is not read), read once. */
  shape: Feature | false | null;
}

export function findRelatedStories(doc: Document, context: RelatedContext): RelatedStory[] {
  return runToEnd(findRelatedStoriesSteps(doc, context));
}

/** findRelatedStories in steps (../steps.ts): pauses after about NODES_PER_PAUSE nodes of work (related/pauses.ts). */
export function* findRelatedStoriesSteps(doc: Document, context: RelatedContext): Steps<RelatedStory[]> {
  const index = new PageIndex(doc, context.articleRoots.filter(Boolean), context.walk);
  const pauses = new Pauses(index);
  const targetOf = createTargetReader(context.baseUrl ?? context.pageUrl, context.pageUrl, context.shownBaseUrl);
  const isSameSite = createSiteReader(context.pageUrl ?? context.baseUrl);

  // Article links, the single article each element holds (or MANY), and the links navigation repeats.
  const links: ArticleLink[] = [];
  const owner = new Map<Element, string>();
  // The navigation landmarks that link to each article (menus list stories too): read when a run's items are read.
  let navKeys: Map<string, Element[]> | undefined;
  for (const anchor of context.links ?? querySelectorAll(doc, 'a[href]')) {
    if (pauses.afterLink()) yield;
    const href = hrefOf(context.walk, anchor) ?? '';
    // An <a>: plain (no form), told without reading its tag; a link the walk read without a rel has none.
    const rel = index.attributes(anchor) & REL ? (attr(anchor, 'rel', true) ?? '') : '';
    // A previous / next post's address need not read as an article's (targets.ts, url.ts looksLikeSequenceUrl).
    const target = targetOf(href) ?? (/\b(prev|next)\b/i.test(rel) ? targetOf(href, true) : null);
    if (!target || index.hidden(anchor)) continue;
    // A person's page (a card's avatar and name beside the stories) is no story.
    if (/\b(tag|category|author)\b/i.test(rel) || isCreditLink(anchor) || isAuthorHref(target.url)) continue;
    for (let element: Element | null = anchor; element; element = index.parent(element)) {
      const known = owner.get(element);
      if (known === target.key || known === MANY) break;
      owner.set(element, known === undefined ? target.key : MANY);
    }
    // Fields listed (no object spread): one shape for every link, built for each of the page's article links.
    links.push({
      url: target.url,
      key: target.key,
      anchor,
      text: collapseWhitespace(linkText(context.walk, anchor)),
      item: anchor,
      rel,
      sequence: null,
      prefix: null,
      words: null,
      shape: null,
    });
  }
  const roots = new Set(index.roots);
  const groups = new Map<Element, ArticleLink[]>();
  for (const link of links) {
    if (pauses.afterLink()) yield;
    let item = link.anchor;
    for (
      let parent = index.parent(item);
      parent && index.tag(parent) !== 'body' && !roots.has(parent) && owner.get(parent) === link.key;
      parent = index.parent(parent)
    )
      item = parent;
    link.item = item;
    const group = index.parent(item);
    if (!group) continue;
    const members = groups.get(group) ?? [];
    members.push(link);
    groups.set(group, members);
  }

  // Articles <link rel="prev|next"> in the head names (their candidates are scored in full: confirmHeadSequence).
  const headSequenceKeys = new Map<string, string>();
  for (const element of headElements(doc)) {
    if (tagOf(element) !== 'link' || !/\b(prev|next)\b/i.test(attr(element, 'rel') ?? '')) continue;
    const target = targetOf(attr(element, 'href') ?? '');
    if (target && !headSequenceKeys.has(target.key)) headSequenceKeys.set(target.key, attr(element, 'rel')!);
  }

  // What each link's own text says ("See all", "Next post"), read once per link.
  const wordsOf = (link: ArticleLink): LabelMatch | null => {
    link.words ??= matchLinkText(link.text) ?? false;
    return link.words || null;
  };

  // Read once per link when asked (a run's box, speaksForItself, scoreSingle): previous / next, promo prefix.
  const sequenceOf = (link: ArticleLink): Feature =>
    (link.sequence ??= sequenceFeature(link.anchor, link.text, wordsOf(link), link.rel));
  const prefixOf = (link: ArticleLink): Feature =>
    (link.prefix ??= prefixFeature(lineOf(index, link.anchor), link.anchor, link.text));
  // The shape of the link's line, read once (runs, scoreSingle; a line isRunningText found prose is not read again).
  const prose = new Set<Element>();
  const shapeOf = (link: ArticleLink): Feature | false =>
    (link.shape ??=
      !sequenceOf(link).value &&
      promoShapeFeature(index, lineOf(index, link.anchor), isSameSite(link.key) === false, prose, link.text));
  const inText = (link: ArticleLink): boolean => (shapeOf(link) || { value: 0 }).value < 0;

  const entries = new Map<string, Entry>();
  const paidItem = paidItemReader(index);
  /** A link whose own text says it is no story (related/not-a-story.ts). */
  const notAStory = (link: ArticleLink): Scored | null => ownTextSaysNoStory(link.text, () => wordsOf(link));
  const offer = (link: ArticleLink, scored: Scored, block: Element | null): void => {
    const entry = entries.get(link.key);
    if (!entry)
      entries.set(link.key, {
        url: link.url,
        anchors: [{ anchor: link.anchor, text: link.text, scored }],
        block,
        best: scored,
      });
    else {
      entry.anchors.push({ anchor: link.anchor, text: link.text, scored });
      if (scored.score > entry.best.score) {
        entry.best = scored;
        entry.block = block;
      }
    }
  };

  const runContext: RunContext = {
    index,
    sequenceOf,
    isSameSite,
    inNavigationElsewhere: (key, group) => navigationElsewhere(navKeys!, key, group),
    confirmedByHead: (key) => headSequenceKeys.size > 0 && headSequenceKeys.has(key),
    onTopic: topicReader(context.headline),
    // `listed`: how many of the group's children hold article links (the items of all its runs, prose between them).
    listOf: memoized((group) => listFeature(group, new Set(groups.get(group)!.map((link) => link.item)).size)),
  };
  for (const [group, members] of groups) {
    const items = [...new Set(members.map((link) => link.item))];
    // Each item's headline link: its longest link text (an image link or a kicker link comes first in many teasers).
    const firstOf = new Map<Element, ArticleLink>();
    for (const link of members) {
      const known = firstOf.get(link.item);
      if (!known || link.text.length > known.text.length) firstOf.set(link.item, link);
    }
    // A run needs two items: a group of one item (most links in text, a lone promo line) is never read as a run.
    const position = index.position(group);
    const canRun = items.length >= MIN_RUN_ITEMS && !roots.has(group) && position !== 'around';
    const runOf = new Map<Element, Scored>();
    if (canRun) {
      const teasers = new Set<Element>();
      for (const item of items) {
        if (pauses.afterLink()) yield;
        if (!isRunningText(item, firstOf.get(item)!)) teasers.add(item);
        else prose.add(item);
      }
      for (const runItems of teasers.size < MIN_RUN_ITEMS ? [] : yield* runsOf(index, pauses, teasers)) {
        if (runItems.length < MIN_RUN_ITEMS) continue;
        const runLinks = runItems.map((item) => firstOf.get(item)!);
        // Links in the article's text (scoreSingle's first test): items read first: the label is mostly not needed.
        const known =
          position === 'inside' && runLinks.every(inText) ? yield* readLeads(index, pauses, runLinks) : undefined;
        const box = judgeRunBox(runContext, group, runItems, runLinks, known);
        let scored = box.decided;
        if (!scored) {
          navKeys ??= yield* navigationKeys(index, pauses, links);
          scored = box.withItems(yield* readItems(index, pauses, runLinks, known));
        }
        for (const item of runItems) runOf.set(item, scored);
      }
    }
    const inArticle = position === 'inside';
    const isSection = pathsAbove(members);
    for (const link of members) {
      if (pauses.afterLink()) yield;
      // Its own candidate is not scored: the link is never listed for itself, whatever the score says.
      // A link to the section of another link of the box (a teaser's kicker: "Acceso Miami" over
      // "…/acceso-miami/article….html") is none either, nor a paid teaser of a winning list (related/not-a-story.ts).
      const run = runOf.get(link.item) ?? null;
      const never = isSection(link.key)
        ? { score: -Infinity, why: 'a section of its box' }
        : (notAStory(link) ?? (run && run.score > 0 && paidItem(link.item) ? PAID_TEASER : null));
      if (never) {
        offer(link, never, null);
        continue;
      }
      // A link of a losing run is read on its own only where single links win: in the article's text (a run of
      // one-link lines between paragraphs), or when it says itself what it is.
      let single = run && (run.score > 0 || (!inArticle && !speaksForItself(link))) ? null : scoreSingle(link);
      // A single link that would be listed is read against the page's menus (read once, only then).
      if (single && single.score > 0 && !navKeys) {
        navKeys = yield* navigationKeys(index, pauses, links);
        single = scoreSingle(link);
      }
      const best = single && (!run || single.score > run.score) ? single : run!;
      offer(link, best, single === best ? link.item : group);
    }
  }

  /** A link of a run that says itself what it is (a promo prefix, previous / next): judged on its own too. */
  function speaksForItself(link: ArticleLink): boolean {
    // Its own class words (the link and its item): the run's were read from the first item only.
    for (let element: Element | null = link.anchor; element; element = index.parent(element)) {
      const kind = index.hint(element);
      if (kind === 'related' || kind === 'sequence' || kind === 'prevnext') return true;
      if (element === link.item) break;
    }
    return !!sequenceOf(link).value || prefixOf(link).value > 0;
  }

  /** A prose item: its link stands in a sentence (text before it; mostly no link text). Its text as measured. */
  function isRunningText(item: Element, link: ArticleLink): boolean {
    const { text, links } = index.sizes(item);
    return (
      item !== link.anchor &&
      text > MAX_LABEL_CHARS &&
      links < text * MIN_TEASER_LINK_SHARE &&
      !kickerAtMost(item, link.anchor)
    );
  }

  confirmHeadSequence();

  function scoreSingle(link: ArticleLink): Scored {
    // The line is the block right around the link; the box is the item when it holds that line.
    const shape = shapeOf(link) || undefined;
    // A link inside a sentence is part of what the text says (labelling rules: never a related story).
    if (shape && shape.value < 0) return { score: -Infinity, why: `single link: ${shape.note}` };
    const line = lineOf(index, link.anchor);
    const box = contains(link.item, line) ? link.item : line;
    const sameSite = isSameSite(link.key);
    const sequence = sequenceOf(link);
    const hint = hintFeature(index, link.anchor, link.anchor, link.rel);
    const prefix = prefixOf(link);
    const neighbour = neighbourFeature(index, box);
    const site = sameSiteFeature([sameSite]);
    const headline = sequence.value ? undefined : headlineTextFeature(link.text);
    const [told, untold] = [positionFeature(index, box, true), singlePositionFeature(index, box)];
    const nav = navKeys && navShareFeature([link.key], (key) => navigationElsewhere(navKeys!, key, box));
    const features = (label: Feature | undefined, toldRelated: boolean): Features => ({
      prefix,
      label,
      sequence,
      hint: sequence.value && hint.value < 0 && hint.value > -3 ? undefined : hint,
      shape,
      position: toldRelated ? told : untold,
      neighbour,
      sameSite: site,
      headline,
      navigation: toldRelated ? undefined : navigationFeature(index, box),
      // Nothing tells it a story and the page's menu links to it too: a site's own page (as a list's navShare).
      navShare: toldRelated ? undefined : nav,
    });
    // The label is the costly feature: not read when even the best label (and what a label waives) leaves the score at
    // 0 or below.
    const bound = scoreOf(
      SINGLE_WEIGHTS,
      { ...features(undefined, true), position: told.value >= untold.value ? told : untold },
      'single link',
    );
    if (bound.score + SINGLE_WEIGHTS.label! <= 0 && !headSequenceKeys.has(link.key)) return unlifted(bound, 'no label');
    const label = singleLabelFeature(index, box, line, box === link.anchor ? null : childHolding(box, link.anchor));
    const toldRelated = prefix.value > 0 || label.value > 0 || hint.value > 0 || sequence.value > 0;
    const scored = scoreOf(SINGLE_WEIGHTS, features(label, toldRelated), 'single link');
    // A card set in the text (cardFeature) is read only when it can lift the score above 0 (few lines get there).
    if (neighbour.value || scored.score > 0 || scored.score + SINGLE_WEIGHTS.card! <= 0) return scored;
    const card = cardFeature(index, box, link.text);
    return card.value ? scoreOf(SINGLE_WEIGHTS, { ...features(label, toldRelated), card }, 'single link') : scored;
  }

  /**
   * `<link rel="prev|next">` in the head confirms a body link to the same post. On its own it is no link
   * a reader sees (on the labelled pages, head-only ones were never listed as related; body ones mostly were).
   */
  function confirmHeadSequence(): void {
    for (const [key, rel] of headSequenceKeys) {
      const entry = entries.get(key);
      if (!entry) continue;
      const note = `<link rel="${rel}"> in the head (+${HEAD_SEQUENCE_BONUS})`;
      for (const link of entry.anchors) {
        if (link.scored.score > -Infinity)
          link.scored = { score: link.scored.score + HEAD_SEQUENCE_BONUS, why: `${link.scored.why}; ${note}` };
        if (link.scored.score > entry.best.score) entry.best = link.scored;
      }
    }
  }

  return yield* listedStories(entries.values(), pauses, context);
}

const MANY = '\u0000many';
