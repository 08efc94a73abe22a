// Changing 报告年度 may switch the statutory format (2019–2020 ↔ 2021 on). Values whose cells exist in both
// formats are kept; the others would be lost, so they are listed for the clerk to confirm first.
import { formatForYear, getFormat, FormatYearError, type FormatDef } from '../formats';
import { yearProblem, type Report } from '../model';

export interface DroppedValue {
  key: string;
  label: string;
  value: string;
}

export type YearChange = { ok: false; message: string } | { ok: true; next: Report; dropped: DroppedValue[] };

export function planYearChange(report: Report, yearText: string, now = Date.now()): YearChange {
  const text = yearText
    .trim()
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/年$/, '');
  if (!/^\d{4}$/.test(text)) return { ok: false, message: `“${yearText}”不是有效的年份，请填写四位数字，如 ${report.year}。` };
  const year = Number(text);
  const outOfRange = yearProblem(year); // the same range the store reads back
  if (outOfRange) return { ok: false, message: outOfRange };
  let target: FormatDef;
  try {
    target = formatForYear(year);
  } catch (e) {
    return { ok: false, message: e instanceof FormatYearError ? e.message : String(e) };
  }
  if (target.id === report.formatId) return { ok: true, next: { ...report, year, updatedAt: now }, dropped: [] };

  const from = getFormat(report.formatId);
  const dropped: DroppedValue[] = [];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(report.values)) {
    if (target.cellsByKey.has(key)) values[key] = value;
    else if (value !== '') dropped.push({ key, label: from.cellsByKey.get(key)?.ariaLabel ?? key, value });
  }
  const declaredTotals: Record<string, string> = {};
  for (const [key, value] of Object.entries(report.declaredTotals)) {
    if (target.cellsByKey.has(key)) declaredTotals[key] = value;
    else if (value !== '') dropped.push({ key, label: `${from.cellsByKey.get(key)?.ariaLabel ?? key}（原表总计）`, value });
  }
  return { ok: true, next: { ...report, year, formatId: target.id, values, declaredTotals, updatedAt: now }, dropped };
}
