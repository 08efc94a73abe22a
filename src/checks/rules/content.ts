// Text sections: C-R1 (none left empty), C-R3 (一 ≤ 1000 字, 2021), C-R4 (五 not a copy of last year's), C-R5 (六 reports 信息处理费, 2021).
import type { TextSectionId } from '../../formats';
import { countCharacters } from '../../model';
import type { CheckContext } from '../context';
import { bigramsOf, dice, memoText } from '../text-cache';
import type { Finding } from '../types';

/** C-R1: a text section 一/五/六 has content (the tables always exist: the editor draws them from the format). */
export function emptySection(ctx: CheckContext, id: TextSectionId): Finding[] {
  const s = ctx.ix.texts.find((t) => t.id === id);
  if (!s || (ctx.report.texts[id] ?? '').trim() !== '') return [];
  return [
    {
      rule: 'C-R1',
      severity: 'error',
      cells: [],
      fields: [s.field],
      message: `「${s.heading}」还没有填写。年度报告的六个部分不能遗漏，没有相关情况也请如实写明。`,
    },
  ];
}

const OVERVIEW_LIMIT = 1000;
const characters = memoText(countCharacters);

/** C-R3 (warning, 2021 format): 一、总体情况 “篇幅原则上不超过一千字”. */
export function overviewLength(ctx: CheckContext): Finding[] {
  if (ctx.format.id !== '2021') return [];
  const text = ctx.report.texts.overview ?? '';
  if (text.length <= OVERVIEW_LIMIT) return []; // never more characters than UTF-16 units: skip counting
  const n = characters(text);
  if (n <= OVERVIEW_LIMIT) return [];
  const s = ctx.ix.sections.overview!;
  return [
    {
      rule: 'C-R3',
      severity: 'warning',
      cells: [],
      fields: ['text:overview'],
      message: `「${s.heading}」共 ${n} 字，超过原则上不超过 ${OVERVIEW_LIMIT} 字的要求（多 ${n - OVERVIEW_LIMIT} 字），请精简。`,
    },
  ];
}

/** Dice similarity of character bigrams from which 五 counts as 年年雷同: 0.8 keeps light edits flagged, a real rewrite passes. */
const SIMILARITY_LIMIT = 0.8;

/** C-R4 (warning): 五 is a near-duplicate of the previous year's 五. */
export function problemsRepeated(ctx: CheckContext): Finding[] {
  const prev = ctx.previous;
  const now = ctx.report.texts.problems ?? '';
  const before = prev?.report.texts.problems ?? '';
  if (!prev || now.trim() === '' || before.trim() === '') return [];
  const similarity = dice(bigramsOf(now), bigramsOf(before));
  if (similarity < SIMILARITY_LIMIT) return [];
  const s = ctx.ix.sections.problems!;
  return [
    {
      rule: 'C-R4',
      severity: 'warning',
      cells: [],
      fields: ['text:problems'],
      message: `「${s.heading}」与${prev.report.year}年度报告的同一部分相似度为 ${Math.floor(similarity * 100)}%，请结合本年实际写明问题和改进情况，避免年年雷同。`,
    },
  ];
}

/** C-R5 (error, 2021 format): 六 must report 信息处理费 (an amount, or that none was charged). */
export function processingFee(ctx: CheckContext): Finding[] {
  if (ctx.format.id !== '2021') return [];
  const text = ctx.report.texts.other ?? '';
  // An empty 六 is already C-R1; one error per empty field is enough.
  if (text.trim() === '' || text.includes('信息处理费')) return [];
  const s = ctx.ix.sections.other!;
  return [
    {
      rule: 'C-R5',
      severity: 'error',
      cells: [],
      fields: ['text:other'],
      message: `「${s.heading}」没有报告收取信息处理费的情况。请写明收费金额，或写明“本年度未收取信息处理费”。`,
    },
  ];
}
