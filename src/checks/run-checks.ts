// The check engine: pure functions of the report (and last year's), no DOM. Findings come in the order
// of the document (dates and format, 一, 表二, 表三, 表四, 五, 六) so the problems panel reads top-down.
import type { Report } from '../model';
import { makeContext, type CheckContext } from './context';
import { emptySection, overviewLength, problemsRepeated, processingFee } from './rules/content';
import { carriedOver, inForceContinuity, itemContinuity } from './rules/cross-year';
import { dateInNextYear, deadline, formatOfYear, periodInTexts } from './rules/dates';
import { emptyCells } from './rules/empty-cells';
import { invalidValues } from './rules/stored';
import { t2Repealed } from './rules/t2';
import { t3Balance, t3OtherShare, t3ResultTotals, t3RowTotals } from './rules/t3';
import { t4Totals } from './rules/t4';
import { overviewParts, problemsAndMeasures } from './rules/text-content';
import { textClaims } from './rules/text-claims';
import { staleDataNotes } from './rules/text-notes';
import { feeUnit, regulationMaker } from './rules/text-plausibility';
import { otherYears, repealedWording } from './rules/text-wording';
import type { Finding } from './types';

type Rule = (ctx: CheckContext) => Finding[];

const RULES: Rule[] = [
  formatOfYear,
  dateInNextYear,
  deadline,
  periodInTexts,
  (ctx) => emptySection(ctx, 'overview'),
  overviewLength,
  overviewParts,
  (ctx) => invalidValues(ctx, 't2', 'T2-R1'),
  t2Repealed,
  inForceContinuity,
  itemContinuity,
  (ctx) => emptyCells(ctx, 't2'),
  feeUnit,
  regulationMaker,
  (ctx) => invalidValues(ctx, 't3', 'T3-R4'),
  t3Balance,
  t3RowTotals,
  t3ResultTotals,
  t3OtherShare,
  carriedOver,
  (ctx) => emptyCells(ctx, 't3'),
  (ctx) => invalidValues(ctx, 't4', 'T4-R2'),
  t4Totals,
  (ctx) => emptyCells(ctx, 't4'),
  (ctx) => emptySection(ctx, 'problems'),
  problemsRepeated,
  problemsAndMeasures,
  (ctx) => emptySection(ctx, 'other'),
  processingFee,
  // across the texts, in the order of the sections they quote
  textClaims,
  otherYears,
  repealedWording,
  staleDataNotes,
];

export function runChecks(report: Report, previous?: Report | null): Finding[] {
  const ctx = makeContext(report, previous);
  const out: Finding[] = [];
  for (const rule of RULES) {
    const found = rule(ctx);
    for (let i = 0; i < found.length; i++) out.push(found[i]!);
  }
  return out;
}
