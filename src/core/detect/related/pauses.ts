/**
 * When the related-stories stage pauses (../../steps.ts): after about NODES_PER_PAUSE nodes of work,
 * like the other long phases. A link (or an item, an entry) handled counts as NODES_PER_LINK nodes:
 * its candidates read a few dozen nodes around it (climbs, siblings, a short text). The page index's
 * subtree walks count the nodes they read; each element is measured once per analysis, so one walk
 * is at most the page once.
 */
import { NODES_PER_PAUSE } from '../../steps';
import type { PageIndex } from './page-index';

/** Nodes a link's candidates read, about: a link's climbs to its item and group, a few siblings and texts. */
const NODES_PER_LINK = 32;

export class Pauses {
  #links = 0;
  #nodes = 0;
  #due = NODES_PER_PAUSE;

  readonly #index: PageIndex;
  constructor(index: PageIndex) {
    this.#index = index;
  }

  /** Counts one link (or item, entry) handled; true when a pause is due. */
  afterLink(): boolean {
    this.#links++;
    return this.#isDue();
  }

  /** Counts one node read outside the page index's walks (a run's siblings); true when a pause is due. */
  afterNode(): boolean {
    this.#nodes++;
    return this.#isDue();
  }

  #isDue(): boolean {
    const work = this.#links * NODES_PER_LINK + this.#nodes + this.#index.nodesRead;
    if (work < this.#due) return false;
    this.#due = work + NODES_PER_PAUSE;
    return true;
  }
}
