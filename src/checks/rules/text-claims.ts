// C-R6 (warning): quantities stated in 一/五/六 that contradict the cells they describe
// (「收到政府信息公开申请25件」 while 表三 一、本年新收 总计 is 21; 「较上年增长25%」 against last year's draft).
import { intOf, isBlank, type CheckContext, type YearData } from '../context';
import type { FieldRef, Finding } from '../types';
import { parseText, quote, type Claim, type ClaimTarget } from './text-parse';

/** The cells a claim is about, per format (their values are summed). */
function cellsOf(target: ClaimTarget, formatId: string): string[] {
  switch (target) {
    case 'new':
      return ['t3.new.total'];
    case 'results':
      return ['t3.results.total'];
    case 'open':
      return ['t3.open.total'];
    case 'partial':
      return ['t3.partial.total'];
    case 'review':
      return ['t4.review.total'];
    case 'litigation':
      return ['t4.direct.total', 't4.after.total'];
    case 'regulation':
      return [formatId === '2021' ? 't2.regulation.issued' : 't2.regulation.made'];
    case 'normative':
      return [formatId === '2021' ? 't2.normative.issued' : 't2.normative.made'];
    case 'license':
      return ['t2.license.decisions'];
    case 'penalty':
      return ['t2.penalty.decisions'];
    case 'enforcement':
      return ['t2.enforcement.decisions'];
  }
}

/** Sum of the cells, null when one is blank or not a count (nothing to compare). */
function sumOf(data: YearData, keys: string[]): number | null {
  let sum = 0;
  for (const k of keys) {
    const raw = data.value(k);
    if (isBlank(raw) || !data.format.cellsByKey.has(k)) return null;
    const n = intOf(raw);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

function cellName(ctx: CheckContext, keys: string[]): string {
  return keys
    .map((k) => {
      const c = ctx.format.cellsByKey.get(k)!;
      return `${ctx.ix.captions[c.table].slice(0, 2)}「${c.rowLabel}」「${c.colLabel}」`;
    })
    .join(' + ');
}

function claimFinding(ctx: CheckContext, field: FieldRef[], heading: string, claim: Claim): Finding | null {
  const { year } = ctx.report;
  // A sentence about another year (「2024年收到申请30件」) states no figure of this report.
  if (claim.vague || claim.years.some((y) => y !== year)) return null;
  const keys = cellsOf(claim.target, ctx.format.id);
  const now = sumOf(ctx, keys);
  if (now === null) return null;
  if (claim.n !== now) {
    // 「收到申请 N 件」 may count last year's carried-over ones too: the scope is unclear, stay quiet.
    if (claim.target === 'new' && claim.n === now + (intOf(ctx.value('t3.carried.total')) ?? 0)) return null;
    return {
      rule: 'C-R6',
      severity: 'warning',
      cells: keys,
      fields: field,
      subject: quote(claim.sentence),
      message: `「${heading}」中“${quote(claim.sentence)}”写的是 ${claim.n}，但${cellName(ctx, keys)}为 ${now}。请核对文字或表格（发布内容须准确）。`,
    };
  }
  const change = claim.change;
  const prev = ctx.previous;
  if (!change || !prev) return null;
  const before = sumOf(prev, cellsOf(claim.target, prev.format.id));
  if (before === null) return null;
  const diff = now - before;
  if (change.percent) {
    if (before === 0) return null;
    const actual = (diff / before) * 100;
    const tolerance = 0.5 * 10 ** -change.decimals + 1e-9;
    if (Math.abs(change.sign * change.value - actual) <= tolerance) return null;
    return {
      rule: 'C-R6',
      severity: 'warning',
      cells: keys,
      fields: field,
      subject: quote(claim.sentence),
      message: `「${heading}」中“${quote(claim.sentence)}”写的是较上年${change.sign > 0 ? '增长' : '下降'} ${change.value}%，但按${prev.report.year}年度报告的 ${before} 和本年的 ${now} 计算为${actual >= 0 ? '增长' : '下降'} ${Math.abs(actual).toFixed(1)}%。`,
    };
  }
  if (change.sign * change.value === diff) return null;
  return {
    rule: 'C-R6',
    severity: 'warning',
    cells: keys,
    fields: field,
    subject: quote(claim.sentence),
    message: `「${heading}」中“${quote(claim.sentence)}”写的是较上年${change.sign > 0 ? '增加' : '减少'} ${change.value}，但${prev.report.year}年度报告为 ${before}、本年为 ${now}，实际${diff >= 0 ? '增加' : '减少'} ${Math.abs(diff)}。`,
  };
}

export function textClaims(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const section of ctx.ix.texts) {
    const { claims } = parseText(ctx.report.texts[section.id] ?? '');
    for (const claim of claims) {
      const f = claimFinding(ctx, [section.field], section.heading, claim);
      if (f) out.push(f);
    }
  }
  return out;
}
