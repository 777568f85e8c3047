/**
 * Names that mark page furniture (menus, ads, comments, share bars, footers) or content.
 * The patterns follow Readability.js, whose judgement is the baseline we are scored against,
 * with additions of our own where noted.
 */
import { attr, classAndId, hasNearAncestorTag } from '../dom';
import { querySelector, textContent } from '../read/dom';
import { collapsedLength } from '../text';
import consentNames from './vocabulary/consent-names.json';
import overlayNames from './vocabulary/overlay-names.json';
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
/** The negative name word of a picture's own box ("media-container" around the story's photo: simplyfound-1). */
const MEDIA_WORD = /media/gi;
/** What makes a picture's box another thing: a player (its still, its script) or a link (a promo's picture). */
const NOT_PICTURE_BOX = 'video, script, [href]';
const LINK_TAG = new Set(['a']);
/** A link this many levels above the box or closer makes its picture a teaser's ("<a><figure class=media>"). */
const TEASER_LINK_LEVELS = 3;
/**
 * A box (holding one picture and no text) named negative only for the word "media", with no player or link in it or
 * around it: the story's picture's box, not furniture. Readability drops it with the other negative names.
 */
export const isPictureBox = (box: Element, names: string): boolean =>
  !NEGATIVE_NAME.test(names.replace(MEDIA_WORD, '')) &&
  !querySelector(box, NOT_PICTURE_BOX) &&
  !hasNearAncestorTag(box, LINK_TAG, TEASER_LINK_LEVELS);
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

/** class/id words of a box opened over the page (./vocabulary/overlay-names.json). */
const OVERLAY_NAME = new RegExp(alternation(overlayNames.names), 'i');
/**
 * A dialog is a heading, a form and a line or two of terms: a box so named that holds more text than this is
 * something else (a page wrapped in a "modal-container", an article opened as a pop-up).
 */
const FORM_OVERLAY_MAX_CHARS = 1000;

/** A dialog or modal that holds a form, by its class + " " + id (read already): never the article. */
export function isFormOverlay(element: Element, names: string): boolean {
  return (
    OVERLAY_NAME.test(names) &&
    // Unless the name says it holds the page (Drupal wraps every page in a "dialog-off-canvas-main-canvas").
    !MAYBE_CANDIDATE.test(names) &&
    querySelector(element, 'form') !== null &&
    collapsedLength(textContent(element)) <= FORM_OVERLAY_MAX_CHARS
  );
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
