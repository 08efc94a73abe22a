// 成文日期 as clerks write it: 「2026年1月20日」, 2026-01-20, 2026.1.20, 2026/1/20 (full-width digits too).
// Stored as ISO yyyy-mm-dd (what the report schema and its validator accept); shown in Chinese.

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

/** Years a report's 成文日期 can plausibly have (the validator's four-digit ISO date fits inside). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function parseDateText(raw: string): ParsedDate {
  const text = raw.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');
  if (text === '') return { ok: true, iso: '' };
  const m = /^(\d{4})(?:年|[-./．／])(\d{1,2})(?:月|[-./．／])(\d{1,2})日?$/.exec(text);
  if (!m) return { ok: false, message: `“${raw.trim()}”不是日期，请按「2026年1月20日」的样子填写。` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return { ok: false, message: `年份 ${year} 不对，请填写 ${FIRST_YEAR}—${LAST_YEAR} 年之间的日期。` };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false, message: `${year}年没有${month}月${day}日，请核对。` };
  return { ok: true, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
