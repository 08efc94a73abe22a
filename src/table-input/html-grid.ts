// The tables of an HTML fragment (a copy from a web page, Word or WPS) as grids of cell texts.
// Contract shared with the editor's paste: each <table> → rows of cell texts, rowspan/colspan expanded
// (the merged cell's text at its top-left position, '' at the covered positions), whitespace collapsed.
export function htmlTableGrids(html: string): string[][][] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('table')].map(tableGrid);
}

const MAX_SPAN = 1000;

function tableGrid(table: HTMLTableElement): string[][] {
  const grid: string[][] = [];
  const rows = [...table.rows].filter((r) => r.closest('table') === table);
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const cell of [...row.cells]) {
      while (grid[r]![col] !== undefined) col++;
      const colspan = Math.min(Math.max(1, cell.colSpan || 1), MAX_SPAN);
      const rowspan = Math.min(Math.max(1, cell.rowSpan || 1), rows.length - r);
      const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[col + dc] = dr === 0 && dc === 0 ? text : '';
      }
      col += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}
