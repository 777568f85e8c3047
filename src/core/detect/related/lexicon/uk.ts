import type { LexiconEntry } from './types';

/** Ukrainian. */
export const uk: readonly LexiconEntry[] = [
  ['related', 'читайте також', '"read also"'],
  ['related', 'схожі', '"similar"'],
  ['related', 'по темі', '"on the topic"'],
  ['related', 'більше новин', '"more news"'],
  ['related', 'вам може сподобатися', '"you may like"'],
  ['related', 'вам також може сподобатися', '"you may also like"'],
  ['related', 'вас може зацікавити', '"may interest you"'],
  ['related', 'вас також може зацікавити', '"may also interest you"'],
  ['related', 'вам може бути цікаво', '"may interest you"'],
  ['related', 'рекомендуємо', '"we recommend"'],
];
