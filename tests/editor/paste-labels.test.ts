// Label-aware paste: blocks that carry the table's header rows and label columns land by those labels,
// wherever they are pasted; HTML tables read with their merges; oversized pastes are capped.
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { computeAll } from '../../src/model';
import { applyPaste, PASTE_MARGIN } from '../../src/editor/paste';
import { planPaste } from '../../src/editor/paste-action';
import { htmlTableGrids } from '../../src/table-input/html-grid';
import { locateByLabels, normaliseLabel } from '../../src/table-input/labels';
import { blankReport } from '../../src/model';
import { balancedT3Block, wordHtmlTable, wpsStyleBlock } from '../e2e/editor-helpers';

function wrongCells(format: FormatDef, values: Record<string, string>, expected: Record<string, string>): string[] {
  const all = computeAll(format, values);
  return Object.keys(expected).filter((k) => all[k] !== expected[k]);
}

describe('normaliseLabel', () => {
  it('ignores numbering, bracket width, line breaks, spaces and 釆/采', () => {
    expect(normaliseLabel('(一)予以公开')).toBe(normaliseLabel('（一）予以公开'));
    expect(normaliseLabel('予以公开')).toBe(normaliseLabel('（一）予以公开'));
    expect(normaliseLabel('商业\n企业')).toBe('商业企业');
    expect(normaliseLabel('一、 本年新收政府信息公开申请数量')).toBe('本年新收政府信息公开申请数量');
    expect(normaliseLabel('1．属于国家秘密')).toBe('属于国家秘密');
    expect(normaliseLabel('政府集中釆购项目')).toBe('政府集中采购项目');
  });
});

