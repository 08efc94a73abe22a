// How a pasted block lands on a statutory table, without DOM. A block that carries the table's own labels
// (header rows, label columns, as copied from WPS/Excel/Word) lands by those labels wherever it is pasted;
// a bare block of numbers lands from the focused cell. Pure and unit-tested.
import { isInputKind, type FormatDef, type TableDef } from '../formats';
import { computeAll, describeKind, parseValue } from '../model';
import { locateByLabels, looksNumeric, officialGrid } from '../table-input/labels';
import { cellAt, tableGeometry, type GridCell } from './grid';

/** Rows and columns a paste may hold beyond the table's own size before the rest is ignored (#16). */
export const PASTE_MARGIN = 10;
/** Problems listed one by one; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 30;

export interface PasteOutcome {
  values: Record<string, string>;
  declaredTotals: Record<string, string>;
  /** Input cells whose stored value this paste changed (for the user and for clearing stale errors). */
  written: string[];
  /** Cells that received a piece (inputs and totals), in the order they were read. */
  touched: string[];
  /** Input cells whose piece was stored (changed or not). */
  accepted: number;
  /** Those cells' keys, in the order they were read. */
  acceptedKeys: string[];
  /** Plain-Chinese reports of everything not stored as it was given. */
  problems: string[];
  /** 'labels': placed by the block's own row and column labels; 'anchor': from the focused cell. */
  placedBy: 'labels' | 'anchor';
  /** Label texts of the block recognised and skipped. */
  labelsSkipped: number;
  /** One line when the block was bigger than the table allows. */
  capped: string | null;
}

type Target =
  | { kind: 'cell'; cell: GridCell }
  | { kind: 'covered'; cell: GridCell }
  | { kind: 'label'; text: string }
  | { kind: 'outside' };

/** Cuts a block to the table's size plus a margin, saying so in one line. */
export function capBlock(table: TableDef, block: string[][]): { block: string[][]; capped: string | null } {
  const maxRows = table.rows.length + PASTE_MARGIN;
  const maxCols = table.grid + PASTE_MARGIN;
  const cols = block.reduce((n, r) => Math.max(n, r.length), 0);
  if (block.length <= maxRows && cols <= maxCols) return { block, capped: null };
  return {
    block: block.slice(0, maxRows).map((r) => r.slice(0, maxCols)),
    capped: `复制的内容有 ${block.length} 行 × ${cols} 列，远大于本表，只处理了前 ${Math.min(block.length, maxRows)} 行、前 ${Math.min(cols, maxCols)} 列，其余内容未粘贴。`,
  };
}

/**
 * Lays a pasted block onto the table of `anchorKey`. Bad pieces are reported, never stored; a piece on a
 * computed total is compared with the total after the paste and kept as a declared total when it disagrees.
 */
