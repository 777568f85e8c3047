/**
 * One score per candidate: a weighted sum of its features (see features.ts). A link is listed when
 * its best candidate scores above zero. The weights are few, chosen by evaluation on labelled pages
 * (scripts/related-eval.ts) and checked on pages not used to choose them (docs/quality.md).
 */
import type { Feature } from './features';

export const RUN_WEIGHTS: Record<string, number> = {
  /** A list of article links says nothing by itself: a label, a class or its place must speak for it. */
  bias: -2,
  label: 2.5,
  /** A list nothing speaks for (run-score.ts SILENT): its best shape after the article stays below zero. */
  silent: -1,
  hint: 2,
  sequence: 3,
  position: 1,
  navigation: 2,
  navShare: 2,
  sameSite: 4,
  headline: 1,
  prose: 3,
  repeated: 0.5,
  size: 2,
};

export const SINGLE_WEIGHTS: Record<string, number> = {
  /** One link between paragraphs is usually part of the text: its shape and words must speak for it. */
  bias: -3,
  prefix: 3,
  label: 3,
  hint: 2,
  sequence: 3,
  shape: 1.5,
  position: 1,
  neighbour: 1,
  /** A card in the text (features.ts cardFeature) says what a paragraph beside a line says. */
  card: 1,
  sameSite: 1,
  headline: 1,
  navigation: 2,
  /** The page's menu links to the same address: a site's own page (as for a list, RUN_WEIGHTS.navShare). */
  navShare: 2,
};

/** `<link rel="prev|next">` in the head, added to the score of a body link to the same post. */
export const HEAD_SEQUENCE_BONUS = 2;

export type Features = Record<string, Feature | undefined>;

export interface Scored {
  score: number;
  why: string;
  /** The block's visible label says it is related: a one-word link text in it is a story's title, not a tab. */
  labelled?: boolean;
}

export function scoreOf(weights: Readonly<Record<string, number>>, features: Features, kind: string): Scored {
  let score = weights.bias!;
  for (const name in features) {
    const value = features[name]?.value;
    if (value) score += weights[name]! * value;
  }
  // The explanation is written only when someone reads it (explain, trace): most candidates are never listed.
  return {
    score,
    get why() {
      return explain(weights, features, kind, score);
    },
  };
}

function explain(weights: Readonly<Record<string, number>>, features: Features, kind: string, score: number): string {
  const notes: string[] = [];
  for (const [name, feature] of Object.entries(features) as [string, Feature | undefined][]) {
    if (!feature) continue;
    if (!feature.value) {
      if (feature.note) notes.push(feature.note);
      continue;
    }
    const contribution = weights[name]! * feature.value;
    notes.push(`${feature.note} (${contribution >= 0 ? '+' : ''}${contribution.toFixed(1)})`);
  }
  return `${kind}: ${notes.join('; ')} → ${score.toFixed(1)}`;
}
