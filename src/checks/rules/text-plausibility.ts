// Plausibility of 表二 figures a clerk often gets wrong: T2-R3 收费金额 typed in 元 where the 2021 format
// asks 万元; T2-R4 规章 counted by a body that cannot make 规章 (立法法第九十三条: 国务院部门 and
// the governments of provinces and 设区的市 only).
import { compareDecimals } from '../../model';
import { intOf, type CheckContext } from '../context';
import type { Finding } from '../types';

/** 万元 figures from which the amount reads as 元: 10亿元 for any body, 1亿元 for a 部门/乡镇. */
const FEE_LIMIT = { unit: '10000', government: '100000' };

/** T2-R3 (warning, 2021 format): a 收费金额 of whole 元 and above the limit was probably typed in 元. */
export function feeUnit(ctx: CheckContext): Finding[] {
  if (ctx.format.id !== '2021') return [];
  const cell = ctx.format.cellsByKey.get('t2.fees.amount');
  const v = ctx.value('t2.fees.amount');
  if (!cell || !v || !/^\d+(?:\.\d{1,2})?$/.test(v)) return []; // 万元 with 4–6 decimals is 元 to the cent: fine
  const limit = ctx.report.scope === 'unit' ? FEE_LIMIT.unit : FEE_LIMIT.government;
  if (compareDecimals(v, limit) < 0) return [];
  return [
    {
      rule: 'T2-R3',
      severity: 'warning',
      cells: [cell.key],
      message: `「${cell.rowLabel}」${cell.colLabel}填写的是 ${v}，即 ${v} 万元。是否按“元”填写了？按元计的金额请除以 10000 后填写。`,
    },
  ];
}

/** T2-R4 (warning): 规章 figures in the report of a 部门/乡镇, or of a 县级 government. */
export function regulationMaker(ctx: CheckContext): Finding[] {
  const { scope, agencyLevel } = ctx.report;
  const unit = scope === 'unit' && agencyLevel !== 'vertical'; // 国务院部门 make 部门规章 and report as 垂直/部门
  const county = scope !== 'unit' && agencyLevel === 'county';
  if (!unit && !county) return [];
  const row = ctx.ix.t2Rows.find((r) => r.rowKey === 'regulation');
  if (!row) return [];
  const filled = Object.values(row.cells).filter((c) => (intOf(ctx.value(c.key)) ?? 0) > 0);
  if (filled.length === 0) return [];
  const who = unit ? '部门、乡镇' : '县级人民政府';
  return [
    {
      rule: 'T2-R4',
      severity: 'warning',
      cells: filled.map((c) => c.key),
      message: `「规章」一行填了数字，但${who}不能制定规章（只有国务院部门和省、自治区、直辖市及设区的市人民政府可以制定）。本单位起草、以政府名义发布的规章，应计入政府的年度报告；如确属本单位，请在正文中说明。`,
    },
  ];
}
