// T4-R1: each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. The editor computes 总计,
// so only a total that came from outside (report.declaredTotals) can disagree.
import { intOf, type CheckContext } from '../context';
import type { Finding } from '../types';

export function t4Totals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const group of ctx.ix.t4Groups) {
    const raw = ctx.report.declaredTotals[group.total.key];
    if (raw === undefined || raw === '') continue;
    const declared = intOf(raw);
    const computed = intOf(ctx.value(group.total.key));
    if (declared === null || computed === null || declared === computed) continue; // T4-R2 reports bad values
    const sum = group.parts.map((p) => `${p.colLabel} ${intOf(ctx.value(p.key)) ?? 0}`).join(' + ');
    out.push({
      rule: 'T4-R1',
      severity: 'error',
      cells: [group.total.key, ...group.parts.map((p) => p.key)],
      message: `「${group.name}」：原表填写的${group.total.colLabel}为 ${declared}，但 ${sum} = ${computed}，相差 ${Math.abs(declared - computed)}。`,
    });
  }
  return out;
}
