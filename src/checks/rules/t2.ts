// T2-R2 (2021): 本年废止件数 ≤ 上年现行有效件数 + 本年制发件数 — one cannot repeal more than existed.
import { intOf, isBlank, type CheckContext } from '../context';
import type { Finding } from '../types';

export function t2Repealed(ctx: CheckContext): Finding[] {
  const prev = ctx.previous;
  if (ctx.format.id !== '2021' || !prev || prev.format.id !== '2021') return [];
  const out: Finding[] = [];
  for (const row of ctx.ix.t2Rows) {
    const { issued, repealed, inForce } = row.cells;
    if (!issued || !repealed || !inForce) continue;
    const prevRaw = prev.value(inForce.key);
    if (isBlank(prevRaw)) continue; // last year's figure unknown: nothing to compare with
    const before = intOf(prevRaw);
    const made = intOf(ctx.value(issued.key));
    const gone = intOf(ctx.value(repealed.key));
    if (before === null || made === null || gone === null || gone <= before + made) continue;
    out.push({
      rule: 'T2-R2', severity: 'warning', cells: [repealed.key, issued.key],
      message: `「${row.name}」：${repealed.colLabel} ${gone} 多于${prev.report.year}年度报告的${inForce.colLabel} ${before} 与${issued.colLabel} ${made} 之和 ${before + made}，多出 ${gone - before - made}。请核对。`,
    });
  }
  return out;
}
