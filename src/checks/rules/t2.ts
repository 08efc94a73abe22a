// T2-R2 (2021): 本年废止件数 ≤ 上年现行有效件数 + 本年制发件数 — one cannot repeal more than existed.
import { intOf, isBlank, type CheckContext } from '../context';
import type { Finding } from '../types';

/** 表二 rows of two 2021-format years with last year's 现行有效件数 filled: what T2-R2 and X-R2 compare. */
export function inForceRows(ctx: CheckContext) {
  const prev = ctx.previous;
  if (ctx.format.id !== '2021' || !prev || prev.format.id !== '2021') return [];
  const rows = [];
  for (const row of ctx.ix.t2Rows) {
    const { issued, repealed, inForce } = row.cells;
    if (!issued || !repealed || !inForce) continue;
    const prevRaw = prev.value(inForce.key);
    if (isBlank(prevRaw)) continue; // last year's figure unknown: nothing to compare with
    const before = intOf(prevRaw);
    const made = intOf(ctx.value(issued.key));
    const gone = intOf(ctx.value(repealed.key));
    if (before === null || made === null || gone === null) continue; // T2-R1 reports bad values
    rows.push({ name: row.name, issued, repealed, inForce, before, made, gone, prevYear: prev.report.year });
  }
  return rows;
}

export function t2Repealed(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const { name, issued, repealed, inForce, before, made, gone, prevYear } of inForceRows(ctx)) {
    if (gone <= before + made) continue;
    out.push({
      rule: 'T2-R2',
      severity: 'warning',
      cells: [repealed.key, issued.key],
      message: `「${name}」：${repealed.colLabel} ${gone} 多于${prevYear}年度报告的${inForce.colLabel} ${before} 与${issued.colLabel} ${made} 之和 ${before + made}，多出 ${gone - before - made}。请核对。`,
    });
  }
  return out;
}
