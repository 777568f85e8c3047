/**
 * A list that nothing says is related (no related label, no related class words, no previous / next link) is listed
 * only when its stories are on the article's topic (src/core/detect/related/topic.ts, run-score.ts SILENT): a column
 * of the site's picks headed "Features" beside a story (zyte c7e39ac4) is not related to it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';
import { topicReader } from '../../src/core/detect/related/topic';

const PAGE_URL = 'https://news.example.org/world/sweden-drops-assange-investigation';
const HEADLINE = 'Sweden drops Assange rape investigation';
const PROSE =
  'Prosecutors in Sweden have dropped an investigation into a rape allegation made against the Wikileaks co-founder, who denies the accusation.';
const ARTICLE = `<article><h1>${HEADLINE}</h1><div class="story"><p>${PROSE}</p><p>${PROSE}</p></div></article>`;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '-');
/** A list of teasers after the article under `label`, one per headline. */
const list = (label: string, headlines: string[]) =>
  `<div><h2>${label}</h2><ul>${headlines
    .map((text, i) => `<li class="teaser"><a href="/news/world/${slug(text)}-${i}">${text}</a></li>`)
    .join('')}</ul></div>`;
const OTHER_TOPICS = [
  'How a vote in Ethiopia could test Nobel prize winner',
  'Meet the women on a mission to clear landmines',
  'Why do billions of people still not have glasses?',
];
const ON_TOPIC = [
  'Julian Assange dragged from Ecuadorean embassy',
  'Assange: Why is the Wikileaks co-founder a wanted man?',
  'Why do billions of people still not have glasses?',
];

function urlsOf(body: string, headline?: string): string[] {
  const doc = parseHTML(`<!DOCTYPE html><html><body>${ARTICLE}${body}</body></html>`).document as unknown as Document;
  const articleRoots = [...doc.querySelectorAll('.story')];
  return findRelatedStories(doc, { baseUrl: PAGE_URL, pageUrl: PAGE_URL, articleRoots, headline }).map((s) => s.url);
}

describe('a list nothing says is related', () => {
  it('is not listed when its stories are on other topics than the headline ("Features" beside the story)', () => {
    expect(urlsOf(list('Features', OTHER_TOPICS), HEADLINE)).toEqual([]);
    expect(urlsOf(`<div><ul>${list('', OTHER_TOPICS)}</ul></div>`, HEADLINE)).toEqual([]);
  });

  it('is listed when most of its stories share a word with the headline', () => {
    expect(urlsOf(list('Features', ON_TOPIC), HEADLINE)).toHaveLength(3);
  });

  it('is listed as before when the headline is not known', () => {
    expect(urlsOf(list('Features', OTHER_TOPICS))).toHaveLength(3);
  });

  it('leaves a list whose label says it is related to its label, whatever its topics', () => {
    expect(urlsOf(list('More on this story', OTHER_TOPICS), HEADLINE)).toHaveLength(3);
  });
});

describe('topicReader', () => {
  it('compares stems, leaves function words out, and pairs of characters where words are not spaced', () => {
    const onTopic = topicReader('Die Regierung plant ein neues Gesetz');
    expect(onTopic(['Regierungen streiten über Steuern', 'Wetter: Sonne am Wochenende'])).toBe(true);
    expect(onTopic(['Die Bahn und ein Streik', 'Wetter: Sonne am Wochenende'])).toBe(false);
    expect(topicReader('河北各市巡演结束')(['河北启动文化遗产日活动'])).toBe(true);
    expect(topicReader('')(['Anything at all'])).toBe(true);
  });
});
