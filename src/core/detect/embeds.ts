/**
 * Embedded content inside an article: a video or audio player (kept, with the block around it), and a copy of a post
 * or a video that the page holds back until the reader consents, whose placeholder box is no story.
 */
import { tagOf } from '../dom';
import { attributeValues, firstChild, hasAttr, isText, nodeValue } from '../read/dom';
import { isHiddenElement } from '../read/visibility';
import { literalAlternation, type PatternGroup } from './vocabulary/patterns';
import videoEmbeds from './vocabulary/video-embeds.json';

/** Embeds from the hosts of `groups` (vocabulary/video-embeds.json): their address after '//' and a 'www.' or not. */
export const embedHosts = (groups: readonly PatternGroup[]): RegExp =>
  new RegExp(`//(www\\.)?(${literalAlternation(groups)})`, 'i');

/** Embeds from these hosts are article media (videos, songs, podcasts), kept. */
export const VIDEO_EMBED = embedHosts(videoEmbeds.hosts);

/**
 * A box around a held-back copy stands in for the content: its heading, privacy note and button ("Twitter
 * freischalten", "Wir respektieren deine Privatsphäre …") are no story. Such a note is a few lines: at most this many
 * characters (a part of the story with a copy inside says more).
 */
export const HELD_BACK_BOX_MAX_CHARS = 500;

/**
 * A hidden <textarea> whose text is markup ("<blockquote class=…>"): a copy of content held back, not a form's
 * field (a form's is empty or plain text). Asked only of elements the walk skipped as hidden.
 */
export function isHeldBackCopy(element: Element): boolean {
  const text = firstChild(element);
  return !!text && isText(text) && nodeValue(text).trimStart().startsWith('<');
}

/**
 * A video player a reader would watch: a video host's <iframe>, or a <video> with controls (one without is a looping
 * background). Shown by the reader as a link; hidden ones are no player.
 */
export function isVideoPlayer(element: Element, tag: string): boolean {
  if (tag === 'iframe') return isVideoEmbed(element) && !isHiddenElement(element);
  return tag === 'video' && hasAttr(element, 'controls') && !isHiddenElement(element);
}

/** An iframe, embed or object of a video host (vocabulary/video-embeds.json). */
export function isVideoEmbed(element: Element): boolean {
  for (const value of attributeValues(element)) if (VIDEO_EMBED.test(value)) return true;
  return tagOf(element) === 'object' && VIDEO_EMBED.test(element.innerHTML);
}
