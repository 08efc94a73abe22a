// The table arrays of a backup draft (docs/backup-format.md, "Table arrays"): every value cell of the format in
// the official reading order, and back to a report's values, refused when the file's cell order is not ours.
import { getFormat, type FormatDef, type TableId } from '../formats';
import { checkCellValue, isPlainObject } from './validate';

export const TABLES: TableId[] = ['t2', 't3', 't4'];

export function tableKeysOf(format: FormatDef): Record<TableId, string[]> {
  return {
    t2: format.tables.t2.cells.map((c) => c.key),
    t3: format.tables.t3.cells.map((c) => c.key),
    t4: format.tables.t4.cells.map((c) => c.key),
  };
}

export function tablesToValues(
  d: Record<string, unknown>,
  label: string,
  tableKeys: Record<string, unknown> | undefined,
): { ok: true; values: Record<string, string> } | { ok: false; message: string } {
  const formatId = d.formatId;
  if (formatId !== '2019' && formatId !== '2021') return { ok: false, message: `${label}的报告格式无效（只能是2019版或2021版）。` };
  const format = getFormat(formatId);
  const tables = d.tables;
  if (!isPlainObject(tables)) return { ok: false, message: `${label}缺少表格数据。` };
  const declared = tableKeys?.[formatId];
  const values: Record<string, string> = {};
  for (const t of TABLES) {
    const cells = format.tables[t].cells;
    const list = tables[t];
    if (!Array.isArray(list)) return { ok: false, message: `${label}缺少${tableName(t)}的数据。` };
    if (list.length !== cells.length) {
      return { ok: false, message: `${label}的${tableName(t)}应有${cells.length}个数字，文件中有${list.length}个（文件损坏或格式不符）。` };
    }
    // When the file names its cell order, it must be ours: otherwise numbers would land in the wrong cells.
    if (declared !== undefined) {
      const keys = isPlainObject(declared) ? declared[t] : undefined;
      if (!Array.isArray(keys) || keys.length !== cells.length || keys.some((k, i) => k !== cells[i]!.key)) {
        return { ok: false, message: `${label}的${tableName(t)}单元格顺序与本工具的${format.id}版格式不一致，无法恢复。` };
      }
    }
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const raw = list[i];
      if (cell.kind === 'total') {
        if (raw !== null && raw !== undefined && (typeof raw !== 'string' || raw.length > 64)) {
          return { ok: false, message: `${label}中「${cell.ariaLabel}」的值无效。` };
        }
        continue; // totals are recomputed from their parts
      }
      const parsed = checkCellValue(raw, cell.kind, () => `${label}中「${cell.ariaLabel}」`);
      if (!parsed.ok) return parsed;
      if (parsed.value !== '') values[cell.key] = parsed.value;
    }
  }
  return { ok: true, values };
}

function tableName(t: TableId): string {
  return t === 't2' ? '表二' : t === 't3' ? '表三' : '表四';
}
