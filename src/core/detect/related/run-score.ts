/**
 * The score of a run of teasers, box first: what the box says as a whole (label, class words, place,
 * navigation, previous / next, size) is read once per run; what its items say (headline share, markup,
 * prose between them, same-site and navigation shares) is read only when the box can still win with the
 * best items. A run whose box cannot win is never read item by item (related.ts reads the items then).
 */
import { contains, nextElementSibling } from '../../read/dom';
import { MAX_LABEL_CHARS } from './lexicon';
import {
  headlineFeature,
  hintFeature,
  labelFeature,
  leadsItem,
  markupOf,
  navShareFeature,
  navigationFeature,
  positionFeature,
  proseFeature,
  repeatedFeature,
  sameSiteFeature,
  sizeFeature,
  type Feature,
} from './features';
import type { PageIndex } from './page-index';
import type { Pauses } from './pauses';
import { itemsTextSteps } from './prose-text';
import type { Steps } from '../../steps';
import { RUN_WEIGHTS, scoreOf, type Features, type Scored } from './score';

export interface RunLink {
  anchor: Element;
  text: string;
  url: string;
  key: string;
  /** Its rel attribute ("" when it has none). */
  rel: string;
}

/** What the run's scoring asks of the stage: page facts it keeps for all runs. */
export interface RunContext {
  index: PageIndex;
  /** Whether a link says it is the previous / next post (features.ts sequenceFeature, read once per link). */
  sequenceOf(link: RunLink): Feature;
  /** By the link's key (related/url.ts urlKey) or URL. */
  isSameSite(keyOrUrl: string): boolean | null;
  /** Whether navigation (not holding `group`) links to the article too. */
  inNavigationElsewhere(key: string, group: Element): boolean;
  /**
   * Whether `<link rel="prev|next">` in the head names the article (then the run is always read in full). Asked of
   * every run's links: most heads name none, and then no key is looked up (a lookup hashes the key).
   */
  confirmedByHead(key: string): boolean;
  /** Whether most of these link texts share a word with the article's headline (topic.ts). */
  onTopic(texts: readonly string[]): boolean;
  /** What the run's group says as a list (features.ts listFeature): the same for every run of the group. */
  listOf(group: Element): Feature;
}

/** What the run's items say, read only when the box can still win. */
export interface ItemReadings {
  /** Per item: its headline link leads it (features.ts leadsItem). */
  leads: readonly boolean[];
  /** Per item: its markup (features.ts markupOf). */
  markups: readonly string[];
  prose: Feature;
}

/** What readLeads reads of a run's items. */
export type Leads = Pick<ItemReadings, 'leads' | 'prose'>;
/** A run's link and the item it heads. */
type ItemLink = RunLink & { item: Element };

type ItemFeatures = Partial<Pick<Features, 'navShare' | 'sameSite' | 'headline' | 'prose' | 'repeated'>>;

/**
 * The best the items can say: every item led by a headline, one markup; no penalty from site, navigation
 * or prose (those features only take away).
 */
const BEST_ITEMS: ItemFeatures = {
  headline: { value: 1, note: 'at best every item led by a headline link' },
  repeated: { value: 1, note: 'at best repeated teaser structure' },
};

/**
 * A list that says nothing of itself (no related label, no related class words, no previous / next link) and whose
 * headlines are mostly on other topics than the article's is one of the site's teaser lists ("Features", "Recent
 * Slide Shows", a column of picks beside the article): on the labelled pages such lists are allowed, never expected.
 * Its shape alone (after the article, headlines, one markup) no longer lists it.
 */
const SILENT: Feature = { value: 1, note: 'nothing says it is related, its stories are on other topics' };

/** The best a label can say: the upper bound of a run's score before its label is read. */
const RELATED_LABEL: Feature = { value: 1, note: 'a related label' };

export interface RunBox {
  /** The score when the box decides it alone (it cannot win whatever its items say); else null. */
  decided: Scored | null;
  /** The score with what the items say (when `decided` is null). */
  withItems(readings: ItemReadings): Scored;
}

