// Tables in clipboard HTML (Word, WPS, Excel, web pages) as grids of cell texts. DOMParser builds an inert
// document: no script runs, no image loads.
import { expandSpans, type SpannedCell } from './spans';

/** Each <table> → rows of cell texts; a merged cell's text at its top-left position, '' at covered ones. */
export function htmlTableGrids(html: string): string[][][] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[][][] = [];
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const rows: SpannedCell<string>[][] = Array.from(table.rows).map((tr) =>
      Array.from(tr.cells).map((td) => ({ item: cellText(td), rowspan: td.rowSpan || 1, colspan: td.colSpan || 1 })),
    );
    const grid = expandSpans(rows);
    const width = Math.max(0, ...grid.map((line) => line.length));
    out.push(
      grid.map((line) =>
        Array.from({ length: width }, (_, c) => {
          const slot = line[c];
          return slot?.origin ? slot.item : '';
        }),
      ),
    );
  }
  return out;
}

/** Visible text of a cell, whitespace collapsed; a nested table's text is left to that table. */
function cellText(td: HTMLTableCellElement): string {
  const copy = td.cloneNode(true) as HTMLElement;
  for (const nested of Array.from(copy.querySelectorAll('table, style, script'))) nested.remove();
  return (copy.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
