// How findings colour cells and report fields: the strongest finding wins; 已核实 warnings colour nothing.
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
