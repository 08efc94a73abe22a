// What every rule reads: the report, its format's lookups, all cell values (totals computed),
// and the previous year's report when it really is the year before.
import { getFormat, isFormatId, type FormatDef } from '../formats';
import { cellLayout, computeValues, type Report } from '../model';
import { indexOf, type FormatIndex } from './format-index';

export interface YearData {
  report: Report;
  format: FormatDef;
  ix: FormatIndex;
  /** Every cell's value at its cellLayout position (ix.inputPositions): inputs as stored, '' when blank; totals computed. */
  cells: readonly string[];
  /** A cell's value by key: inputs as stored, totals computed, '' when blank (undefined for a key the format lacks). */
  value: (key: string) => string | undefined;
}

export interface CheckContext extends YearData {
  previous: YearData | null;
}

// Reports are immutable (the editor passes a new object per change), so the previous year's computed
// values can be kept per values object: it rarely changes while this year's report is being edited.
const previousCells = new WeakMap<object, string[]>();

export function yearData(report: Report, cachePrevious = false): YearData {
  const format = getFormat(report.formatId);
  let cells = cachePrevious ? previousCells.get(report.values) : undefined;
  if (!cells) {
    cells = computeValues(format, report.values);
    if (cachePrevious) previousCells.set(report.values, cells);
  }
  const computed = cells;
  const { position } = cellLayout(format);
  const inputs = report.values;
  const value = (key: string): string | undefined => {
    const i = position.get(key);
    return i === undefined ? inputs[key] : computed[i];
  };
  return { report, format, ix: indexOf(format), cells: computed, value };
}

export function makeContext(report: Report, previous?: Report | null): CheckContext {
  // Cross-year rules only make sense against the report of the year just before.
  const prev = previous && previous.year === report.year - 1 && isFormatId(previous.formatId) ? yearData(previous, true) : null;
  return { ...yearData(report), previous: prev };
}

const INT = /^-?\d+$/;

/** A count for arithmetic: blank = 0, an integer as a number, anything else null (another rule reports it). */
export function intOf(value: string | undefined): number | null {
  if (value === undefined || value === '') return 0;
  return INT.test(value) ? Number(value) : null;
}

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value === '';
}

/** 「4」, and for a negative term in a sum 「(-3)」 so the sum stays readable. */
export function term(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}
