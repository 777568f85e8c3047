/**
 * The site's own lines at the end of an article's text, after its last paragraph: a call to subscribe ("Subscribe
 * now to our … edition"), to get its app, to donate, to follow its channel ("¡Mira lo que tiene nuestro canal de
 * YouTube!"), to write to its editors, or its rules for comments ("… não serão aprovados pelo moderador"). Only the
 * last lines are read; the words are data (vocabulary/site-appeals.json, and offers.json's subscription offers).
 */
import type { ParagraphSource } from './content';
import { HEADING_TAGS } from '../read/tags';
import { tagOf } from '../dom';
import { nameKey } from '../read/text';
import { hasOfferSignals, linesHoldOfferSignals, OFFER_MIN_SIGNALS } from './furniture-blocks';
import { isCallToAction, isCallToReader } from './furniture-text';
import appeals from './vocabulary/site-appeals.json';
import { wordStarts } from './vocabulary/word-starts';

/** Offers and voices of the groups `keep` lets through. */
const wordsOf = <T extends { words: string[] }>(groups: readonly T[], keep: (group: T) => boolean): string[] =>
  groups.filter(keep).flatMap((group) => group.words);
/** An offer any voice may name ("letter to the editor"), and one only a line to the reader names ("donate"). */
const OFFER = wordStarts(wordsOf(appeals.offers, (group) => !('readerOnly' in group)));
const READER_OFFER = wordStarts(wordsOf(appeals.offers, (group) => 'readerOnly' in group));
const VOICE = wordStarts(
  wordsOf(appeals.voices, () => true),
  true,
);
const READER_VOICE = wordStarts(
  wordsOf(appeals.voices, (group) => group.who === 'reader'),
  true,
);
const PAIRS = appeals.pairs.map((pair) => ({
  words: wordStarts(pair.words),
  with: wordStarts(pair.with),
  voice: 'voice' in pair,
  long: 'long' in pair,
}));
/** A paywall's notice that the story goes on for subscribers only. */
const PAYWALL = wordStarts(appeals.paywall.words);
/** A paywall's notice is a line or two ... */
const PAYWALL_NOTICE_MAX_CHARS = 300;
/** ... among the text's last lines: the notice and its offer after it (haitiantimes 0961: a notice and 8 lines). */
const PAYWALL_MAX_LINES = 15;
/** A web address, a handle or a mail address names a channel without calling to it ("twitter.com/name", "@name"). */
const ADDRESS = /\S*[/@]\S*/g;

/** A video's length alone ('8:09' under a player's 'Now playing: Watch this: …'): the player's label, no text. */
const PLAYER_TIME = /^\d{1,2}(?::\d\d){1,2}$/;
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
  const notice = paywallNotice(paragraphs);
  if (notice > 0) return notice;
  let end = paragraphs.length;
  let appealChars = 0;
  const closing = (line: string) => isSiteAppeal(line) || isCallToReader(line) || PLAYER_TIME.test(line);
  while (end > 1 && closing(paragraphs[end - 1]!)) appealChars += paragraphs[--end]!.length;
  if (end === paragraphs.length) return end;
  let chars = 0;
  for (const paragraph of paragraphs) chars += paragraph.length;
  return appealChars > APPEALS_MAX_SHARE * chars || linesHoldOfferSignals(paragraphs, OFFER_MIN_SIGNALS)
    ? paragraphs.length
    : end;
}

/**
 * Where a paywall's notice stands among the text's last lines ('To view the full story, please subscribe to …'), -1
 * when none does: it and the offer after it are the site's, however long the offer is beside the teaser it ends.
 */
function paywallNotice(paragraphs: readonly string[]): number {
  for (let i = Math.max(1, paragraphs.length - PAYWALL_MAX_LINES); i < paragraphs.length; i++) {
    const line = paragraphs[i]!;
    if (line.length <= PAYWALL_NOTICE_MAX_CHARS && PAYWALL.test(line) && (OFFER.test(line) || hasOfferSignals(line, 1)))
      return i;
  }
  return -1;
}

/** A section of the site's own at the text's end: a label and at most this many paragraphs under it. */
const SITE_SECTION_MAX_PARAGRAPHS = 3;
/** Its label is a heading's few words (as honest-items.ts DANGLING_LABEL_MAX_CHARS). */
const SITE_LABEL_MAX_CHARS = 60;
/** A site's name shorter than this (letters and digits) is met inside other words ('IGN' in 'sign'). */
const SITE_KEY_MIN_CHARS = 5;
/**
 * The section's share of the text (characters) up to which it is the site's: more than the lines' share, its label
 * naming the site tells more (energiehoch3 0981's pitch is a third of a short lexicon entry); a longer one is the page.
 */
const SITE_SECTION_MAX_SHARE = 0.4;
/** A heading's line, a label's few words: it heads what follows it. */
const isHeadingLine = (text: string, source: ParagraphSource | undefined): boolean =>
  text.length <= SITE_LABEL_MAX_CHARS && !!source?.element && HEADING_TAGS.has(tagOf(source.element));

/**
 * How many of the paragraphs are the text: a last section whose label names the site ("Gut versorgt mit energiehoch3",
 * "Unterstütze RosaMag …") and whose last paragraph speaks to the reader or as the site ("… versorgt Dich …, bei uns
 * …", "… kannst du unsere Arbeit unterstützen") is the site's own pitch, not the story's last section.
 */
export function withoutSiteSection(
  paragraphs: readonly string[],
  sources: readonly ParagraphSource[],
  siteName: string | null,
): number {
  const site = siteName ? nameKey(siteName) : '';
  const end = paragraphs.length;
  if (site.length < SITE_KEY_MIN_CHARS || end < 3 || !VOICE.test(paragraphs[end - 1]!.replace(ADDRESS, ' ')))
    return end;
  for (let label = end - 2; label >= Math.max(1, end - 1 - SITE_SECTION_MAX_PARAGRAPHS); label--) {
    const text = paragraphs[label]!;
    // A list's item is no label: a teaser list's title may name the site ('WIRED25: …').
    if (text.length > SITE_LABEL_MAX_CHARS || sources[label]?.kind === 'item' || !nameKey(text).includes(site))
      continue;
    // The text before speaking so too, the page is the site's own throughout (a firm's page of its services).
    if (VOICE.test(paragraphs[label - 1]!.replace(ADDRESS, ' '))) return end;
    let chars = 0;
    for (const paragraph of paragraphs) chars += paragraph.length;
    let section = 0;
    for (let i = label; i < end; i++) section += paragraphs[i]!.length;
    if (section > SITE_SECTION_MAX_SHARE * chars) return end;
    // Headings right before it head nothing once it goes ('#SupportYourLocal…' over rosa-mag 0774's pitch; an
    // author's name over a bio the body left out): they go with it, as a heading at the text's end does.
    while (label > 1 && isHeadingLine(paragraphs[label - 1]!, sources[label - 1])) label--;
    return label;
  }
  return end;
}
