// The `.at` polyfill pdf.js's legacy build needs on Chromium 87: behaves like the built-in (negative indexes,
// out of range, strings, typed arrays), and is installed only where missing, not enumerable.
import { expect, it } from 'vitest';
import { AT_POLYFILL_MARK, at, installAt } from '../../src/import/pdf/at-polyfill';

it('works like the built-in on arrays, strings and typed arrays', () => {
  for (const list of [[1, 2, 3], '年报表', new Uint8Array([5, 6, 7]), new Float64Array([1.5, 2.5, 3.5])] as ArrayLike<unknown>[]) {
    for (const i of [-4, -3, -1, 0, 1, 1.7, -1.2, 2, 3, Number.NaN])
      expect(at.call(list, i), `${String(list)} at ${i}`).toBe((list as unknown as { at(i: number): unknown }).at(i));
  }
});

it('is added only where missing, not enumerable; the marker for check:es is set', () => {
  const missing: Record<string, unknown> = {};
  const own = () => 'own';
  const present = { at: own };
  installAt([missing, present]);
  expect(missing.at).toBe(at);
  expect(Object.keys(missing)).toEqual([]);
  expect(present.at).toBe(own);
  expect((globalThis as Record<string, unknown>)[AT_POLYFILL_MARK]).toBe(true);
  expect(Array.prototype.at).not.toBe(at); // this runtime has its own
});
