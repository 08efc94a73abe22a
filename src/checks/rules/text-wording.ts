// Text carried over from older reports: C-R8 (years other than this one), C-R9 (the repealed 条例 of
// 国务院令第492号, and headings of the pre-2019 report format).
import type { CheckContext } from '../context';
import type { Finding } from '../types';
import { memoText } from '../text-cache';
import { parseText, quote } from './text-parse';

/**
 * C-R8 (warning): a year other than Y in the text. Y+1 is fine (成文, next year's plans); Y−1 only in a
 * comparison (较上年, 同比); any year in a span, a title 《…》 or 「…以来」 is fine.
 */
export function otherYears(ctx: CheckContext): Finding[] {
  const { year } = ctx.report;
  const out: Finding[] = [];
  for (const section of ctx.ix.texts) {
    const seen = new Set<string>();
    for (const m of parseText(ctx.report.texts[section.id] ?? '').years) {
      if (m.year === year || m.year === year + 1 || m.allowedContext) continue;
      if (m.year === year - 1 && m.comparison) continue;
      if (seen.has(m.sentence)) continue;
      seen.add(m.sentence);
      out.push({
        rule: 'C-R8',
        severity: 'warning',
        cells: [],
        fields: [section.field],
        subject: quote(m.sentence),
        message: `「${section.heading}」中“${quote(m.sentence)}”写的是${m.year}年，本报告是${year}年度报告。是否沿用了往年报告的文字？`,
      });
    }
  }
  return out;
}

const REPEALED = /(?:国务院令)?第\s*492\s*号|2007\s*年\s*4\s*月\s*5\s*日/;

/** Headings of the pre-2019 reports (the 2008–2018 practice), not those of 国办公开办函〔2019〕60号/〔2021〕30号. */
const OLD_HEADINGS = [
  '政府信息公开的收费及减免情况',
  '因政府信息公开申请行政复议、提起行政诉讼的情况',
  '依申请公开政府信息情况',
  '依申请公开政府信息的情况',
  '主动公开政府信息的情况',
  '政府信息公开工作存在的主要问题及改进措施',
];

const oldWording = memoText((text: string) => ({
  repealed: REPEALED.exec(text)?.[0] ?? null,
  old: OLD_HEADINGS.find((h) => text.includes(h)) ?? null,
}));

/** C-R9: the repealed 条例 (error: the report must follow the revised one), old headings (warning). */
export function repealedWording(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const section of ctx.ix.texts) {
    const text = ctx.report.texts[section.id] ?? '';
    if (text === '') continue;
    const { repealed, old } = oldWording(text);
    if (repealed) {
      out.push({
        rule: 'C-R9',
        severity: 'error',
        cells: [],
        fields: [section.field],
        subject: '492',
        message: `「${section.heading}」引用了“${repealed}”：2007年的《政府信息公开条例》（国务院令第492号）已由2019年修订的条例（国务院令第711号）取代，请改为引用现行条例。`,
      });
    }
    if (old) {
      out.push({
        rule: 'C-R9',
        severity: 'warning',
        cells: [],
        fields: [section.field],
        subject: old,
        message: `「${section.heading}」中的“${old}”是2019年以前年度报告的标题写法，请按现行格式的六个部分组织内容。`,
      });
    }
  }
  return out;
}
