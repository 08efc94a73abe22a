// Places the official cells (TableDef.rows: each row lists only the cells that start in it) on the grid,
// and adds the covered positions below a cell merged down rows. The .docx writes a merge as a first cell
// (vMerge restart, gridSpan) plus one continue cell with the same gridSpan in each row below, so the builder
// emits those continue cells itself instead of relying on docx's rowSpan handling (open bugs with
// rowSpan combined with columnSpan, as in 表三's 3 × 3 corner).
import type { TableCell } from '../formats';

export type GridSlot =
  | { kind: 'cell'; cell: TableCell; column: number; colspan: number; rowspan: number }
  | { kind: 'continue'; origin: TableCell; column: number; colspan: number; last: boolean };

export function placeCells(rows: readonly (readonly TableCell[])[], grid: number): GridSlot[][] {
  // covered[r][c] = the merge started above that covers grid position (r, c)
  const pending: { origin: TableCell; column: number; colspan: number; untilRow: number }[] = [];
  const out: GridSlot[][] = [];
  rows.forEach((row, r) => {
    const slots: GridSlot[] = [];
    const active = pending.filter((p) => p.untilRow >= r);
    const coveredAt = (column: number) => active.find((p) => column >= p.column && column < p.column + p.colspan);
    let column = 0;
    let i = 0;
    while (column < grid) {
      const cover = coveredAt(column);
      if (cover) {
        slots.push({ kind: 'continue', origin: cover.origin, column, colspan: cover.colspan, last: cover.untilRow === r });
        column += cover.colspan;
        continue;
      }
      const cell = row[i++];
      if (!cell) throw new Error(`row ${r} has too few cells for a grid of ${grid}`);
      const colspan = cell.colspan ?? 1;
      const rowspan = cell.rowspan ?? 1;
      slots.push({ kind: 'cell', cell, column, colspan, rowspan });
      if (rowspan > 1) pending.push({ origin: cell, column, colspan, untilRow: r + rowspan - 1 });
      column += colspan;
    }
    if (column !== grid || i !== row.length) throw new Error(`row ${r} does not fill the grid of ${grid}`);
    out.push(slots);
  });
  return out;
}
