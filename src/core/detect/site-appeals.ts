/**
 * The site's own lines at the end of an article's text, after its last paragraph: a call to subscribe ("Subscribe
 * now to our … edition"), to get its app, to donate, to follow its channel ("¡Mira lo que tiene nuestro canal de
 * YouTube!"), to write to its editors, or its rules for comments ("… não serão aprovados pelo moderador"). Only the
 * last lines are read; the words are data (vocabulary/site-appeals.json, and offers.json's subscription offers).
 */
import { hasOfferSignals, OFFER_MIN_SIGNALS } from './furniture-blocks';
import { isCallToAction, isCallToReader } from './furniture-text';
import appeals from './vocabulary/site-appeals.json';
import { escapeLiteral } from './vocabulary/patterns';

/** The words where a word starts (`whole`: and ends), case aside. */
const wordsPattern = (words: readonly string[], whole?: boolean): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeLiteral).join('|')})${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'iu');
/** Offers and voices of the groups `keep` lets through. */
const wordsOf = <T extends { words: string[] }>(groups: readonly T[], keep: (group: T) => boolean): string[] =>
  groups.filter(keep).flatMap((group) => group.words);
/** An offer any voice may name ("letter to the editor"), and one only a line to the reader names ("donate"). */
const OFFER = wordsPattern(wordsOf(appeals.offers, (group) => !('readerOnly' in group)));
const READER_OFFER = wordsPattern(wordsOf(appeals.offers, (group) => 'readerOnly' in group));
const VOICE = wordsPattern(
  wordsOf(appeals.voices, () => true),
  true,
);
const READER_VOICE = wordsPattern(
  wordsOf(appeals.voices, (group) => group.who === 'reader'),
  true,
);
const PAIRS = appeals.pairs.map((pair) => ({
  words: wordsPattern(pair.words),
  with: wordsPattern(pair.with),
  voice: 'voice' in pair,
  long: 'long' in pair,
}));
/** A web address, a handle or a mail address names a channel without calling to it ("twitter.com/name", "@name"). */
const ADDRESS = /\S*[/@]\S*/g;

/** A call to action is one line: a longer paragraph that names an offer is text (as furniture-text.ts's). */
const APPEAL_MAX_CHARS = 200;
/**
 * A comment policy is a paragraph of legal text (laola1 0668's 635 characters: the site's right to delete comments,
 * the users' claims, its terms): a pair marked 'long' is read in a paragraph up to this long.
 */
const POLICY_MAX_CHARS = 800;
/** A line of this many words that names an offer is its box's label ("Newsletter"). */
const LABEL_MAX_WORDS = 3;
/**
 * The site's lines are a small part of a story; when the last ones are more than this share of the text
 * (characters), the page is the appeal itself (a "support us" page) and they stay.
 */
const APPEALS_MAX_SHARE = 0.25;

/**
 * A line of the site's own: an offer named by a line that speaks to the reader, an app to download, a comment rule (a
 * comment policy's paragraph too).
 */
export function isSiteAppeal(text: string): boolean {
  const long = text.length > APPEAL_MAX_CHARS;
  if (text.length > POLICY_MAX_CHARS) return false;
  const line = text.replace(ADDRESS, ' ');
  const voiced = VOICE.test(line);
  const paired = (pair: (typeof PAIRS)[number]) =>
    (pair.long || !long) && pair.words.test(line) && pair.with.test(line) && (voiced || !pair.voice);
  if (PAIRS.some(paired)) return true;
  if (long) return false;
  const call = () => isCallToAction(line) || line.trim().split(/\s+/).length <= LABEL_MAX_WORDS;
  if (READER_OFFER.test(line) && (READER_VOICE.test(line) || call())) return true;
  if (!OFFER.test(line) && !hasOfferSignals(line, 1)) return false;
  return voiced || call();
}

/**
 * How many of the paragraphs are the text: the site's lines at the end are left out (see APPEALS_MAX_SHARE), and so
 * is a closing call to the reader ("Like this story? Share it with a friend!"; a note on the article stays). Not
 * when the text holds an offer box's words: the box stage (outline-furniture.ts) needs its lines to take it whole.
 */
export function withoutSiteAppeals(paragraphs: readonly string[]): number {
  let end = paragraphs.length;
  let appealChars = 0;
  while (end > 1 && (isSiteAppeal(paragraphs[end - 1]!) || isCallToReader(paragraphs[end - 1]!)))
    appealChars += paragraphs[--end]!.length;
  if (end === paragraphs.length) return end;
  let chars = 0;
  for (const paragraph of paragraphs) chars += paragraph.length;
  return appealChars > APPEALS_MAX_SHARE * chars || hasOfferSignals(paragraphs.join('\n'), OFFER_MIN_SIGNALS)
    ? paragraphs.length
    : end;
}
