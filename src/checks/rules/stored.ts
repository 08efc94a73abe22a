// T3-R4, T4-R2, T2-R1: every stored value is a canonical number of its cell's kind. The editor refuses bad
// input, so these catch values from old drafts and imports ("-3", "1.5", "abc"), declared totals included.
import type { TableId } from '../../formats';
import { describeKind, isValidStored } from '../../model';
import type { CheckContext } from '../context';
import type { Finding, RuleId } from '../types';

export function invalidValues(ctx: CheckContext, table: TableId, rule: RuleId): Finding[] {
  const out: Finding[] = [];
  const { declaredTotals } = ctx.report;
  const inputs = ctx.ix.inputs[table];
  const positions = ctx.ix.inputPositions[table];
  for (let k = 0; k < inputs.length; k++) {
    const v = ctx.cells[positions[k]!]!; // as stored, '' when blank
    const cell = inputs[k]!;
    if (v === '' || cell.kind === 'total' || isValidStored(v, cell.kind)) continue;
    out.push({
      rule,
      severity: 'error',
      cells: [cell.key],
      message: `「${cell.rowLabel}」「${cell.colLabel}」栏中的“${v}”不是${describeKind(cell.kind)}，请重新填写。`,
    });
  }
  // A declared total is a count in 表三/表四 (表二 has no totals).
  for (const cell of ctx.ix.totals[table]) {
    const v = declaredTotals[cell.key];
    if (v === undefined || v === '' || isValidStored(v, 'count')) continue;
    out.push({
      rule,
      severity: 'error',
      cells: [cell.key],
      message: `「${cell.rowLabel}」「${cell.colLabel}」栏原表填写的总计“${v}”不是${describeKind('count')}，请核对原表。`,
    });
  }
  return out;
}
