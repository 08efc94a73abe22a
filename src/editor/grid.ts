// Grid logic of the statutory tables, without DOM: where each value cell sits (with its merges),
// where the arrow keys go, and how a block pasted from Excel/WPS表格 lands. Pure and unit-tested.
import { isInputKind, type FormatDef, type TableDef, type ValueCellDef } from '../formats';
import { computeAll, describeKind, parseValue } from '../model';

export interface GridCell {
  def: ValueCellDef;
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

export interface TableGeometry {
  table: TableDef;
  /** Value cells in official reading order. */
  cells: GridCell[];
  byKey: Map<string, GridCell>;
  /** Table rows that hold value cells, top to bottom (header, block and label-only rows skipped). */
  valueRows: number[];
}

const geometryCache = new WeakMap<TableDef, TableGeometry>();

export function tableGeometry(table: TableDef): TableGeometry {
  const cached = geometryCache.get(table);
  if (cached) return cached;
  const spans = new Map<string, { rowspan: number; colspan: number }>();
  for (const row of table.rows) {
    for (const cell of row) if (cell.type === 'value') spans.set(cell.key, { rowspan: cell.rowspan ?? 1, colspan: cell.colspan ?? 1 });
  }
  const cells = table.cells.map((def): GridCell => {
    const span = spans.get(def.key) ?? { rowspan: 1, colspan: 1 };
    return { def, row: def.rowIndex, col: def.gridColumn, ...span };
  });
  const geo: TableGeometry = {
    table,
    cells,
    byKey: new Map(cells.map((c) => [c.def.key, c])),
    valueRows: [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b),
  };
  geometryCache.set(table, geo);
  return geo;
}

/** The value cell covering a grid position, if any. */
export function cellAt(geo: TableGeometry, row: number, col: number): GridCell | undefined {
  return geo.cells.find((c) => row >= c.row && row < c.row + c.rowspan && col >= c.col && col < c.col + c.colspan);
}

/** Value cells of one visual row, left to right. */
export function cellsInRow(geo: TableGeometry, row: number): GridCell[] {
  return geo.cells.filter((c) => row >= c.row && row < c.row + c.rowspan).sort((a, b) => a.col - b.col);
}

export type Direction = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev';

/**
 * Where a key press moves from a value cell, like Excel: up/down to the cell above/below in the same grid column
 * (skipping header and block rows), left/right within the visual row, next/prev (Tab) in reading order.
 * null = no cell that way (the focus stays, or Tab leaves the table).
 */
export function moveFrom(geo: TableGeometry, key: string, dir: Direction): string | null {
  const cur = geo.byKey.get(key);
  if (!cur) return null;
  switch (dir) {
    case 'left':
    case 'right': {
      const row = cellsInRow(geo, cur.row);
      const i = row.indexOf(cur);
      return row[dir === 'left' ? i - 1 : i + 1]?.def.key ?? null;
    }
    case 'up':
    case 'down': {
      const rows = geo.valueRows;
      const start = rows.indexOf(cur.row);
      const step = dir === 'up' ? -1 : 1;
      for (let i = start + step; i >= 0 && i < rows.length; i += step) {
        const row = rows[i]!;
        if (row >= cur.row && row < cur.row + cur.rowspan) continue;
        const hit = cellAt(geo, row, cur.col);
        if (hit && hit !== cur) return hit.def.key;
      }
      return null;
    }
    case 'next':
    case 'prev': {
      const i = geo.cells.indexOf(cur);
      return geo.cells[dir === 'next' ? i + 1 : i - 1]?.def.key ?? null;
    }
  }
}

/** Clipboard text of a spreadsheet range: rows by \n (\r dropped), cells by \t; one trailing newline ignored. */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map(unquote));
}

/** Excel quotes a cell that holds a tab, a newline or a quote. */
function unquote(piece: string): string {
  const m = /^"((?:[^"]|"")*)"$/.exec(piece);
  return m ? m[1]!.replace(/""/g, '"') : piece;
}

