// Text-derived figures (character counts, bigram profiles) are cached per text: runChecks runs on
// every edit, and most edits touch a cell, not the texts. A few entries cover this year and last year.
const LIMIT = 8;

export function memoText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(text, v);
    }
    return v;
  };
}

export interface Bigrams {
  counts: Map<number, number>;
  size: number;
}

/** Character bigrams (UTF-16 code-unit pairs), white space ignored. */
export const bigramsOf = memoText((text: string): Bigrams => {
  const counts = new Map<number, number>();
  let prev = -1;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0) continue;
    if (prev >= 0) {
      const k = prev * 65536 + c;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      size++;
    }
    prev = c;
  }
  return { counts, size };
});

/** Dice coefficient of two bigram multisets: 2|A∩B| / (|A| + |B|). */
export function dice(a: Bigrams, b: Bigrams): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [k, n] of small.counts) {
    const m = large.counts.get(k);
    if (m !== undefined) common += Math.min(n, m);
  }
  return (2 * common) / (a.size + b.size);
}
