// Cross-year check of the 汇总: Σ units' last-year 结转下年度继续办理 should equal this year's Σ 上年结转,
// except for units added to or removed from the list, which the explanation names. Pure.
import { getFormat } from '../formats';
import { computeAll, sumDecimals, type Report } from '../model';

const CARRIED = 't3.carried.total';
const CARRYOVER = 't3.carryover.total';

export interface UnitFigure {
  name: string;
  value: string;
}

export interface CarriedComparison {
  lastYearCarryover: string;
  thisYearCarried: string;
  /** this − last */
  difference: string;
  added: UnitFigure[];
  removed: UnitFigure[];
  /** Units in both years whose own figures disagree. */
  changed: { name: string; last: string; now: string }[];
}

function cell(report: Report, key: string): string {
  return computeAll(getFormat(report.formatId), report.values)[key] || '0';
}

export function compareCarried(
  thisYear: readonly { name: string; report: Report }[],
  lastYear: readonly { name: string; report: Report }[],
): CarriedComparison {
  const last = new Map(lastYear.map((u) => [u.name.trim(), cell(u.report, CARRYOVER)]));
  const now = new Map(thisYear.map((u) => [u.name.trim(), cell(u.report, CARRIED)]));
  const lastSum = sumDecimals([...last.values()]);
  const nowSum = sumDecimals([...now.values()]);
  const neg = lastSum.startsWith('-') ? lastSum.slice(1) : `-${lastSum}`;
  const added = [...now].filter(([n]) => !last.has(n)).map(([name, value]) => ({ name, value }));
  const removed = [...last].filter(([n]) => !now.has(n)).map(([name, value]) => ({ name, value }));
  const changed = [...now]
    .filter(([n, v]) => last.has(n) && last.get(n) !== v)
    .map(([name, v]) => ({ name, last: last.get(name)!, now: v }));
  return { lastYearCarryover: lastSum, thisYearCarried: nowSum, difference: sumDecimals([nowSum, neg]), added, removed, changed };
}
