// Cross-year rules against the previous year's report (only when it is the year just before).
// A blank cell in last year's report means "not known", so it is not compared; a blank this year counts as 0.
import { intOf, isBlank, term, type CheckContext } from '../context';
import type { Finding } from '../types';
import { inForceRows } from './t2';

/** X-R1 (error): this year's 二、上年结转 = last year's 四、结转下年度继续办理, per column; t3 keys are shared by both formats. */
export function carriedOver(ctx: CheckContext): Finding[] {
  const prev = ctx.previous;
  if (!prev) return [];
  const out: Finding[] = [];
  const otherHeading = ctx.ix.sections.other?.heading ?? '';
  let totalColumn: Finding | null = null;
  for (const col of ctx.ix.t3Columns) {
    const prevCell = prev.format.cellsByKey.get(col.carryover.key);
    const prevRaw = prev.value(col.carryover.key);
    if (!prevCell || isBlank(prevRaw)) continue;
    const before = intOf(prevRaw);
    const now = intOf(ctx.value(col.carried.key));
    if (before === null || now === null || before === now) continue;
    const finding: Finding = {
      rule: 'X-R1',
      severity: 'error',
      cells: [col.carried.key],
      message: `「${col.name}」列：本年「${col.carried.rowLabel}」为 ${now}，但${prev.report.year}年度报告「${prevCell.rowLabel}」为 ${before}，相差 ${Math.abs(before - now)}。如因机构改革等原因统计口径有变化，请在「${otherHeading}」中说明。`,
    };
    if (col.colKey === 'total') totalColumn = finding;
    else out.push(finding);
  }
  // The 总计 column follows the others: one difference is reported once, unless only the totals differ.
  if (totalColumn && out.length === 0) out.push(totalColumn);
  return out;
}

/** X-R2 (warning, both 2021 format): 现行有效(本年) = 现行有效(上年) + 本年制发 − 本年废止. Often broken by 清理, so only a warning. */
export function inForceContinuity(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { name, issued, repealed, inForce, before, made, gone, prevYear } of inForceRows(ctx)) {
    const nowRaw = ctx.value(inForce.key);
    if (isBlank(nowRaw)) continue; // not filled yet (C-R7)
    const now = intOf(nowRaw);
    const expected = before + made - gone;
    if (now === null || now === expected) continue;
    out.push({
      rule: 'X-R2',
      severity: 'warning',
      cells: [inForce.key, issued.key, repealed.key],
      message: `「${name}」：${inForce.colLabel} ${now}，但${prevYear}年度报告的${inForce.colLabel} ${before} + ${issued.colLabel} ${made} − ${repealed.colLabel} ${gone} = ${expected}，相差 ${Math.abs(now - expected)}。如有集中清理等情况，请在正文中说明。`,
    });
  }
  return out;
}

/** X-R3 (warning, both 2019 format): 上一年项目数量(本年) = 上一年项目数量(上年) + 本年增/减(上年). */
export function itemContinuity(ctx: CheckContext): Finding[] {
  const prev = ctx.previous;
  if (ctx.format.id !== '2019' || !prev || prev.format.id !== '2019') return [];
  const out: Finding[] = [];
  for (const row of ctx.ix.t2Rows) {
    const { prevItems, change } = row.cells;
    if (!prevItems || !change) continue;
    const nowRaw = ctx.value(prevItems.key);
    const beforeRaw = prev.value(prevItems.key);
    if (isBlank(nowRaw) || isBlank(beforeRaw)) continue;
    const now = intOf(nowRaw);
    const before = intOf(beforeRaw);
    const delta = intOf(prev.value(change.key)); // blank 增/减 last year = no change
    if (now === null || before === null || delta === null) continue;
    const expected = before + delta;
    if (now === expected) continue;
    out.push({
      rule: 'X-R3',
      severity: 'warning',
      cells: [prevItems.key],
      message: `「${row.name}」：本年${prevItems.colLabel} ${now}，但${prev.report.year}年度报告的${prevItems.colLabel} ${before} + ${change.colLabel} ${term(delta)} = ${expected}，相差 ${Math.abs(now - expected)}。`,
    });
  }
  return out;
}