/** The box part of a run's score: its label read only when a related label could lift it above zero. */
export function judgeRunBox(
  context: RunContext,
  group: Element,
  items: readonly Element[],
  links: readonly RunLink[],
  known?: Leads,
): RunBox {
  const { index } = context;
  const kind = `list of ${items.length}`;
  let sequence: Feature | undefined;
  for (const link of links) {
    const feature = context.sequenceOf(link);
    if (feature.value) {
      sequence = feature;
      break;
    }
  }
  const hint = hintFeature(index, items[0]!, links[0]!.anchor, links[0]!.rel);
  let silent: Feature | undefined;
  const size = sizeFeature(items.length, () => context.listOf(group));
  const features = (label: Feature | undefined, toldRelated: boolean, itemFeatures: ItemFeatures): Features => ({
    label,
    silent,
    sequence,
    // A pager's or a menu's class words do not veto links that say they are the previous / next post,
    // nor a list whose visible label says it is related (the reader reads the label, not the class).
    hint: (sequence || (label?.value ?? 0) > 0) && hint.value < 0 && hint.value > -3 ? undefined : hint,
    position: positionFeature(index, group, toldRelated),
    navigation: toldRelated ? undefined : navigationFeature(index, group),
    navShare: toldRelated ? undefined : itemFeatures.navShare,
    sameSite: itemFeatures.sameSite,
    headline: itemFeatures.headline,
    prose: itemFeatures.prose,
    repeated: itemFeatures.repeated,
    size,
  });
  const inFull = links.some((link) => context.confirmedByHead(link.key));
  const undecided = (label: Feature, toldRelated: boolean): RunBox => ({
    decided: null,
    withItems: (readings) => {
      const scored = scoreOf(RUN_WEIGHTS, features(label, toldRelated, itemFeatures(readings)), kind);
      return label.value > 0 ? { ...scored, labelled: true } : scored;
    },
  });
  const itemFeatures = (readings: ItemReadings): ItemFeatures => ({
    navShare: navShareFeature(
      links.map((link) => link.key),
      (key) => context.inNavigationElsewhere(key, group),
    ),
    sameSite: sameSiteFeature(links.map((link) => context.isSameSite(link.key))),
    headline: headlineFeature(readings.leads),
    prose: readings.prose,
    repeated: repeatedFeature(readings.markups),
  });
  // The best the items can say, with what they say when read already (`known`).
  const best = known ? { ...BEST_ITEMS, headline: headlineFeature(known.leads), prose: known.prose } : BEST_ITEMS;
  // The label is the costly box feature: not read when even a related label (and all that it waives) with the best
  // items leaves the score at 0 or below.
  if (!inFull) {
    const bound = scoreOf(RUN_WEIGHTS, features(RELATED_LABEL, true, best), kind);
    if (bound.score <= 0) return { decided: unlifted(bound, 'no label'), withItems: () => unlifted(bound, 'no label') };
  }
  const label = labelFeature(index, group, items[0]!);
  const toldRelated = label.value > 0 || hint.value > 0 || !!sequence;
  if (!inFull) {
    // What the box says with its label, and the best its items could add: at 0 or below, the items are not read.
    let bound = scoreOf(RUN_WEIGHTS, features(label, toldRelated, best), kind);
    // The topic is read only for a list that could win and that nothing else speaks for.
    if (bound.score > 0 && !toldRelated && !context.onTopic(links.map((link) => link.text))) {
      silent = SILENT;
      bound = scoreOf(RUN_WEIGHTS, features(label, toldRelated, best), kind);
    }
    if (bound.score <= 0) return { decided: unlifted(bound, 'no items'), withItems: () => unlifted(bound, 'no items') };
  }
  return undecided(label, toldRelated);
}

/** A candidate scored by its upper bound, which is at 0 or below (its `why` is written when asked). */
export function unlifted(bound: Scored, what: string): Scored {
  return {
    score: bound.score - 1,
    get why() {
      return `${bound.why} (${what} could lift it)`;
    },
  };
}

/** Whether the navigation landmarks that link to `key` hold something else than `group`. */
export function navigationElsewhere(navKeys: ReadonlyMap<string, Element[]>, key: string, group: Element): boolean {
  return (navKeys.get(key) ?? []).some((nav) => !contains(nav, group));
}

/** The addresses the page's navigation landmarks link to, each with those landmarks (read once, with pauses). */
export function* navigationKeys(
  index: PageIndex,
  pauses: Pauses,
  links: readonly { anchor: Element; key: string }[],
): Steps<Map<string, Element[]>> {
  const keys = new Map<string, Element[]>();
  for (const link of links) {
    if (pauses.afterLink()) yield;
    const nav = index.navigation(link.anchor);
    if (nav) keys.set(link.key, [...(keys.get(link.key) ?? []), nav]);
  }
  return keys;
}

/** What a run's items say that can decide it before its label (leadsItem, proseFeature), read with pauses. */
export function* readLeads(index: PageIndex, pauses: Pauses, links: readonly ItemLink[]): Steps<Leads> {
  const leads: boolean[] = [];
  for (const link of links) {
    if (pauses.afterLink()) yield;
    leads.push(leadsItem(link.item, link.anchor, link.text));
  }
  const items = links.map((link) => link.item);
  return { leads, prose: proseFeature(yield* itemsTextSteps(index, items, () => pauses.afterNode())) };
}

/** All that a run's items say (`known`: what readLeads read of them already). */
export function* readItems(
  index: PageIndex,
  pauses: Pauses,
  links: readonly ItemLink[],
  known?: Leads,
): Steps<ItemReadings> {
  const { leads, prose } = known ?? (yield* readLeads(index, pauses, links));
  return { leads, prose, markups: links.map((link) => markupOf(link.item)) };
}

/**
 * The runs of items among their parent's children: a child with more text than a label (prose) ends a run.
 * `items`: siblings in document order. Only the children from the first item to the last are read (others join none).
 */
export function* runsOf(index: PageIndex, pauses: Pauses, items: ReadonlySet<Element>): Steps<Element[][]> {
  const runs: Element[][] = [];
  let current: Element[] = [];
  let left = items.size;
  for (let child = items.values().next().value ?? null; child && left; child = nextElementSibling(child)) {
    if (pauses.afterNode()) yield;
    if (items.has(child)) {
      current.push(child);
      left--;
    } else if (current.length && index.factsUpTo(child, MAX_LABEL_CHARS).text > MAX_LABEL_CHARS) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}
