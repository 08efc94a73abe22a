// Every label, merge and value kind of both formats against the spec's machine-readable tables.
import { describe, expect, it } from 'vitest';
import oracle from '../fixtures/official-tables.json';
import { FORMATS, formatForYear, FormatYearError, type FormatId, type TableCell, type TableDef } from '../../src/formats';

type OracleCell = { text?: string; kind: string; rowspan?: number; colspan?: number };

function asOracle(table: TableDef, cell: TableCell): OracleCell {
  const out: OracleCell =
    cell.type === 'value' ? { kind: table.cells.find((c) => c.key === cell.key)!.kind } : { text: cell.text, kind: cell.type };
  if (cell.rowspan) out.rowspan = cell.rowspan;
  if (cell.colspan) out.colspan = cell.colspan;
  return out;
}

describe.each(['2019', '2021'] as FormatId[])('format %s', (id) => {
  const format = FORMATS[id];
  const spec = oracle.formats[id];

  it('has the six template headings in order', () => {
    expect(format.sections.map((s) => s.heading)).toEqual(spec.sections);
  });

  it.each(['t2', 't3', 't4'] as const)('table %s matches the official table cell for cell', (tableId) => {
    const table = format.tables[tableId];
    const expected = spec.tables[tableId];
    expect(table.caption).toBe(expected.caption);
    expect(table.grid).toBe(expected.grid);
    expect(table.headerRows).toBe(expected.headerRows);
    expect(table.rows.map((row) => row.map((c) => asOracle(table, c)))).toEqual(expected.rows);
    expect(table.cells).toHaveLength(expected.valueCells);
  });

  it('fills every grid row exactly, counting cells covered by rowspans', () => {
    for (const table of Object.values(format.tables)) {
      const covered: number[] = [];
      table.rows.forEach((row, r) => {
        let width = covered[r] ?? 0;
        for (const cell of row) {
          const span = cell.colspan ?? 1;
          width += span;
          for (let k = 1; k < (cell.rowspan ?? 1); k++) covered[r + k] = (covered[r + k] ?? 0) + span;
        }
        expect(width, `${table.id} row ${r}`).toBe(table.grid);
      });
    }
  });

  it('lists value cells in reading order with unique keys and computed parts that exist', () => {
    for (const table of Object.values(format.tables)) {
      const inRows = table.rows
        .flat()
        .filter((c) => c.type === 'value')
        .map((c) => (c as { key: string }).key);
      expect(table.cells.map((c) => c.key)).toEqual(inRows);
      for (const cell of table.cells) {
        expect(cell.ariaLabel).toContain(cell.colLabel);
        if (cell.kind === 'total') {
          expect(cell.parts!.length).toBeGreaterThan(1);
          for (const part of cell.parts!) expect(format.cellsByKey.has(part), part).toBe(true);
        } else expect(cell.parts).toBeUndefined();
      }
    }
    expect(new Set(format.cellsByKey.keys()).size).toBe(Object.values(format.tables).reduce((n, t) => n + t.cells.length, 0));
  });
});

describe('formatForYear', () => {
  it('maps 2019 and 2020 to the 2019 format and later years to the 2021 format', () => {
    expect(formatForYear(2019).id).toBe('2019');
    expect(formatForYear(2020).id).toBe('2019');
    expect(formatForYear(2021).id).toBe('2021');
    expect(formatForYear(2026).id).toBe('2021');
  });
  it('refuses earlier years with a Chinese message', () => {
    expect(() => formatForYear(2018)).toThrow(FormatYearError);
    expect(() => formatForYear(2018)).toThrow(/2018年度报告早于/);
    expect(() => formatForYear(2020.5)).toThrow(/不是有效的年份/);
  });
  it('notes the notice of each format', () => {
    expect(FORMATS['2019'].notice).toBe(oracle.formats['2019'].notice);
    expect(FORMATS['2021'].notice).toBe(oracle.formats['2021'].notice);
  });
});
