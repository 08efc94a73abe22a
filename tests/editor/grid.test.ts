// Grid logic of the editor: geometry of the official tables, arrow-key moves, clipboard blocks, paste, fill-0.
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021 } from '../../src/formats';
import { computeAll } from '../../src/model';
import { cellAt, emptyInputKeys, fillZeros, moveFrom, tableGeometry } from '../../src/editor/grid';
import { applyPaste } from '../../src/editor/paste';
import { isBlockPaste, parseClipboardBlock } from '../../src/table-input/text-grid';

const t3 = tableGeometry(FORMAT_2021.tables.t3);
const t2 = tableGeometry(FORMAT_2021.tables.t2);
const t2old = tableGeometry(FORMAT_2019.tables.t2);
const t4 = tableGeometry(FORMAT_2021.tables.t4);

describe('geometry', () => {
  it('places every value cell with its merges', () => {
    expect(t3.valueRows).toHaveLength(25);
    expect(t3.byKey.get('t3.new.natural')).toMatchObject({ row: 3, col: 3, rowspan: 1, colspan: 1 });
    expect(t2.byKey.get('t2.license.decisions')).toMatchObject({ col: 1, colspan: 3 });
    expect(cellAt(t2, t2.byKey.get('t2.license.decisions')!.row, 3)?.def.key).toBe('t2.license.decisions');
    expect(t4.valueRows).toEqual([3]);
  });
});

describe('moveFrom', () => {
  it('moves up/down by visual row in the same column, skipping header and block rows', () => {
    expect(moveFrom(t3, 't3.new.natural', 'down')).toBe('t3.carried.natural');
    expect(moveFrom(t3, 't3.new.natural', 'up')).toBeNull();
    expect(moveFrom(t3, 't3.partial.total', 'down')).toBe('t3.deny1.total');
    expect(moveFrom(t3, 't3.results.legal', 'down')).toBe('t3.carryover.legal');
    expect(moveFrom(t3, 't3.carryover.legal', 'down')).toBeNull();
    // 表二: from a three-column row into a block whose one cell spans all three columns, and back.
    expect(moveFrom(t2, 't2.normative.inForce', 'down')).toBe('t2.license.decisions');
    expect(moveFrom(t2, 't2.license.decisions', 'up')).toBe('t2.normative.issued');
    expect(moveFrom(t2old, 't2.fees.change', 'down')).toBe('t2.procurement.amount');
    expect(moveFrom(t2old, 't2.fees.prevItems', 'down')).toBe('t2.procurement.items');
    expect(moveFrom(t4, 't4.review.upheld', 'down')).toBeNull();
  });

  it('moves left/right within the row and Tab/Shift+Tab in reading order', () => {
    expect(moveFrom(t3, 't3.new.natural', 'right')).toBe('t3.new.business');
    expect(moveFrom(t3, 't3.new.otherOrg', 'right')).toBe('t3.new.total');
    expect(moveFrom(t3, 't3.new.total', 'right')).toBeNull();
    expect(moveFrom(t3, 't3.new.natural', 'left')).toBeNull();
    expect(moveFrom(t3, 't3.new.total', 'next')).toBe('t3.carried.natural');
    expect(moveFrom(t3, 't3.carried.natural', 'prev')).toBe('t3.new.total');
    expect(moveFrom(t4, 't4.review.total', 'right')).toBe('t4.direct.upheld');
    expect(moveFrom(t3, 't3.carryover.total', 'next')).toBeNull();
  });
});

