/**
 * Text shown to screen readers only, told by its class (./vocabulary/screen-reader-classes.json): moved off the screen
 * or clipped to nothing, no reader of the page sees it.
 */
import { attr, parentElement, textContent } from '../read/dom';
import { HEADING_TAGS, tagOf } from '../read/tags';
import { linkNotes, names } from './vocabulary/screen-reader-classes.json';

/** One of the vocabulary's class names, whole. */
export const SCREEN_READER_CLASS = new RegExp(`(?:^|\\s)(?:${names.join('|')})(?:\\s|$)`);

/** Whether an element is for screen readers only, by its class. */
export function isScreenReaderOnly(element: Element): boolean {
  return SCREEN_READER_CLASS.test(attr(element, 'class') ?? '');
}

const LINK_NOTES: ReadonlySet<string> = new Set(linkNotes);
/** Brackets and spaces around a link's note ("(opens in new window)"). */
const NOTE_MARKS = /^[\s([]+|[\s)\]]+$/g;

/** Whether an element inside a link only says what the link does ("Opens a new window"), for a screen reader. */
export function isLinkNote(element: Element): boolean {
  const parent = parentElement(element);
  return (
    !!parent && tagOf(parent) === 'a' && LINK_NOTES.has(textContent(element).replace(NOTE_MARKS, '').toLowerCase())
  );
}

/**
 * Text for screen readers alone, no word or section a reader sees: a heading that names a region of the page for them
 * (`classed`: the element has a class to tell), or a link's note drawn as an icon ("said<span …>Opens a new window").
 */
export function isScreenReaderText(element: Element, tag: string, classed: boolean): boolean {
  return (HEADING_TAGS.has(tag) && classed && isScreenReaderOnly(element)) || (tag === 'span' && isLinkNote(element));
}
