// 表三 arithmetic (T3-R1…R3) and the 其他处理 share (T3-R5, T3-R6). Totals are computed by the editor,
// so R2/R3 can only disagree with a total that came from outside (report.declaredTotals).
import type { ValueCellDef } from '../../formats';
import { intOf, term, type CheckContext } from '../context';
import type { Finding } from '../types';

/** T3-R1: per column, 一 + 二 = 三（七）总计 + 四 (the table's own 勾稽 note). */
export function t3Balance(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { value } = ctx;
  let totalColumn: Finding | null = null;
  for (const col of ctx.ix.t3Columns) {
    const a = intOf(value(col.newCell.key));
    const b = intOf(value(col.carried.key));
    const c = intOf(value(col.results.key));
    const d = intOf(value(col.carryover.key));
    if (a === null || b === null || c === null || d === null) continue; // T3-R4 reports the bad value
    const left = a + b;
    const right = c + d;
    if (left === right) continue;
    const finding: Finding = {
      rule: 'T3-R1',
      severity: 'error',
      cells: [col.newCell.key, col.carried.key, col.results.key, col.carryover.key],
      message: `「${col.name}」列：第一项 ${a} + 第二项 ${term(b)} = ${left}，但第三项总计 ${c} + 第四项 ${term(d)} = ${right}，相差 ${Math.abs(left - right)}。`,
    };
    if (col.colKey === 'total') totalColumn = finding;
    else out.push(finding);
  }
  // The 总计 column sums the others: its imbalance is theirs, reported once, unless only it is off.
  if (totalColumn && out.length === 0) out.push(totalColumn);
  return out;
}

function declaredMismatch(ctx: CheckContext, cell: ValueCellDef): { declared: number; computed: number } | null {
  const raw = ctx.report.declaredTotals[cell.key];
  if (raw === undefined || raw === '') return null;
  const declared = intOf(raw);
  const computed = intOf(ctx.value(cell.key));
  if (declared === null || computed === null || declared === computed) return null;
  return { declared, computed };
}

/** T3-R2: a declared row 总计 differs from the sum of the six applicant columns. */
export function t3RowTotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const cell of ctx.ix.totals.t3) {
    if (cell.colKey !== 'total') continue;
    const m = declaredMismatch(ctx, cell);
    if (!m) continue;
    const parts = cell.parts!.map((k) => ctx.format.cellsByKey.get(k)!);
    const sum = parts.map((p) => `${p.colLabel} ${term(intOf(ctx.value(p.key)) ?? 0)}`).join(' + ');
    out.push({
      rule: 'T3-R2',
      severity: 'error',
      cells: [cell.key, ...cell.parts!],
      message: `「${cell.rowLabel}」行：原表填写的总计为 ${m.declared}，但各申请人列之和为 ${m.computed}（${sum}），相差 ${Math.abs(m.declared - m.computed)}。`,
    });
  }
  return out;
}

/** T3-R3: a declared （七）总计 of an applicant column differs from the sum of that column's result rows. */
export function t3ResultTotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const col of ctx.ix.t3Columns) {
    if (col.colKey === 'total') continue; // its （七）总计 is also a row total: T3-R2
    const m = declaredMismatch(ctx, col.results);
    if (!m) continue;
    out.push({
      rule: 'T3-R3',
      severity: 'error',
      cells: [col.results.key, ...col.results.parts!],
      message: `「${col.name}」列：原表填写的「${col.results.rowLabel}」为 ${m.declared}，但本列各项办理结果之和为 ${m.computed}，相差 ${Math.abs(m.declared - m.computed)}。`,
    });
  }
  return out;
}

/** Share threshold of T3-R5/R6: the 10% the spec suggests for S2's undefined 「高」. */
const OTHER_SHARE_LIMIT = 0.1;

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 1000) / 10}%`;
}

/**
 * T3-R5 (（六）其他处理 in the 总计 column > 10% of （七）总计) and, 2021 only, T3-R6 (（六）3.其他 alone > 10%).
 * When 3.其他 alone is over the limit the group is too; only the more specific T3-R6 is reported then,
 * so the clerk gets one warning about the same cells rather than two.
 */
export function t3OtherShare(ctx: CheckContext): Finding[] {
  const { ix, value } = ctx;
  const total = intOf(value(ix.t3ResultsTotal.key));
  if (total === null || total <= 0) return [];
  if (ix.t3Other3) {
    const other3 = intOf(value(ix.t3Other3.key));
    if (other3 !== null && other3 > total * OTHER_SHARE_LIMIT) {
      return [
        {
          rule: 'T3-R6',
          severity: 'warning',
          cells: [ix.t3Other3.key, ix.t3ResultsTotal.key],
          message: `「${ix.t3Other3.rowLabel}」共 ${other3} 件，占「${ix.t3ResultsTotal.rowLabel}」${total} 件的 ${percent(other3, total)}，超过 10%。“其他”只用于无法归入法定处理方式的申请，请核对能否归入（一）至（五）或（六）的第1、2项。`,
        },
      ];
    }
  }
  let other = 0;
  for (const cell of ix.t3OtherRows) {
    const v = intOf(value(cell.key));
    if (v === null) return [];
    other += v;
  }
  if (other <= total * OTHER_SHARE_LIMIT) return [];
  return [
    {
      rule: 'T3-R5',
      severity: 'warning',
      cells: [...ix.t3OtherRows.map((c) => c.key), ix.t3ResultsTotal.key],
      message: `「${ix.t3OtherGroupName}」共 ${other} 件，占「${ix.t3ResultsTotal.rowLabel}」${total} 件的 ${percent(other, total)}，超过 10%。原则上所有申请都应按法定方式处理，请核对是否有可归入（一）至（五）的申请。`,
    },
  ];
}