describe('label-aware paste into 表三', () => {
  for (const format of [FORMAT_2021, FORMAT_2019]) {
    it(`lands a WPS block with 3 header rows and 3 label columns on every cell, wherever pasted (${format.id})`, () => {
      const { expected } = balancedT3Block(format);
      const block = wpsStyleBlock(format, 't3', expected);
      expect(block[0]).toHaveLength(10);
      expect(Object.keys(expected)).toHaveLength(format.id === '2021' ? 175 : format.tables.t3.cells.length);
      for (const anchor of ['t3.new.natural', 't3.carryover.total', 't3.deny4.research']) {
        const out = applyPaste(format, {}, {}, anchor, block);
        expect(out.placedBy).toBe('labels');
        expect(out.problems).toEqual([]);
        expect(wrongCells(format, out.values, expected)).toEqual([]);
        expect(out.declaredTotals).toEqual({});
      }
    });
  }

  it('lands rows that carry only their own labels, with no header', () => {
    const rows = [
      ['1.属于国家秘密', '1', '2', '3', '4', '5', '6'],
      ['2.其他法律行政法规禁止公开', '7', '', '', '', '', '8'],
    ];
    const out = applyPaste(FORMAT_2021, {}, {}, 't3.new.natural', rows);
    expect(out.placedBy).toBe('labels');
    expect(out.values).toEqual({
      't3.deny1.natural': '1',
      't3.deny1.business': '2',
      't3.deny1.research': '3',
      't3.deny1.nonprofit': '4',
      't3.deny1.legal': '5',
      't3.deny1.otherOrg': '6',
      't3.deny2.natural': '7',
      't3.deny2.otherOrg': '8',
    });
  });

  it('reports numbers that fall on labels and text that is not a label of the table', () => {
    const { expected } = balancedT3Block(FORMAT_2021);
    const block = wpsStyleBlock(FORMAT_2021, 't3', expected);
    block[4]![0] = '9';
    block.push(['合计（非本表栏目）', '', '', '1']);
    const out = applyPaste(FORMAT_2021, {}, {}, 't3.new.natural', block);
    expect(out.placedBy).toBe('labels');
    expect(out.problems).toEqual([
      '第5行第1列“9”落在栏目名称「二、上年结转政府信息公开申请数量」处，未粘贴。',
      '第29行第1列“合计（非本表栏目）”不是本表的栏目，未粘贴。',
      '第29行第4列“1”超出了表格范围，未粘贴。',
    ]);
  });

  it('a bare block of numbers still lands from the focused cell', () => {
    expect(
      locateByLabels(FORMAT_2021.tables.t3, [
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toBeNull();
    // one ambiguous word is no evidence of where the block belongs
    expect(locateByLabels(FORMAT_2021.tables.t3, [['其他', '2']])).toBeNull();
    const out = applyPaste(FORMAT_2021, {}, {}, 't3.carried.business', [['1', '2']]);
    expect(out.placedBy).toBe('anchor');
    expect(out.values).toEqual({ 't3.carried.business': '1', 't3.carried.research': '2' });
  });

  it('caps a huge paste at the table size plus a margin, with one summary line', () => {
    const huge = Array.from({ length: 20_000 }, () => Array.from({ length: 10 }, () => 'x'));
    const t0 = performance.now();
    const plan = planPaste(blankReport({ year: 2025 }), FORMAT_2021, 't3.new.natural', huge);
    const ms = performance.now() - t0;
    expect(plan.notice.problems[0]).toBe(
      `复制的内容有 20000 行 × 10 列，远大于本表，只处理了前 ${FORMAT_2021.tables.t3.rows.length + PASTE_MARGIN} 行、前 10 列，其余内容未粘贴。`,
    );
    expect(plan.notice.problems.length).toBeLessThanOrEqual(32);
    expect(plan.notice.problems.at(-1)).toMatch(/^另有 \d+ 处未粘贴，不再逐条列出。$/);
    expect(ms).toBeGreaterThan(0); // measured for the report below, not asserted (no timing asserts)
  });
});

describe('htmlTableGrids', () => {
  it('expands rowspan/colspan: text at the top-left, empty under the rest, whitespace collapsed', () => {
    const grids = htmlTableGrids(
      '<table><tr><td rowspan="2" colspan="2"> a <br>b </td><td>c</td></tr><tr><td>d\n e</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>',
    );
    expect(grids).toEqual([
      [
        ['a b', '', 'c'],
        ['', '', 'd e'],
        ['1', '2', '3'],
      ],
    ]);
  });

  it('runs no script and reads each table on its own', () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const grids = htmlTableGrids(
      '<script>globalThis.pwned = true</script><table><tr><td><img src=x onerror="globalThis.pwned=true">1</td></tr></table><p>x</p><table><tr><td>2</td></tr></table>',
    );
    expect(grids).toEqual([[['1']], [['2']]]);
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
  });

  it('a Word table of 表三 lands every number by its labels', () => {
    const { expected } = balancedT3Block(FORMAT_2021);
    const [grid] = htmlTableGrids(wordHtmlTable(FORMAT_2021, 't3', expected));
    const out = applyPaste(FORMAT_2021, {}, {}, 't3.open.legal', grid!);
    expect(out.problems).toEqual([]);
    expect(wrongCells(FORMAT_2021, out.values, expected)).toEqual([]);
  });
});

describe('a block whose rows differ from the table', () => {
  it('still lands each row by its own label when a row is missing or an extra row is inserted', () => {
    const { expected } = balancedT3Block(FORMAT_2021);
    const block = wpsStyleBlock(FORMAT_2021, 't3', expected);
    const deny3 = block.findIndex((r) => r.some((c) => c.includes('三安全一稳定')));
    block.splice(deny3, 1); // the clerk's sheet has no 3.危及“三安全一稳定” row
    block.splice(5, 0, ['', '', '', '', '', '', '', '', '', '']); // and a blank row after 二
    const out = applyPaste(FORMAT_2021, {}, {}, 't3.new.natural', block);
    expect(out.placedBy).toBe('labels');
    const without = { ...expected };
    for (const k of Object.keys(without)) if (k.startsWith('t3.deny3.')) delete without[k];
    const all = computeAll(FORMAT_2021, out.values);
    const wrong = Object.keys(without).filter((k) => !FORMAT_2021.cellsByKey.get(k)!.parts && all[k] !== without[k]);
    expect(wrong).toEqual([]);
    expect(Object.keys(out.values).filter((k) => k.startsWith('t3.deny3.'))).toEqual([]);
  });
});
