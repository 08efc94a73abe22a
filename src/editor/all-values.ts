// Every cell's shown value (inputs as stored, totals computed), kept per values object: a paste sums the table to
// compare the totals it carried, and the editor then shows that very object without summing it again.
import type { FormatDef } from '../formats';
import { computeAll, type Report } from '../model';

const cache = new WeakMap<Report['values'], { format: FormatDef; all: Record<string, string> }>();

export function allValues(format: FormatDef, values: Report['values']): Record<string, string> {
  const hit = cache.get(values);
  if (hit && hit.format === format) return hit.all;
  const all = computeAll(format, values);
  cache.set(values, { format, all });
  return all;
}
