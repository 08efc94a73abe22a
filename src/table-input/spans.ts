// Lays out cells that carry rowspan/colspan on a plain grid, the way a browser lays out a <table>:
// each position says which cell covers it and whether it is that cell's top-left.

export interface SpannedCell<T> {
  item: T;
  rowspan: number;
  colspan: number;
}

export interface GridSlot<T> {
  item: T;
  /** The merged cell's top-left position. */
  top: number;
  left: number;
  origin: boolean;
}

/** Spans beyond these are clamped: no real table needs more, and a hostile one must not blow up the grid. */
export const MAX_SPAN = 1000;

export function expandSpans<T>(rows: SpannedCell<T>[][], maxCells = 200_000): (GridSlot<T> | undefined)[][] {
  const grid: (GridSlot<T> | undefined)[][] = [];
  let cells = 0;
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      const rowspan = clampSpan(cell.rowspan);
      const colspan = clampSpan(cell.colspan);
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        const line = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) line[c + dc] = { item: cell.item, top: r, left: c, origin: dr === 0 && dc === 0 };
        cells += colspan;
      }
      c += colspan;
      if (cells > maxCells) return;
    }
  });
  return grid;
}

function clampSpan(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), MAX_SPAN) : 1;
}
