// The one set of limits on what a report may hold. The inputs (maxlength, year range, date parsing), the
// paste and the import, the save and the read (src/store/validate.ts) all use these, so nothing the editor
// accepts can be refused when the draft is read back.
import { FIRST_REPORT_YEAR } from '../formats';

export const LIMITS = {
  id: 64,
  agencyName: 200,
  signature: 200,
  /** One text section; the official guideline for 一 is about 1000 characters, so this is very generous. */
  text: 200_000,
  declaredTotal: 40,
  firstYear: FIRST_REPORT_YEAR,
  lastYear: 2100,
  confirmations: 2000,
  findingKey: 300,
  confirmationReason: 200,
  dataNotes: 200,
  /** One 「插入数据说明」 sentence; keeps a whole draft far below a backup file's size limit. */
  dataNoteText: 5000,
  /** Cells one data sentence was written from (its `basis`). */
  dataNoteBasis: 200,
  /** A stored cell value (canonical numbers are far shorter). */
  cellValue: 64,
} as const;

// C0/C1 controls, DEL, bidi overrides and isolates, zero-width and other invisible format characters, line and
// paragraph separators, BOM, and noncharacters: none belongs in a name, and they can disguise text.
const INVISIBLE =
  '\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb\\ufffe\\uffff';
const CONTROL_IN_LINE = new RegExp(`[\\u0000-\\u001f${INVISIBLE}]`, 'g');
// In paragraphs \n and \t stay; zero-width joiners and marks are left alone there (some scripts need them).
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A one-line field (单位名称, 署名) without invisible or control characters. */
export function cleanLine(s: string): string {
  return s.replace(CONTROL_IN_LINE, '');
}

export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROL_IN_TEXT, '');
}

/** Why a 报告年度 cannot be used, or null. */
export function yearProblem(year: number): string | null {
  if (!Number.isInteger(year)) return `报告年度“${year}”不是有效的年份。`;
  // Same words as formatForYear's refusal, so every path says it alike.
  if (year < LIMITS.firstYear)
    return `${year}年度报告早于新修订的《政府信息公开条例》（2019年5月15日施行），没有统一格式，本工具不支持。请选择${LIMITS.firstYear}年或以后的年度。`;
  if (year > LIMITS.lastYear) return `报告年度不能晚于${LIMITS.lastYear}年。`;
  return null;
}

/** Why a one-line field is too long, or null. */
export function lineProblem(field: 'agencyName' | 'signature', value: string): string | null {
  const max = LIMITS[field];
  return value.length > max ? `${field === 'agencyName' ? '单位名称' : '署名'}最多${max}个字，现有${value.length}个。` : null;
}

export function textProblem(value: string): string | null {
  return value.length > LIMITS.text ? `正文每部分最多${LIMITS.text}个字，现有${value.length}个。` : null;
}

/** A real calendar date written YYYY-MM-DD with a four-digit year. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export type ParsedDate = { ok: true; value: string } | { ok: false; message: string };

/**
 * 成文日期 as a clerk writes it: 「2026年1月20日」, 2026-01-20, 2026.1.20, 2026/1/20 (full-width digits too);
 * '' stays blank. The year must be four digits in the range a report can be written in.
 */
export function parseDateText(text: string): ParsedDate {
  const t = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (t === '') return { ok: true, value: '' };
  const m = /^(\d+)\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?$/.exec(t);
  const bad: ParsedDate = { ok: false, message: `“${text.slice(0, 30)}”不是有效的日期，请按“2026年1月20日”填写。` };
  if (!m) return bad;
  if (m[1]!.length !== 4) return { ok: false, message: '成文日期的年份应为四位数字，如 2026。' };
  const year = Number(m[1]);
  if (year < LIMITS.firstYear || year > LIMITS.lastYear + 1)
    return { ok: false, message: `成文日期的年份应在${LIMITS.firstYear}年至${LIMITS.lastYear + 1}年之间。` };
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? { ok: true, value: iso } : bad;
}
