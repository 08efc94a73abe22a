// Array/String/TypedArray.prototype.at (Chrome 92) for pdf.js's legacy build, which core-js-polyfills most newer
// APIs but not these. Imported before pdf.js on the page (read-pdf.ts) and in its worker (pdf.worker.ts).
// The marker is how scripts/check-es.mjs knows the `.at(` calls in those chunks are covered.
export const AT_POLYFILL_MARK = '__nianbaoAtPolyfill';

export function at(this: ArrayLike<unknown> | string, index: number): unknown {
  const list = typeof this === 'string' ? this : Object(this);
  const length = list.length >>> 0;
  let k = Math.trunc(Number(index)) || 0;
  if (k < 0) k += length;
  return k < 0 || k >= length ? undefined : list[k];
}

/** Adds `at` (not enumerable, like the built-in) to the prototypes that lack it. */
export function installAt(prototypes: object[]): void {
  for (const proto of prototypes)
    if (!('at' in proto)) Object.defineProperty(proto, 'at', { value: at, writable: true, configurable: true, enumerable: false });
}

installAt([Array.prototype, String.prototype, Object.getPrototypeOf(Int8Array.prototype) as object]);
(globalThis as Record<string, unknown>)[AT_POLYFILL_MARK] = true;