/** Whether a paste into a value cell should go through the block logic (a spreadsheet range, not one word). */
export function isBlockPaste(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));
}

export interface PasteOutcome {
  values: Record<string, string>;
  declaredTotals: Record<string, string>;
  /** Input cells whose stored value this paste changed (for the user and for clearing stale errors). */
  written: string[];
  /** Cells that received a piece (inputs and totals). */
  touched: string[];
  /** Input cells whose piece was stored (changed or not). */
  accepted: number;
  /** Plain-Chinese reports of everything not stored as it was given. */
  problems: string[];
}

/**
 * Lays a pasted block onto a table, anchored at `anchorKey`: block row i goes to the i-th value row from the
 * anchor's row, block column j to grid column anchor+j. Bad pieces are reported, never stored; a piece on a
 * computed total is compared with the total after the paste and kept as a declared total when it disagrees.
 */
export function applyPaste(
  format: FormatDef,
  values: Readonly<Record<string, string>>,
  declaredTotals: Readonly<Record<string, string>>,
  anchorKey: string,
  block: string[][],
): PasteOutcome {
  const anchorDef = format.cellsByKey.get(anchorKey);
  if (!anchorDef) throw new Error(`unknown cell ${anchorKey}`);
  const geo = tableGeometry(format.tables[anchorDef.table]);
  const anchor = geo.byKey.get(anchorKey)!;
  const nextValues: Record<string, string> = { ...values };
  const nextDeclared: Record<string, string> = { ...declaredTotals };
  const problems: string[] = [];
  const written: string[] = [];
  const touched: string[] = [];
  let accepted = 0;
  const pastedTotals: { cell: GridCell; raw: string; at: string }[] = [];
  const firstRow = geo.valueRows.indexOf(anchor.row);

  block.forEach((pieces, i) => {
    const row = geo.valueRows[firstRow + i];
    const rowSeen = new Set<GridCell>();
    pieces.forEach((raw, j) => {
      const at = `第${i + 1}行第${j + 1}列`;
      const text = raw.trim();
      const cell = row === undefined ? undefined : cellAt(geo, row, anchor.col + j);
      if (!cell) {
        if (text !== '') problems.push(`${at}“${text}”超出了表格范围，未粘贴。`);
        return;
      }
      if (rowSeen.has(cell)) {
        // A merged cell covers several spreadsheet columns: the spreadsheet leaves the covered ones empty.
        if (text !== '') problems.push(`${at}“${text}”落在合并单元格「${cell.def.ariaLabel}」内，未粘贴。`);
        return;
      }
      rowSeen.add(cell);
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
      problems.push(`${at}“${raw}”落在自动计算的「${cell.def.ariaLabel}」上，与按分项计算的${actual === '' ? '空白' : `“${actual}”`}不一致：已按分项计算，原表数字记作待核对的总计。`);
    }
  }
  return { values: nextValues, declaredTotals: nextDeclared, written, touched, accepted, problems };
}

function pieceRefused(at: string, raw: string, message: string, kindName: string, label: string): string {
  if (/不是数字/.test(message)) return `${at}“${raw}”不是数字（「${label}」应填${kindName}），未粘贴。`;
  return `${at}“${raw}”未粘贴到「${label}」：${message}`;
}

/** Keys of input cells that are empty (blank or absent). */
export function emptyInputKeys(format: FormatDef, values: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const def of format.cellsByKey.values()) {
    if (isInputKind(def.kind) && (values[def.key] ?? '') === '') out.push(def.key);
  }
  return out;
}

/** 「空白单元格填0」: every empty input cell (except `skip`, cells whose refused entry awaits correction) gets 0. */
export function fillZeros(format: FormatDef, values: Readonly<Record<string, string>>, skip: ReadonlySet<string> = new Set()): Record<string, string> {
  const next = { ...values };
  for (const key of emptyInputKeys(format, values)) if (!skip.has(key)) next[key] = '0';
  return next;
}