describe('clipboard blocks', () => {
  it('splits rows by newline and cells by tab, drops \\r and one trailing newline', () => {
    expect(parseClipboardBlock('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseClipboardBlock('1\t\t3')).toEqual([['1', '', '3']]);
    expect(parseClipboardBlock('5\n\n6\n')).toEqual([['5'], [''], ['6']]);
    expect(parseClipboardBlock('"1,234"\t2')).toEqual([['1,234', '2']]);
    // A quoted cell may hold a line break (a label like 商业⏎企业) or quotes; an unclosed quote is plain text.
    expect(parseClipboardBlock('"商业\r\n企业"\t"a ""b"""\r\n1\t2\r\n')).toEqual([
      ['商业\n企业', 'a "b"'],
      ['1', '2'],
    ]);
    expect(parseClipboardBlock('"3\t4\n5')).toEqual([['"3', '4'], ['5']]);
    expect(parseClipboardBlock('')).toEqual([['']]);
  });

  it('tells a block from a single value', () => {
    expect(isBlockPaste('12')).toBe(false);
    expect(isBlockPaste('12\r\n')).toBe(false);
    expect(isBlockPaste('1\t2')).toBe(true);
    expect(isBlockPaste('1\n2')).toBe(true);
  });
});

describe('applyPaste', () => {
  it('fills input cells row by row from the anchor, normalising digits and separators', () => {
    const out = applyPaste(FORMAT_2021, {}, {}, 't3.carried.business', parseClipboardBlock('１\t2,000\n3\t4\n'));
    expect(out.values).toEqual({
      't3.carried.business': '1',
      't3.carried.research': '2000',
      't3.open.business': '3',
      't3.open.research': '4',
    });
    expect(out.problems).toEqual([]);
  });

  it('reports non-numeric pieces with their position and does not store them', () => {
    const out = applyPaste(FORMAT_2021, { 't3.carried.research': '9' }, {}, 't3.new.natural', parseClipboardBlock('1\t2\t3\n4\t5\tabc\n'));
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatch(/^第2行第3列“abc”不是数字/);
    expect(out.accepted).toBe(5);
    expect(out.values['t3.carried.research']).toBe('9');
    expect(out.values['t3.carried.business']).toBe('5');
    const dec = applyPaste(FORMAT_2021, {}, {}, 't3.new.natural', [['1.5']]);
    expect(dec.problems[0]).toContain('第1行第1列“1.5”');
    expect(dec.values).toEqual({});
  });

  it('blank pieces clear cells; pieces beyond the table are reported', () => {
    const out = applyPaste(FORMAT_2021, { 't3.carryover.otherOrg': '4' }, {}, 't3.carryover.otherOrg', [['', '', '7'], ['8']]);
    expect(out.values['t3.carryover.otherOrg']).toBeUndefined();
    expect(out.problems).toEqual(['第1行第3列“7”超出了表格范围，未粘贴。', '第2行第1列“8”超出了表格范围，未粘贴。']);
  });

  it('compares pieces on computed totals with the totals after the paste and records mismatches', () => {
    const ok = applyPaste(FORMAT_2021, {}, { 't3.new.total': '99' }, 't3.new.otherOrg', [['2', '2']]);
    expect(ok.problems).toEqual([]);
    expect(ok.declaredTotals).toEqual({}); // agreeing total replaces an older declared one
    const bad = applyPaste(FORMAT_2021, { 't3.new.natural': '5' }, {}, 't3.new.otherOrg', [['2', '3']]);
    expect(bad.values).toEqual({ 't3.new.natural': '5', 't3.new.otherOrg': '2' });
    expect(bad.declaredTotals).toEqual({ 't3.new.total': '3' });
    expect(bad.problems[0]).toContain('第1行第2列“3”');
    expect(bad.problems[0]).toContain('“7”');
    const t4 = applyPaste(FORMAT_2021, {}, {}, 't4.review.upheld', [['1', '1', '1', '1', '4']]);
    expect(t4.problems).toEqual([]);
    expect(computeAll(FORMAT_2021, t4.values)['t4.review.total']).toBe('4');
  });

  it('lands a full 25×7 表三 block exactly on the table', () => {
    const rows = FORMAT_2021.tables.t3.cells.reduce<string[][]>((acc, c) => {
      const last = acc[acc.length - 1];
      if (!last || last.length === 7) acc.push([]);
      acc[acc.length - 1]!.push(c.kind === 'total' ? '' : String(c.rowIndex));
      return acc;
    }, []);
    expect(rows).toHaveLength(25);
    const out = applyPaste(FORMAT_2021, {}, {}, 't3.new.natural', rows);
    expect(out.problems).toEqual([]);
    expect(Object.keys(out.values)).toHaveLength(FORMAT_2021.tables.t3.cells.filter((c) => c.kind !== 'total').length);
  });

  it('keeps merged 表二 cells whole: the covered spreadsheet columns must be empty', () => {
    const start = 't2.normative.issued';
    const out = applyPaste(FORMAT_2021, {}, {}, start, [
      ['1', '2', '3'],
      ['4', '', ''],
      ['5', '', '6'],
    ]);
    expect(out.values).toMatchObject({
      't2.normative.issued': '1',
      't2.normative.inForce': '3',
      't2.license.decisions': '4',
      't2.penalty.decisions': '5',
    });
    expect(out.problems).toEqual([expect.stringContaining('第3行第3列“6”落在合并单元格')]);
  });
});

describe('fill with 0', () => {
  it('fills every empty input cell, never totals, and skips cells awaiting correction', () => {
    const empty = emptyInputKeys(FORMAT_2021, { 't3.new.natural': '3' });
    expect(empty).not.toContain('t3.new.natural');
    expect(empty).not.toContain('t3.new.total');
    const filled = fillZeros(FORMAT_2021, { 't3.new.natural': '3' }, new Set(['t3.open.natural']));
    expect(filled['t3.new.natural']).toBe('3');
    expect(filled['t3.open.natural']).toBeUndefined();
    expect(filled['t2.fees.amount']).toBe('0');
    expect(filled['t3.results.natural']).toBeUndefined();
    expect(emptyInputKeys(FORMAT_2021, filled)).toEqual(['t3.open.natural']);
  });
});

/** The covering cell by scanning every cell of the table, as cellAt did before its index. */
const scanned = (geo: ReturnType<typeof tableGeometry>, row: number, col: number) =>
  geo.cells.find((c) => row >= c.row && row < c.row + c.rowspan && col >= c.col && col < c.col + c.colspan);

it('the position index answers every grid position of every table as a scan of the cells does (merges included)', () => {
  for (const format of [FORMAT_2019, FORMAT_2021]) {
    for (const table of Object.values(format.tables)) {
      const geo = tableGeometry(table);
      const rows = Math.max(...geo.cells.map((c) => c.row + c.rowspan)) + 1;
      const cols = Math.max(...geo.cells.map((c) => c.col + c.colspan)) + 1;
      for (let row = -1; row <= rows; row++) {
        for (let col = -1; col <= cols; col++) {
          const indexed = cellAt(geo, row, col);
          expect(indexed).toBe(scanned(geo, row, col));
        }
      }
    }
  }
});
