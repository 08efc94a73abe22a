import { FORMAT_2019 } from './format-2019';
import { FORMAT_2021 } from './format-2021';
import type { FormatDef, FormatId } from './types';

export * from './types';
export { SECTION_HEADINGS, T3_NOTE } from './common';
export { isInputKind } from './build';
export { FORMAT_2019, FORMAT_2021 };

export const FORMATS: Record<FormatId, FormatDef> = { '2019': FORMAT_2019, '2021': FORMAT_2021 };

/** The first report year any statutory format covers (the revised 条例 took effect in 2019). */
export const FIRST_REPORT_YEAR = 2019;

export class FormatYearError extends Error {
  override name = 'FormatYearError';
}

/** 2019–2020 → 2019 format; 2021 on → 2021 format; earlier years are refused. */
export function formatForYear(year: number): FormatDef {
  if (!Number.isInteger(year)) throw new FormatYearError(`报告年度“${year}”不是有效的年份。`);
  if (year < FIRST_REPORT_YEAR) {
    throw new FormatYearError(
      `${year}年度报告早于新修订的《政府信息公开条例》（2019年5月15日施行），没有统一格式，本工具不支持。请选择2019年或以后的年度。`,
    );
  }
  return year <= 2020 ? FORMAT_2019 : FORMAT_2021;
}

export function getFormat(id: FormatId): FormatDef {
  return FORMATS[id];
}

export function isFormatId(value: unknown): value is FormatId {
  return value === '2019' || value === '2021';
}
