/**
 * Text shown to screen readers only, told by its class (./vocabulary/screen-reader-classes.json): moved off the screen
 * or clipped to nothing, no reader of the page sees it.
 */
import { attr } from '../read/dom';
import { names } from './vocabulary/screen-reader-classes.json';

/** One of the vocabulary's class names, whole. */
export const SCREEN_READER_CLASS = new RegExp(`(?:^|\\s)(?:${names.join('|')})(?:\\s|$)`);

/** Whether an element is for screen readers only, by its class. */
export function isScreenReaderOnly(element: Element): boolean {
  return SCREEN_READER_CLASS.test(attr(element, 'class') ?? '');
}
