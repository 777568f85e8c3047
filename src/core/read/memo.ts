/**
 * A function's answers kept, each key's asked once: for a rule that asks the same element or text again and again
 * within one analysis (the caller makes one per analysis, so nothing outlives it). A new key costs one lookup and
 * one store (an undefined answer is kept as NO_ANSWER, so a miss needs no `has`): the related stage asks one key per
 * link, and most of a long page's links are new keys.
 */
export function memoized<K, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V | typeof NO_ANSWER>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return (known === NO_ANSWER ? undefined : known) as V;
    const answer = compute(key);
    answers.set(key, answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}

/** An undefined answer, kept. */
const NO_ANSWER: unique symbol = Symbol('no answer');
