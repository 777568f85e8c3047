/** Deterministic pseudo-random texts for tests that check one reading against another on many inputs. */

/** A small linear congruential generator: the same numbers in [0, 1) for the same seed, on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** One of the items, at random. */
export const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** `count` texts of up to `maxLength - 1` pieces of the alphabet each. */
export function randomTexts(seed: number, alphabet: readonly string[], count: number, maxLength: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(next() * maxLength);
    for (let i = 0; i < length; i++) text += pick(next, alphabet);
    return text;
  });
}
