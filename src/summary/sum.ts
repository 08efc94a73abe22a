// The 汇总's numbers: every input cell of 表二/三/四 is the exact sum (decimal strings, BigInt beyond 12 digits)
// of the included units' values; a cell blank in every unit stays blank. Pure.
import { getFormat, type FormatDef, type TableId } from '../formats';
import { blankReport, sumDecimals, type Report } from '../model';
import type { SummaryWorkspace } from '../store/summary-record';

export const SUMMED_TABLES: TableId[] = ['t2', 't3', 't4'];

/** Input cells of the summed tables, in reading order. */
export function summedInputKeys(format: FormatDef): string[] {
  const keys: string[] = [];
  for (const t of SUMMED_TABLES) for (const c of format.tables[t].cells) if (c.kind !== 'total') keys.push(c.key);
  return keys;
}

/** Σ over the reports of each input cell. */
export function sumValues(format: FormatDef, reports: readonly Report[]): Record<string, string> {
  const out: Record<string, string> = {};
  const terms: string[] = [];
  for (const key of summedInputKeys(format)) {
    terms.length = 0;
    for (const r of reports) {
      const v = r.values[key];
      if (v !== undefined && v !== '') terms.push(v);
    }
    if (terms.length > 0) out[key] = sumDecimals(terms);
  }
  return out;
}

/**
 * The 汇总 draft: a new one, or the existing one refreshed. Only the tables are replaced; the clerk's texts,
 * 成文日期, 署名 and confirmations stay.
 */
export function summaryReport(ws: SummaryWorkspace, reports: readonly Report[], existing: Report | null, now = Date.now()): Report {
  const base = existing ?? { ...blankReport({ year: ws.year, agencyName: ws.name, now }), signature: ws.name };
  const format = getFormat(base.formatId);
  return {
    ...base,
    agencyName: ws.name,
    scope: 'government-summary',
    agencyLevel: ws.agencyLevel,
    values: sumValues(format, reports),
    declaredTotals: {},
    updatedAt: now,
  };
}
