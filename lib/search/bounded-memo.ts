/**
 * Memoises a pure function of one string, keeping at most `max` answers (the oldest go first).
 * For the per-keystroke work that depends only on the query text (Chinese conversion, snippet patterns):
 * people retype and refine the same few queries, and the bound keeps odd input from growing memory.
 */
export function memoizeBounded<T>({ compute, max = 1000 }: { compute: (key: string) => T; max?: number }): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as T;
    const value = compute(key);
    if (answers.size >= max) answers.delete(answers.keys().next().value!);
    answers.set(key, value);
    return value;
  };
}
