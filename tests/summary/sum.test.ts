// The 汇总's numbers: exact sums over the included units only; a unit's 勾稽 error named on the board and
// behind the sum's own finding.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks';
import { getFormat } from '../../src/formats';
import { computeAll } from '../../src/model';
import { buildBoard, progressText } from '../../src/summary/board';
import { attributeFindings } from '../../src/summary/delta';
import { detailSheets } from '../../src/summary/detail-sheets';
import { summaryReport, sumValues } from '../../src/summary/sum';
import { YEAR, unit, unitReport, workspace } from './helpers';

/** Exact decimal sum by BigInt on a fixed scale, written independently of src/model/decimal.ts. */
function bigSum(values: string[], scale: number): string {
  const total = values.reduce((acc, v) => {
    const [i = '0', f = ''] = v.split('.');
    return acc + BigInt(i + f.padEnd(scale, '0'));
  }, 0n);
  const s = total.toString().padStart(scale + 1, '0');
  return scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s;
}

/** 自然人 column of 表三 with 一 = n, kept balanced (filledReport: 一 10, 公开 5). */
const natural = (n: string) => ({ 't3.new.natural': n, 't3.open.natural': String(BigInt(n) - 5n) });

describe('sums', () => {
  it('are exact over units with decimals in 收费金额 and counts near 10^9', () => {
    const fees = ['24252.311082', '0.1', '0.2'];
    const counts = ['999999999', '999999998', '987654321'];
    const units = fees.map((fee, i) =>
      unit(
        `单位${i + 1}`,
        unitReport(`单位${i + 1}`, {
          't2.fees.amount': fee,
          ...natural(counts[i]!),
          't2.license.decisions': '',
          't2.penalty.decisions': i === 1 ? '4' : '',
        }),
      ),
    );
    const board = buildBoard(workspace(units), runChecks);
    expect(board.included).toHaveLength(3);
    const summed = sumValues(
      getFormat('2021'),
      board.included.map((u) => u.report),
    );
    expect(summed['t2.fees.amount']).toBe(bigSum(fees, 6)); // 24252.611082, where 0.1 + 0.2 in floats drifts
    expect(summed['t2.fees.amount']).toBe('24252.611082');
    expect(summed['t3.new.natural']).toBe(bigSum(counts, 0));
    expect(summed['t3.new.natural']).toBe('2987654318');
    // the 汇总's computed totals follow: （七）总计 of 自然人 and the whole 总计 column
    const all = computeAll(getFormat('2021'), summed);
    const perUnit = board.included.map((u) => computeAll(getFormat('2021'), u.report.values)['t3.results.total']!);
    expect(all['t3.results.total']).toBe(bigSum(perUnit, 0));
    // a cell blank in every unit stays blank; one filled somewhere is summed
    expect(summed['t2.license.decisions']).toBeUndefined();
    expect(summed['t2.penalty.decisions']).toBe('4');
    const sumErrors = runChecks(
      summaryReport(
        workspace(units),
        board.included.map((u) => u.report),
        null,
      ),
    ).filter((f) => f.severity === 'error' && f.cells.length > 0);
    expect(sumErrors).toEqual([]);
  });

  it('leave out a 垂直管理 unit, an unconfirmed match, a wrong year and a duplicate', () => {
    const a = unitReport('县教育局', natural('10'));
    const b = unitReport('县税务局', natural('1000'));
    const c = unitReport('县民政局', natural('300'));
    const d = unitReport('县水利局', natural('7'), YEAR - 1);
    const ws = workspace([
      unit('县教育局', a),
      unit('县税务局', b, { category: 'vertical' }),
      unit('县民政局', c, { confirmed: false }),
      unit('县水利局', d),
      unit('县教育局（重复）', { ...a }),
      unit('县卫健委', null),
    ]);
    const board = buildBoard(ws, runChecks);
    const state = Object.fromEntries(board.rows.map((r) => [r.unit.name, r.state]));
    expect(state).toEqual({
      县教育局: 'ok',
      县税务局: 'vertical',
      县民政局: 'unconfirmed',
      县水利局: 'wrong-year',
      '县教育局（重复）': 'duplicate',
      县卫健委: 'missing',
    });
    expect(board.included.map((u) => u.name)).toEqual(['县教育局']);
    expect(
      sumValues(
        getFormat('2021'),
        board.included.map((u) => u.report),
      )['t3.new.natural'],
    ).toBe('10');
    // 垂直管理 units are not expected to send a report; the other five are, four sent one
    expect(progressText(board)).toBe('已收到 4/5');
  });

  it('flag a unit that looks like a 垂直管理 one but is counted as a department', () => {
    const board = buildBoard(workspace([unit('国家税务总局某某县税务局', unitReport('国家税务总局某某县税务局'))]), runChecks);
    expect(board.rows[0]!.verticalSuspect).toContain('垂直管理');
  });
});

