/**
 * Names that mark page furniture (menus, ads, comments, share bars, footers) or content.
 * The patterns follow Readability.js, whose judgement is the baseline we are scored against,
 * with additions of our own where noted.
 */
import { attr, classAndId } from '../dom';
import { textContent } from '../read/dom';
import { collapsedLength } from '../text';
import consentNames from './vocabulary/consent-names.json';
import { alternation } from './vocabulary/patterns';
import names from './vocabulary/readability-names.json';

/** class/id of blocks that are almost never the article (removed before scoring). */
export const UNLIKELY_CANDIDATE = new RegExp(alternation(names.unlikelyCandidates), 'i');
/** ...unless their name also says they hold content. */
export const MAYBE_CANDIDATE = new RegExp(alternation(names.maybeCandidate), 'i');
/** class/id words that make a block more likely to be the article. */
export const POSITIVE_NAME = new RegExp(alternation(names.positive), 'i');
/** class/id words that make a block less likely to be the article. */
export const NEGATIVE_NAME = new RegExp(alternation(names.negative), 'i');
/** Share bars inside the article, removed when short. */
export const SHARE_NAME = /(\b|_)(share|sharedaddy)(\b|_)/i;
/** ARIA roles of page furniture. */
export const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);
/** Blocks that are only an advertising label or a loading placeholder. */
export const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
export const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
/** Byline containers. */
export const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;

/** class/id words of a cookie or privacy consent notice (./vocabulary/consent-names.json). */
const CONSENT_NAME = new RegExp(alternation(consentNames.names), 'i');
/**
 * A consent notice is a few sentences and a button or two: a block so named that holds more text
 * than this is something else (a page about cookies, a wrapper around the whole page).
 */
const CONSENT_NOTICE_MAX_CHARS = 1000;

/** A cookie or privacy consent notice, by its class + " " + id (already read) and its length: never the article. */
export function isConsentNotice(element: Element, names: string): boolean {
  return CONSENT_NAME.test(names) && collapsedLength(textContent(element)) <= CONSENT_NOTICE_MAX_CHARS;
}

/** Weight a class or id name adds to a block's content score. */
export const NAME_WEIGHT = 25;

export function classWeight(element: Element): number {
  let weight = 0;
  const className = attr(element, 'class');
  if (className) {
    if (NEGATIVE_NAME.test(className)) weight -= NAME_WEIGHT;
    if (POSITIVE_NAME.test(className)) weight += NAME_WEIGHT;
  }
  const id = attr(element, 'id');
  if (id) {
    if (NEGATIVE_NAME.test(id)) weight -= NAME_WEIGHT;
    if (POSITIVE_NAME.test(id)) weight += NAME_WEIGHT;
  }
  return weight;
}

export function isUnlikelyByName(element: Element): boolean {
  return isUnlikelyName(classAndId(element));
}

/** isUnlikelyByName for an element's class + " " + id already read. */
export function isUnlikelyName(names: string): boolean {
  return UNLIKELY_CANDIDATE.test(names) && !MAYBE_CANDIDATE.test(names);
}
