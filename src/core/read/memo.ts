/**
 * A function's answers kept, each key's asked once: for a rule that asks the same element or text again and again
 * within one analysis (the caller makes one per analysis, so nothing outlives it).
 */
export function memoized<K, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = compute(key);
      answers.set(key, answer);
    }
    return answer as V;
  };
}
