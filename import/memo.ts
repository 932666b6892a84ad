/**
 * A remembered pure function of a string, up to a bound: the same names (a district, a bureau, a
 * programme) come back document after document, and script conversion or pinyin of a name costs
 * far more than a map lookup. Per process (each extraction worker has its own); the memory is
 * forgotten whole when the bound is reached, so it stays flat however large the corpus.
 */
export function memoByString<T>(fn: (s: string) => T, max = 100_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s: string) => {
    let value = seen.get(s);
    if (value === undefined) {
      if (seen.size >= max) seen.clear();
      value = fn(s);
      seen.set(s, value);
    }
    return value;
  };
}
