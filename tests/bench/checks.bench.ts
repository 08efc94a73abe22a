// runChecks on a full 2021 report with non-zero values and a previous-year report, many times.
// Budget (issue 2): ≤ 50 µs per full check. Prints figures; no timing asserts.
import { it } from 'vitest';
import { runChecks } from '../../src/checks';
import type { Report } from '../../src/model';
import { filledReport, previousOf, withTexts, withValues } from '../checks/helpers';
import { reportFigure } from './budget';

/** Distinct report objects, as the editor produces one per edit (nothing cached on the current report). */
function variants(base: Report, n: number, changeText: boolean): Report[] {
  return Array.from({ length: n }, (_, i) => {
    // one more 一 and one more 予以公开 keeps 一 + 二 = 三 + 四
    const r = withValues(base, {
      't3.new.natural': String(10 + i),
      't3.open.natural': String(5 + i),
      't2.license.decisions': String(1200 + i),
    });
    return changeText ? withTexts(r, { overview: `${r.texts.overview}第${i}次修改。`, problems: `${r.texts.problems}（修改${i}）` }) : r;
  });
}

function measure(label: string, reports: Report[], previous: Report, iterations: number): void {
  let sink = 0;
  for (let i = 0; i < 5_000; i++) sink += runChecks(reports[i % reports.length]!, previous).length; // warm up
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += runChecks(reports[i % reports.length]!, previous).length;
  const elapsed = Number(process.hrtime.bigint() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const heapAfter = process.memoryUsage().heapUsed;
  const findings = runChecks(reports[0]!, previous);
  reportFigure(
    `${label}: 每次完整检查`,
    elapsed / iterations,
    50,
    'µs',
    `（CPU ${((cpu.user + cpu.system) / iterations).toFixed(2)} µs，${iterations} 次，${findings.length} 条结果，sink ${sink}；` +
      `堆 ${(heapAfter / 1048576).toFixed(1)} MiB，运行中增加 ${((heapAfter - heapBefore) / 1048576).toFixed(1)} MiB）`,
  );
}

it('runChecks on a 2021 report with non-zero values', () => {
  // Realistic long texts: a ~900-character 一 and a ~400-character 五.
  const base = withTexts(filledReport(2021), {
    overview: '本局坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。'.repeat(24),
    problems: '一是政策解读形式较为单一；二是依申请公开答复的规范性有待提高。下一步将丰富解读形式，完善答复模板。'.repeat(8),
  });
  const prev2020 = previousOf(base); // 2019 format: X-R1 across the format change
  measure('2021 vs 2020, cell edits (texts unchanged)', variants(base, 64, false), prev2020, 100_000);
  measure('2021 vs 2020, text edited every time', variants(base, 64, true), prev2020, 20_000);

  const r2022 = withTexts(filledReport(2022), { overview: base.texts.overview, problems: base.texts.problems });
  const prev2021 = previousOf(r2022); // 2021 format: X-R2, T2-R2 as well
  measure('2022 vs 2021, cell edits', variants(r2022, 64, false), prev2021, 100_000);
});
