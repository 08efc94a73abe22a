// What every rule reads: the report, its format's lookups, all cell values (totals computed),
// and the previous year's report when it really is the year before.
import { getFormat, isFormatId, type FormatDef } from '../formats';
import { computeTotals, type Report } from '../model';
import { indexOf, type FormatIndex } from './format-index';

export interface YearData {
  report: Report;
  format: FormatDef;
  ix: FormatIndex;
  /** A cell's value by key: inputs as stored, totals computed (undefined for an input never filled). */
  value: (key: string) => string | undefined;
}

export interface CheckContext extends YearData {
  previous: YearData | null;
}

// Reports are immutable (the editor passes a new object per change), so the previous year's computed
// values can be kept per values object: it rarely changes while this year's report is being edited.
const previousTotals = new WeakMap<object, Record<string, string>>();

export function yearData(report: Report, cachePrevious = false): YearData {
  const format = getFormat(report.formatId);
  let totals = cachePrevious ? previousTotals.get(report.values) : undefined;
  if (!totals) {
    totals = computeTotals(format, report.values);
    if (cachePrevious) previousTotals.set(report.values, totals);
  }
  const computed = totals;
  const inputs = report.values;
  const value = (key: string): string | undefined => computed[key] ?? inputs[key];
  return { report, format, ix: indexOf(format), value };
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
