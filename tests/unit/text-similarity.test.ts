/** textSimilarity (src/core/text.ts): one implementation, words read in any script or as Readability reads them. */
import { describe, expect, it } from 'vitest';
import { textSimilarity as titleSimilarity } from '../../src/core/detect/metadata/text';
import { textSimilarity } from '../../src/core/text';

describe('textSimilarity', () => {
  it("is the share of the second text's characters in words the first has", () => {
    expect(textSimilarity('The harbour plan', 'the Harbour plan')).toBe(1);
    expect(textSimilarity('harbour plan', 'harbour vote')).toBeCloseTo(1 - 4 / 12);
    expect(textSimilarity('', 'harbour')).toBe(0);
  });

  it('reads words in any script; the title rule reads ASCII words, as Readability does', () => {
    expect(textSimilarity('Über den Hafen', 'über den hafen')).toBe(1);
    expect(titleSimilarity('Über den Hafen', 'über den hafen')).toBe(1);
    expect(textSimilarity('Гавань план', 'гавань план')).toBe(1);
    expect(titleSimilarity('Гавань план', 'гавань план')).toBe(0);
    expect(titleSimilarity('Gare à Paris', 'gare a paris')).toBeCloseTo(1 - 1 / 12);
    // One implementation: the title rule's is the shared one, words separated as it asks.
    expect(textSimilarity('Гавань план', 'гавань план', /\W+/)).toBe(0);
  });
});
