// Computed totals of a report: each total is the exact sum of its parts, blanks counting as 0
// (rule C-R7 reports the blanks separately).
import type { FormatDef, ValueCellDef } from '../formats';
import { sumDecimals } from './decimal';

export type CellValues = Readonly<Record<string, string>>;

/** Value of every cell (inputs as stored, totals computed) by key; '' where a total has only blank parts. */
export function computeAll(format: FormatDef, values: CellValues): Record<string, string> {
  const out: Record<string, string> = {};
  const resolve = (cell: ValueCellDef): string => {
    const known = out[cell.key];
    if (known !== undefined) return known;
    let value: string;
    if (cell.kind !== 'total') value = values[cell.key] ?? '';
    else {
      const parts = cell.parts!.map((k) => resolve(format.cellsByKey.get(k)!)).filter((v) => v !== '' && isNumeric(v));
      value = parts.length === 0 ? '' : sumDecimals(parts);
    }
    out[cell.key] = value;
    return value;
  };
  for (const cell of format.cellsByKey.values()) resolve(cell);
  return out;
}

export function isNumeric(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value);
}

/** Numeric value of a stored count/total for arithmetic checks; blank and invalid count as 0. */
export function countOf(value: string | undefined): number {
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : 0;
}