export function applyPaste(
  format: FormatDef,
  values: Readonly<Record<string, string>>,
  declaredTotals: Readonly<Record<string, string>>,
  anchorKey: string,
  fullBlock: string[][],
): PasteOutcome {
  const anchorDef = format.cellsByKey.get(anchorKey);
  if (!anchorDef) throw new Error(`unknown cell ${anchorKey}`);
  const table = format.tables[anchorDef.table];
  const geo = tableGeometry(table);
  const { block, capped } = capBlock(table, fullBlock);
  const offset = locateByLabels(table, block);
  const official = officialGrid(table);
  const anchor = geo.byKey.get(anchorKey)!;
  const firstRow = geo.valueRows.indexOf(anchor.row);

  const targetOf = (i: number, j: number, rowSeen: Set<GridCell>): Target => {
    if (offset) {
      const slot = official[i - offset.rowOffsets[i]!]?.[j - offset.cols];
      if (!slot) return { kind: 'outside' };
      if (slot.item.kind === 'label') return { kind: 'label', text: slot.item.text };
      const cell = geo.byKey.get(slot.item.key)!;
      return slot.origin ? { kind: 'cell', cell } : { kind: 'covered', cell };
    }
    const row = geo.valueRows[firstRow + i];
    const cell = row === undefined ? undefined : cellAt(geo, row, anchor.col + j);
    if (!cell) return { kind: 'outside' };
    // A merged cell covers several spreadsheet columns: the spreadsheet leaves the covered ones empty.
    if (rowSeen.has(cell)) return { kind: 'covered', cell };
    rowSeen.add(cell);
    return { kind: 'cell', cell };
  };

  const nextValues: Record<string, string> = { ...values };
  const nextDeclared: Record<string, string> = { ...declaredTotals };
  const problems: string[] = [];
  const written: string[] = [];
  const touched: string[] = [];
  let accepted = 0;
  const acceptedKeys: string[] = [];
  let labelsSkipped = 0;
  const pastedTotals: { cell: GridCell; raw: string; at: string }[] = [];

  block.forEach((pieces, i) => {
    const rowSeen = new Set<GridCell>();
    pieces.forEach((raw, j) => {
      const at = `第${i + 1}行第${j + 1}列`;
      const text = raw.trim();
      const target = targetOf(i, j, rowSeen);
      if (target.kind === 'outside') {
        if (text !== '')
          problems.push(
            offset && !looksNumeric(text) ? `${at}“${text}”不是本表的栏目，未粘贴。` : `${at}“${text}”超出了表格范围，未粘贴。`,
          );
        return;
      }
      if (target.kind === 'label') {
        if (text === '') return;
        if (looksNumeric(text)) problems.push(`${at}“${text}”落在栏目名称「${target.text}」处，未粘贴。`);
        else labelsSkipped++;
        return;
      }
      if (target.kind === 'covered') {
        if (text !== '') problems.push(`${at}“${text}”落在合并单元格「${target.cell.def.ariaLabel}」内，未粘贴。`);
        return;
      }
      const { cell } = target;
      touched.push(cell.def.key);
      if (!isInputKind(cell.def.kind)) {
        pastedTotals.push({ cell, raw: text, at });
        return;
      }
      const parsed = parseValue(text, cell.def.kind);
      if (!parsed.ok) {
        problems.push(pieceRefused(at, text, parsed.message, describeKind(cell.def.kind), cell.def.ariaLabel));
        return;
      }
      accepted++;
      acceptedKeys.push(cell.def.key);
      if ((nextValues[cell.def.key] ?? '') !== parsed.value) written.push(cell.def.key);
      if (parsed.value === '') delete nextValues[cell.def.key];
      else nextValues[cell.def.key] = parsed.value;
    });
  });

  if (pastedTotals.length > 0) {
    const computed = computeAll(format, nextValues);
    for (const { cell, raw, at } of pastedTotals) {
      const key = cell.def.key;
      if (raw === '') continue; // a blank total says nothing
      const parsed = parseValue(raw, 'count');
      if (!parsed.ok) {
        problems.push(pieceRefused(at, raw, parsed.message, describeKind('count'), cell.def.ariaLabel));
        continue;
      }
      const actual = computed[key] ?? '';
      if (parsed.value === '' || parsed.value === actual || (actual === '' && parsed.value === '0')) {
        delete nextDeclared[key];
        continue;
      }
      nextDeclared[key] = parsed.value;
      problems.push(
        `${at}“${raw}”落在自动计算的「${cell.def.ariaLabel}」上，与按分项计算的${actual === '' ? '空白' : `“${actual}”`}不一致：已按分项计算，原表数字记作待核对的总计。`,
      );
    }
  }
  if (problems.length > MAX_LISTED_PROBLEMS) {
    const rest = problems.length - MAX_LISTED_PROBLEMS;
    problems.splice(MAX_LISTED_PROBLEMS, rest, `另有 ${rest} 处未粘贴，不再逐条列出。`);
  }
  return {
    values: nextValues,
    declaredTotals: nextDeclared,
    written,
    touched,
    accepted,
    acceptedKeys,
    problems,
    placedBy: offset ? 'labels' : 'anchor',
    labelsSkipped,
    capped,
  };
}

function pieceRefused(at: string, raw: string, message: string, kindName: string, label: string): string {
  if (/不是数字/.test(message)) return `${at}“${raw}”不是数字（「${label}」应填${kindName}），未粘贴。`;
  return `${at}“${raw}”未粘贴到「${label}」：${message}`;
}
