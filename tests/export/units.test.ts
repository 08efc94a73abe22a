// Pure pieces of the export: the sanitiser, the signature indents of GB/T 9704 §7.3.5.2, the grid placement.
import { describe, expect, it } from 'vitest';
import { signatureIndents, textWidthInChars, COLUMN_WIDTHS, TEXT_WIDTH } from '../../src/export/layout';
import { cleanText } from '../../src/export/sanitize';
import { placeCells } from '../../src/export/table-grid';
import { FORMATS } from '../../src/formats';

describe('cleanText', () => {
  it('keeps tab, line feed, emoji and CJK; drops C0 controls, lone surrogates, U+FFFE/FFFF', () => {
    expect(cleanText('a\tb\nc😀中')).toBe('a\tb\nc😀中');
    expect(cleanText('\u0000a\u0008b\u000Bc\u001F\r\uFFFE\uFFFFd')).toBe('abcd');
    expect(cleanText('x\uD800y\uDC00z\uD83D')).toBe('xyz');
    expect(cleanText('\uD83D\uDE00')).toBe('😀');
  });
});

describe('signatureIndents', () => {
  it('puts the date two characters right of the 署名 when the 署名 is the longer', () => {
    // 10-character 署名, date 2026年1月9日 = 6 characters wide: 署名 right 2, date right 2 + 10 − 2 − 6 = 4.
    expect(textWidthInChars('2026年1月9日')).toBe(6);
    expect(signatureIndents('某某市人民政府办公室', '2026年1月9日')).toEqual({ signature: 2, date: 4 });
  });
  it('right-indents a longer date two characters and moves the 署名 left to keep the two-character step', () => {
    // 署名 3 characters, date 2026年12月31日 = 7: date right 2, 署名 right 2 + 7 + 2 − 3 = 8.
    expect(signatureIndents('某某局', '2026年12月31日')).toEqual({ signature: 8, date: 2 });
  });
  it('handles one of the two alone', () => {
    expect(signatureIndents('某某局', '')).toEqual({ signature: 2, date: 0 });
    expect(signatureIndents('', '2026年1月9日')).toEqual({ signature: 0, date: 2 });
  });
});

describe('placeCells', () => {
  it('covers every grid position of every official table exactly once, continue cells spanning like their origin', () => {
    for (const format of Object.values(FORMATS)) {
      for (const table of Object.values(format.tables)) {
        expect(COLUMN_WIDTHS[table.id]).toHaveLength(table.grid);
        expect(COLUMN_WIDTHS[table.id].reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
        const placed = placeCells(table.rows, table.grid);
        expect(placed).toHaveLength(table.rows.length);
        for (const row of placed) expect(row.reduce((n, s) => n + s.colspan, 0)).toBe(table.grid);
        const continues = placed.flat().filter((s) => s.kind === 'continue').length;
        const expected = table.rows.flat().reduce((n, c) => n + ((c.rowspan ?? 1) - 1), 0);
        expect(continues, `${format.id} ${table.id}`).toBe(expected);
      }
    }
  });
  it('continues 表三’s 3 × 3 corner note as one three-column cell in the two rows below', () => {
    const placed = placeCells(FORMATS['2021'].tables.t3.rows, 10);
    expect(placed[0]![0]).toMatchObject({ kind: 'cell', column: 0, colspan: 3, rowspan: 3 });
    expect(placed[1]![0]).toMatchObject({ kind: 'continue', column: 0, colspan: 3, last: false });
    expect(placed[2]![0]).toMatchObject({ kind: 'continue', column: 0, colspan: 3, last: true });
  });
  it('refuses a row that does not fill the grid', () => {
    expect(() => placeCells([[{ type: 'label', text: 'x' }]], 2)).toThrow();
  });
});
