/**
 * The label lexicon: what the words heading a block or starting a line say about the links under it.
 * One file per language; each entry is [kind, phrase, why]. A phrase matches the start of a short,
 * lower-cased, whitespace-collapsed label (a Latin or Cyrillic word must end there); a phrase that
 * starts with "*" matches anywhere in the label (kept to unambiguous phrases: a label may start with
 * the site's name).
 */
export type LabelKind =
  /** Heads stories offered in connection with this article: related, read next, more on this. */
  | 'related'
  /** Previous / next post navigation. */
  | 'sequence'
  /** Only as a promo-line prefix followed by ":" ("Watch: …", "Previously: …"); as a block label it says nothing. */
  | 'promo'
  /** Site-wide lists (most read, latest, trending): allowed by the labelling rules but not asked for. */
  | 'sitewide'
  /** Sponsored, promoted, paid or "from around the web" widgets: never listed. */
  | 'sponsored'
  /** Page furniture: share, comments, tags, newsletter, about the author. */
  | 'furniture'
  /** Search queries ("Related searches", "Häufig gesucht"): a search box's suggestions or search ads, no stories. */
  | 'search'
  /** A "see all" link text that leads to a section page, never a story ("More in Milan", "View all"). */
  | 'seeall';

export type LexiconEntry = readonly [kind: LabelKind, phrase: string, why: string];
