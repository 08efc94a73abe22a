// 「分单位明细」: one sheet per table, one row per included unit, and a 合计 row computed from the 汇总's
// values (which equal the units' sums). Pure data here; export-xlsx.ts writes the file.
import { getFormat, type TableId } from '../formats';
import { computeAll, type Report } from '../model';
import { SUMMED_TABLES } from './sum';

export type SheetCell = { value: string | number; type: StringConstructor | NumberConstructor; fontWeight?: 'bold'; wrap?: boolean } | null;

export interface DetailSheet {
  name: string;
  rows: SheetCell[][];
}

const SHEET_NAMES: Record<TableId, string> = { t2: '表二 主动公开', t3: '表三 依申请公开', t4: '表四 复议诉讼' };

/** A number when the spreadsheet can hold it exactly (≤ 15 significant digits), else the exact text. */
function numberCell(v: string): SheetCell {
  if (v === '') return null;
  const digits = v.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  if (digits.length <= 15) return { value: Number(v), type: Number };
  return { value: v, type: String };
}

const text = (value: string, bold = false): SheetCell => ({ value, type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) });

export function detailSheets(units: readonly { name: string; report: Report }[], summary: Report): DetailSheet[] {
  const format = getFormat(summary.formatId);
  const totalAll = computeAll(format, summary.values);
  const unitAll = units.map((u) => ({ name: u.name, all: computeAll(format, u.report.values) }));
  return SUMMED_TABLES.map((t) => {
    const cells = format.tables[t].cells;
    const header: SheetCell[] = [
      text('单位名称', true),
      ...cells.map((c): SheetCell => ({ value: c.ariaLabel, type: String, fontWeight: 'bold', wrap: true })),
    ];
    const rows: SheetCell[][] = [header];
    for (const u of unitAll) rows.push([text(u.name), ...cells.map((c) => numberCell(u.all[c.key] ?? ''))]);
    rows.push([text('合计', true), ...cells.map((c) => numberCell(totalAll[c.key] ?? ''))]);
    return { name: SHEET_NAMES[t], rows };
  });
}

export function detailFileName(summary: Pick<Report, 'agencyName' | 'year'>): string {
  const name = summary.agencyName.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);
  return `${name}${summary.year}年度政府信息公开汇总-分单位明细.xlsx`;
}
