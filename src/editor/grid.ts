// Grid logic of the statutory tables, without DOM: where each value cell sits (with its merges),
// where the arrow keys go, and which cells 「空白单元格填0」 fills. Pure and unit-tested.
import { isInputKind, type FormatDef, type TableDef, type ValueCellDef } from '../formats';

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

const coveringCache = new WeakMap<TableGeometry, Map<string, GridCell>>();

/**
 * The value cell covering a grid position, if any. An index of every position (merges included), built once per
 * table: a pasted block of 175 pieces and the arrow keys look a position up instead of scanning the table's cells.
 */
export function cellAt(geo: TableGeometry, row: number, col: number): GridCell | undefined {
  let covering = coveringCache.get(geo);
  if (!covering) {
    covering = new Map();
    for (const c of geo.cells) {
      for (let r = c.row; r < c.row + c.rowspan; r++)
        for (let k = c.col; k < c.col + c.colspan; k++) if (!covering.has(`${r},${k}`)) covering.set(`${r},${k}`, c);
    }
    coveringCache.set(geo, covering);
  }
  return covering.get(`${row},${col}`);
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

/** Keys of input cells that are empty (blank or absent). */
export function emptyInputKeys(format: FormatDef, values: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const def of format.cellsByKey.values()) {
    if (isInputKind(def.kind) && (values[def.key] ?? '') === '') out.push(def.key);
  }
  return out;
}

/** 「空白单元格填0」: every empty input cell (except `skip`, cells whose refused entry awaits correction) gets 0. */
export function fillZeros(
  format: FormatDef,
  values: Readonly<Record<string, string>>,
  skip: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const next = { ...values };
  for (const key of emptyInputKeys(format, values)) if (!skip.has(key)) next[key] = '0';
  return next;
}
