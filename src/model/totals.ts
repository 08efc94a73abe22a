// Computed totals of a report: each total is the exact sum of its parts, blanks counting as 0
// (rule C-R7 reports the blanks separately).
import type { FormatDef, ValueCellDef } from '../formats';
import { sumDecimals } from './decimal';

export type CellValues = Readonly<Record<string, string>>;

/** Cells of a format as indexes: totals in an order where every part comes before its total. */
interface Plan extends CellLayout {
  keys: string[];
  inputs: number[];
  totals: { index: number; parts: number[] }[];
  // Scratch for computeValues, reused: a typed array per call cost more than the sums (it runs on every edit).
  nums: Float64Array;
  kinds: Uint8Array;
}

/** Where each cell sits in computeValues' result. */
export interface CellLayout {
  position: ReadonlyMap<string, number>;
}

// Built once per format: runChecks and the editor recompute every total on each edit.
const plans = new WeakMap<FormatDef, Plan>();

function planOf(format: FormatDef): Plan {
  let plan = plans.get(format);
  if (plan) return plan;
  const keys = [...format.cellsByKey.keys()];
  const position = new Map(keys.map((k, i) => [k, i]));
  const inputs: number[] = [];
  const totals: Plan['totals'] = [];
  const placed = new Set<string>();
  const place = (cell: ValueCellDef): void => {
    if (placed.has(cell.key)) return;
    placed.add(cell.key);
    if (cell.kind !== 'total') {
      inputs.push(position.get(cell.key)!);
      return;
    }
    for (const k of cell.parts!) place(format.cellsByKey.get(k)!);
    totals.push({ index: position.get(cell.key)!, parts: cell.parts!.map((k) => position.get(k)!) });
  };
  for (const cell of format.cellsByKey.values()) place(cell);
  plan = {
    keys,
    inputs,
    totals,
    position,
    nums: new Float64Array(keys.length),
    kinds: new Uint8Array(keys.length),
  };
  plans.set(format, plan);
  return plan;
}

export function cellLayout(format: FormatDef): CellLayout {
  return planOf(format);
}

/** Value of every cell (inputs as stored, totals computed) by key; '' where a total has only blank parts. */
export function computeAll(format: FormatDef, values: CellValues): Record<string, string> {
  const vals = computeValues(format, values);
  const keys = planOf(format).keys;
  const out: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = vals[i]!;
  return out;
}

// What a cell holds, for summing: blank, an integer within 12 digits (summed as a number), another number
// (summed as exact decimals), or something that is not a number (left out of the sum).
const SMALL = 1,
  DECIMAL = 2,
  INVALID = 3; // 0: blank

/**
 * Every cell's value at its cellLayout position: inputs as stored ('' when blank), totals computed ('' where a
 * total has only blank parts). The checks read this array, not an object by key: lookups by key were most of their time.
 */
export function computeValues(format: FormatDef, values: CellValues): string[] {
  const { keys, inputs, totals, nums, kinds } = planOf(format);
  const vals: string[] = new Array<string>(keys.length).fill('');
  kinds.fill(0);
  for (const i of inputs) {
    const v = values[keys[i]!] ?? '';
    vals[i] = v;
    if (v === '') continue;
    const n = smallInt(v);
    if (n !== null) {
      nums[i] = n;
      kinds[i] = SMALL;
    } else kinds[i] = isNumeric(v) ? DECIMAL : INVALID;
  }
  for (const total of totals) {
    let n = 0;
    let any = false;
    let decimal = false;
    for (const p of total.parts) {
      const kind = kinds[p];
      if (kind === SMALL) {
        n += nums[p]!;
        any = true;
      } else if (kind === DECIMAL) decimal = any = true;
    }
    const i = total.index;
    if (!any) continue; // only blank (or invalid) parts: ''
    if (!decimal && Math.abs(n) < 1e12) {
      vals[i] = String(n === 0 ? 0 : n);
      nums[i] = n;
      kinds[i] = SMALL;
    } else {
      const parts: string[] = [];
      for (const p of total.parts) if (kinds[p] === SMALL || kinds[p] === DECIMAL) parts.push(vals[p]!);
      vals[i] = sumDecimals(parts);
      kinds[i] = DECIMAL;
    }
  }
  return vals;
}

/** A canonical-looking integer of at most 12 digits as a number (sums of a few thousand stay exact), else null. */
function smallInt(v: string): number | null {
  const start = v.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const len = v.length - start;
  if (len < 1 || len > 12) return null;
  for (let i = start; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(v);
}

export function isNumeric(value: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(value);
}

/** Numeric value of a stored count/total for arithmetic checks; blank and invalid count as 0. */
export function countOf(value: string | undefined): number {
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : 0;
}
