/**
 * A credit line's label (src/core/detect/furniture-text.ts isCreditLine): each line is tried only against the labels
 * that open with its first character (s32-speed); every label of the vocabulary is still found, at a line's start only.
 */
import { describe, expect, it } from 'vitest';
import credits from '../../src/core/detect/vocabulary/credits.json';
import { isCreditLine } from '../../src/core/detect/furniture-text';

describe('credit labels by their first character', () => {
  it('finds every label of the vocabulary, in any case, before its separator', () => {
    for (const label of credits.labels) {
      expect(isCreditLine(`${label}: Jane Doe`), label).toBe(true);
      expect(isCreditLine(`${label.toUpperCase()} by Jane Doe`), label).toBe(true);
      expect(isCreditLine(`— ${label}: Jane Doe`), label).toBe(true);
    }
  });

  it('finds none inside a line, nor in an empty one', () => {
    for (const label of credits.labels) expect(isCreditLine(`Our ${label}: Jane Doe`), label).toBe(false);
    expect(isCreditLine('')).toBe(false);
    expect(isCreditLine('   ')).toBe(false);
  });
});
