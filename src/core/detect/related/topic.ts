/**
 * Whether a list's stories are on the article's topic: a reader calls a list related when its headlines speak of
 * what the article's headline speaks of ("Julian Assange dragged from embassy" under "Sweden drops Assange rape
 * investigation"); a column of the site's picks spreads over other topics (Ethiopia's vote, landmines, glasses).
 * Words are compared as the key points compare sentences (../key-points/rank.ts TermIndex: function words left out,
 * words cut to a stem, pairs of characters in scripts written without spaces).
 */
import { TermIndex } from '../key-points/rank';
import { readSentenceWords } from '../key-points/sentence-words';

/** A list is on the topic when at least this share of its headlines shares a term with the article's headline. */
const MIN_ON_TOPIC_SHARE = 0.5;

/**
 * A reader of lists' topics against `headline` (the article's title): true when most of a list's link texts share a
 * term with it, or when the headline has no term to compare (then nothing is known).
 */
export function topicReader(headline: string | undefined): (texts: readonly string[]) => boolean {
  const terms = new TermIndex();
  let own: Set<number> | undefined;
  return (texts) => {
    own ??= new Set(readSentenceWords(headline ?? '', terms).termIds);
    if (!own.size) return true;
    const known = own;
    const onTopic = texts.filter((text) => readSentenceWords(text, terms).termIds!.some((id) => known.has(id)));
    return onTopic.length >= texts.length * MIN_ON_TOPIC_SHARE;
  };
}
