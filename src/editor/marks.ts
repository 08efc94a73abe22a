// How findings colour cells and report fields: the strongest finding wins; 已核实 warnings colour nothing.
import { computed, type ReadonlySignal } from '@preact/signals';
import type { FieldRef, Finding } from '../checks';
import { isConfirmed } from '../checks/finding-key';
import type { Report } from '../model';

export type Mark = 'error' | 'warning' | 'empty';

export function cellMarksOf(findings: readonly Finding[], confirmed: Report['confirmations']): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const f of findings) {
    if (isConfirmed(f, confirmed)) continue; // 已核实: settled, no longer highlighted
    const mark: Mark = f.severity === 'error' ? 'error' : f.rule === 'C-R7' ? 'empty' : 'warning';
    for (const key of f.cells) marks.set(key, stronger(marks.get(key), mark));
  }
  return marks;
}

export function fieldMarksOf(findings: readonly Finding[], confirmed: Report['confirmations']): Map<FieldRef, Mark> {
  const marks = new Map<FieldRef, Mark>();
  for (const f of findings) {
    if (isConfirmed(f, confirmed)) continue;
    for (const field of f.fields ?? []) marks.set(field, stronger(marks.get(field), f.severity));
  }
  return marks;
}

function stronger(a: Mark | undefined, b: Mark): Mark {
  const rank = { empty: 0, warning: 1, error: 2 } as const;
  return a === undefined || rank[b] > rank[a] ? b : a;
}

/**
 * A computed map that keeps its previous object while its entries stay the same: a re-check that changes nothing
 * for the facts form (most keystrokes) then does not re-render it.
 */
export function sameMapComputed<K, V>(compute: () => Map<K, V>): ReadonlySignal<Map<K, V>> {
  let last: Map<K, V> | null = null;
  return computed(() => {
    const next = compute();
    const prev = last;
    if (prev && prev.size === next.size && [...next].every(([k, v]) => prev.get(k) === v)) return prev;
    last = next;
    return next;
  });
}
