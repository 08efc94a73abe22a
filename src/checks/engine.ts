// The check engine: pure functions of the report (and last year's), no DOM. Findings come in the order
// of the document (dates and format, 一, 表二, 表三, 表四, 五, 六) so the problems panel reads top-down.
// The rules that read the texts (text-rules.ts) are passed in: the editor loads them only once a draft has
// text (a draft without any finds nothing with them, tests/checks/engine-parts.test.ts), run-checks.ts always.
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
import { feeUnit, regulationMaker } from './rules/text-plausibility';
import type { TextRules } from './text-rules';
import type { Finding } from './types';

type Rule = (ctx: CheckContext) => Finding[];

/** Every rule in document order; the text rules left out when `text` is null. */
function rulesWith(text: TextRules | null): Rule[] {
  const rules: (Rule | undefined)[] = [
    formatOfYear,
    dateInNextYear,
    deadline,
    periodInTexts,
    (ctx) => emptySection(ctx, 'overview'),
    overviewLength,
    text?.overviewParts,
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
    text?.problemsAndMeasures,
    (ctx) => emptySection(ctx, 'other'),
    processingFee,
    // across the texts, in the order of the sections they quote
    text?.textClaims,
    text?.otherYears,
    text?.repealedWording,
    text?.staleDataNotes,
  ];
  return rules.filter((r): r is Rule => r !== undefined);
}

/** Whether a draft has anything the text rules read: without texts and 数据说明 they find nothing. */
export function hasTexts(report: Report): boolean {
  return Object.values(report.texts).some((t) => t !== '') || report.dataNotes.length > 0;
}

/** A runChecks over the given rules (text rules included when passed). */
export function makeRunChecks(text: TextRules | null): (report: Report, previous?: Report | null) => Finding[] {
  const rules = rulesWith(text);
  return (report, previous) => {
    const ctx = makeContext(report, previous);
    const out: Finding[] = [];
    for (const rule of rules) {
      const found = rule(ctx);
      for (let i = 0; i < found.length; i++) out.push(found[i]!);
    }
    return out;
  };
}