describe('a unit with a 勾稽 error', () => {
  it('is named on the board with its Δ, and summed only with a recorded reason', () => {
    const r = unitReport('县财政局', { 't3.new.natural': '25' }); // filledReport balances at 10: Δ = +15
    const ws = workspace([unit('县教育局', unitReport('县教育局')), unit('县财政局', r)]);
    const board = buildBoard(ws, runChecks);
    const row = board.rows.find((x) => x.unit.name === '县财政局')!;
    expect(row.state).toBe('errors');
    expect(row.included).toBe(false);
    const t3 = row.errors.find((e) => e.finding.rule === 'T3-R1')!;
    expect(t3.delta).toBe('15');
    expect(board.included.map((u) => u.name)).toEqual(['县教育局']);

    const forced = buildBoard(
      { ...ws, units: ws.units.map((u) => (u.name === '县财政局' ? { ...u, forceReason: '单位已书面说明，更正稿下周报送' } : u)) },
      runChecks,
    );
    expect(forced.rows.find((x) => x.unit.name === '县财政局')!.state).toBe('forced');
    expect(forced.included.map((u) => u.name)).toEqual(['县教育局', '县财政局']);
  });

  it('is named behind the same failure of the sum', () => {
    const r = unitReport('县财政局', { 't3.new.natural': '25' });
    const ws = workspace([unit('县教育局', unitReport('县教育局')), unit('县财政局', r, { forceReason: '已说明' })]);
    const board = buildBoard(ws, runChecks);
    const sum = summaryReport(
      ws,
      board.included.map((u) => u.report),
      null,
    );
    const sumFindings = runChecks(sum);
    const t3 = sumFindings.filter((f) => f.rule === 'T3-R1');
    expect(t3.length).toBeGreaterThan(0);
    const units = board.rows
      .filter((x) => x.included)
      .map((x) => ({ name: x.unit.name, report: x.unit.receipt!.report, errors: x.errors.map((e) => e.finding) }));
    const attributed = attributeFindings(sumFindings, units).filter((a) => a.finding.rule === 'T3-R1');
    expect(attributed.length).toBe(t3.length);
    for (const a of attributed) expect(a.units).toEqual([{ name: '县财政局', delta: '15' }]);
  });
});

describe('分单位明细', () => {
  it('has one row per unit and a 合计 row equal to the 汇总 in every table', () => {
    const units = [unit('甲', unitReport('甲', { 't2.fees.amount': '1.25' })), unit('乙', unitReport('乙', { 't2.fees.amount': '2.5' }))];
    const board = buildBoard(workspace(units), runChecks);
    const sum = summaryReport(
      workspace(units),
      board.included.map((u) => u.report),
      null,
    );
    const sheets = detailSheets(board.included, sum);
    expect(sheets.map((s) => s.name)).toEqual(['表二 主动公开', '表三 依申请公开', '表四 复议诉讼']);
    const all = computeAll(getFormat('2021'), sum.values);
    for (const [i, t] of (['t2', 't3', 't4'] as const).entries()) {
      const rows = sheets[i]!.rows;
      expect(rows).toHaveLength(1 + 2 + 1);
      expect(rows[3]![0]).toMatchObject({ value: '合计' });
      getFormat('2021').tables[t].cells.forEach((c, j) => {
        const cell = rows[3]![j + 1];
        expect(cell === null ? '' : String(cell.value)).toBe(all[c.key] === '' ? '' : String(Number(all[c.key])));
      });
    }
    const feeColumn = 1 + getFormat('2021').tables.t2.cells.findIndex((c) => c.key === 't2.fees.amount');
    expect(sheets[0]!.rows[3]![feeColumn]).toEqual({ value: 3.75, type: Number });
    expect(sheets[0]!.rows[1]![feeColumn]).toEqual({ value: 1.25, type: Number });
  });
});

describe('cross-year', () => {
  it("compares Σ last year's 结转下年度 with Σ this year's 上年结转, naming units added, removed and not following on", async () => {
    const { compareCarried } = await import('../../src/summary/cross-year');
    // filledReport: 结转下年度 1 and 上年结转 2 in each of the six applicant columns → 6 and 12 in 总计
    const last = [
      { name: '县教育局', report: unitReport('县教育局', {}, YEAR - 1) },
      { name: '县粮食局', report: unitReport('县粮食局', {}, YEAR - 1) },
    ];
    const now = [
      { name: '县教育局', report: unitReport('县教育局') },
      { name: '县应急局', report: unitReport('县应急局') },
    ];
    const c = compareCarried(now, last);
    expect([c.lastYearCarryover, c.thisYearCarried, c.difference]).toEqual(['12', '24', '12']);
    expect(c.added).toEqual([{ name: '县应急局', value: '12' }]);
    expect(c.removed).toEqual([{ name: '县粮食局', value: '6' }]);
    expect(c.changed).toEqual([{ name: '县教育局', last: '6', now: '12' }]);
  });
});
