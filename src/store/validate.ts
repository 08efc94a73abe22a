// Every report that comes from outside this page's memory (an IndexedDB record, a backup file) passes
// through here: older shapes are migrated step by step to REPORT_SCHEMA_VERSION, then every field is
// checked. A bad record gets a Chinese reason; it never reaches the editor, the checks or the export.
import { formatForYear, getFormat, isFormatId, FIRST_REPORT_YEAR, type FormatDef } from '../formats';
import {
  AGENCY_LEVELS,
  LIMITS,
  REPORT_SCHEMA_VERSION,
  cleanLine,
  cleanText,
  isIsoDate,
  yearProblem,
  REPORT_SCOPES,
  isValidStored,
  parseValue,
  type AgencyLevel,
  type Confirmation,
  type DataNote,
  type Report,
  type ReportScope,
} from '../model';

export type Validated<T> = { ok: true; value: T } | { ok: false; message: string };

export { LIMITS, cleanLine, cleanText };

/** Keys that would reach an object's prototype if copied naively; refused anywhere in outside data. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Migrations of the stored report shape, from version n to n + 1. Each takes a plain object and returns
 * a new one; they must stay forever (an agency may open the tool once a year).
 */
const MIGRATIONS: Record<number, (r: Record<string, unknown>) => Record<string, unknown>> = {
  // v0 (early drafts): no schemaVersion, no declaredTotals/agencyLevel/signature, values possibly numbers.
  0: (r) => {
    const values: Record<string, unknown> = {};
    if (isPlainObject(r.values)) {
      for (const [k, v] of Object.entries(r.values)) {
        if (FORBIDDEN_KEYS.has(k)) continue;
        values[k] = typeof v === 'number' && Number.isFinite(v) ? String(v) : v === null ? '' : v;
      }
    }
    return {
      ...r,
      schemaVersion: 1,
      values,
      declaredTotals: r.declaredTotals ?? {},
      agencyLevel: r.agencyLevel ?? 'department',
      signature: r.signature ?? '',
      dateWritten: r.dateWritten ?? '',
      texts: r.texts ?? {},
      formatId:
        r.formatId ??
        (typeof r.year === 'number' && Number.isInteger(r.year) && r.year >= FIRST_REPORT_YEAR ? formatForYear(r.year).id : undefined),
    };
  },
  // v1 → v2: report scope (from the deadline tier), 加盖印章, confirmed warnings, tracked data sentences.
  1: (r) => ({
    ...r,
    schemaVersion: 2,
    scope: r.scope ?? scopeFromLevel(r.agencyLevel),
    sealed: r.sealed ?? false,
    confirmations: r.confirmations ?? {},
    dataNotes: r.dataNotes ?? [],
  }),
};

/** A government's deadline tier means its report is the 本级政府汇总; every other tier reports for itself. */
function scopeFromLevel(level: unknown): ReportScope {
  return level === 'county' || level === 'prefecture' || level === 'province' ? 'government-summary' : 'unit';
}

/** The schema version a raw report says it has (absent = 0). */
function versionOf(raw: Record<string, unknown>): number | null {
  const v = raw.schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

export interface ReportCheckOptions {
  /** How the report is named in messages, e.g. 「第3份草稿」. */
  label?: string;
  now?: number;
}

/** Migrates and validates one report. Never throws; never returns a report that the app cannot handle. */
export function validateReport(raw: unknown, options: ReportCheckOptions = {}): Validated<Report> {
  const label = options.label ?? '这份草稿';
  const fail = (reason: string): Validated<Report> => ({ ok: false, message: `${label}${reason}` });
  if (!isPlainObject(raw)) return fail('的数据不是有效的报告（格式损坏）。');
  let r: Record<string, unknown> = raw;
  let version = versionOf(r);
  if (version === null) return fail('的数据版本号无效（格式损坏）。');
  if (version > REPORT_SCHEMA_VERSION) return fail('由更新版本的本工具保存，请先更新本工具再打开（刷新页面或下载最新版本）。');
  while (version < REPORT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return fail(`的数据版本（${version}）无法升级。`);
    r = step(r);
    version = versionOf(r) ?? -1;
    if (version < 0) return fail('升级失败（格式损坏）。');
  }

  const now = options.now ?? Date.now();
  const id = r.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return fail('的编号（id）无效。');

  const year = r.year;
  if (typeof year !== 'number' || !Number.isInteger(year)) return fail('的报告年度不是有效的年份。');
  if (yearProblem(year)) return fail(`的报告年度（${year}）超出本工具支持的范围（${LIMITS.firstYear}年至${LIMITS.lastYear}年）。`);

  if (!isFormatId(r.formatId)) return fail('的报告格式无效（只能是2019版或2021版）。');
  const format = getFormat(r.formatId);

  const agencyName = r.agencyName ?? '';
  if (typeof agencyName !== 'string') return fail('的单位名称不是文字。');
  if (agencyName.length > LIMITS.agencyName) return fail(`的单位名称过长（${agencyName.length}个字符，最多${LIMITS.agencyName}个）。`);

  const signature = r.signature;
  if (typeof signature !== 'string') return fail('的署名不是文字。');
  if (signature.length > LIMITS.signature) return fail(`的署名过长（最多${LIMITS.signature}个字符）。`);

  const dateWritten = r.dateWritten;
  if (typeof dateWritten !== 'string' || (dateWritten !== '' && !isIsoDate(dateWritten))) return fail('的成文日期无效（应为“年-月-日”）。');

  const agencyLevel = r.agencyLevel;
  if (typeof agencyLevel !== 'string' || !AGENCY_LEVELS.some((l) => l.id === agencyLevel)) return fail('的机关层级无效。');

  const scope = r.scope;
  if (typeof scope !== 'string' || !REPORT_SCOPES.some((s) => s.id === scope)) return fail('的报告范围无效。');
  if (typeof r.sealed !== 'boolean') return fail('的“加盖印章”设置无效。');
  const confirmations = checkConfirmations(r.confirmations, label);
  if (!confirmations.ok) return confirmations;
  const dataNotes = checkDataNotes(r.dataNotes, label);
  if (!dataNotes.ok) return dataNotes;

  if (!isPlainObject(r.texts)) return fail('的正文不是有效的数据。');
  const texts = { overview: '', problems: '', other: '' };
  for (const key of Object.keys(texts) as (keyof typeof texts)[]) {
    const t = r.texts[key] ?? '';
    if (typeof t !== 'string') return fail('的正文不是文字。');
    if (t.length > LIMITS.text) return fail(`的正文过长（${t.length}个字符）。`);
    texts[key] = cleanText(t);
  }

  const values = checkValues(r.values, format, label);
  if (!values.ok) return values;
  const declaredTotals = checkDeclaredTotals(r.declaredTotals, format, label);
  if (!declaredTotals.ok) return declaredTotals;

  const createdAt = timestamp(r.createdAt, now);
  const updatedAt = timestamp(r.updatedAt, createdAt);

  return {
    ok: true,
    value: {
      schemaVersion: REPORT_SCHEMA_VERSION,
      id,
      agencyName: cleanLine(agencyName),
      year,
      formatId: format.id,
      dateWritten,
      signature: cleanLine(signature),
      agencyLevel: agencyLevel as AgencyLevel,
      scope: scope as ReportScope,
      sealed: r.sealed,
      texts,
      values: values.value,
      declaredTotals: declaredTotals.value,
      confirmations: confirmations.value,
      dataNotes: dataNotes.value,
      createdAt,
      updatedAt,
    },
  };
}

/** Input-cell values: every key a known input cell of the format, every value through parseValue. */
export function checkValues(raw: unknown, format: FormatDef, label: string): Validated<Record<string, string>> {
  if (!isPlainObject(raw)) return { ok: false, message: `${label}的表格数据不是有效的数据。` };
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(raw)) {
    const cell = format.cellsByKey.get(key);
    if (!cell) return { ok: false, message: `${label}的表格数据含有${format.id}版格式中不存在的单元格（${shorten(key)}）。` };
    if (cell.kind === 'total') continue; // totals are always computed
    const parsed = checkCellValue(v, cell.kind, () => `${label}中「${cell.ariaLabel}」`);
    if (!parsed.ok) return parsed;
    if (parsed.value !== '') out[key] = parsed.value;
  }
  return { ok: true, value: out };
}

/** `where` names the cell in a message; built only on failure (this runs for every cell of every draft). */
export function checkCellValue(v: unknown, kind: 'count' | 'signed' | 'money', where: () => string): Validated<string> {
  if (v === null || v === undefined) return { ok: true, value: '' };
  if (typeof v !== 'string') return { ok: false, message: `${where()}的值不是文字形式的数字。` };
  if (v.length > LIMITS.cellValue) return { ok: false, message: `${where()}的值过长。` };
  // Already canonical (the common case, and fast); the integer part is bounded like parseValue's.
  if (isValidStored(v, kind) && /^-?\d{1,12}(\.|$)/.test(v)) return { ok: true, value: v };
  const parsed = parseValue(v, kind);
  if (!parsed.ok) return { ok: false, message: `${where()}：${parsed.message}` };
  return { ok: true, value: parsed.value };
}

function checkDeclaredTotals(raw: unknown, format: FormatDef, label: string): Validated<Record<string, string>> {
  if (!isPlainObject(raw)) return { ok: false, message: `${label}的合计数据不是有效的数据。` };
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(raw)) {
    const cell = format.cellsByKey.get(key);
    if (cell?.kind !== 'total') return { ok: false, message: `${label}的合计数据含有未知的单元格（${shorten(key)}）。` };
    if (typeof v !== 'string' || v.length > LIMITS.declaredTotal)
      return { ok: false, message: `${label}中「${cell.ariaLabel}」的原合计值无效。` };
    const clean = cleanLine(v);
    if (clean !== '') out[key] = clean;
  }
  return { ok: true, value: out };
}

function checkConfirmations(raw: unknown, label: string): Validated<Record<string, Confirmation>> {
  if (!isPlainObject(raw)) return { ok: false, message: `${label}的“已核实”记录不是有效的数据。` };
  const out: Record<string, Confirmation> = {};
  const entries = Object.entries(raw);
  if (entries.length > LIMITS.confirmations) return { ok: false, message: `${label}的“已核实”记录过多。` };
  for (const [key, v] of entries) {
    if (FORBIDDEN_KEYS.has(key) || key.length > LIMITS.findingKey)
      return { ok: false, message: `${label}的“已核实”记录含有无效的键（${shorten(key)}）。` };
    if (!isPlainObject(v) || typeof v.reason !== 'string' || v.reason.length > LIMITS.confirmationReason) {
      return { ok: false, message: `${label}的“已核实”说明无效或过长（最多${LIMITS.confirmationReason}个字符）。` };
    }
    out[key] = { reason: cleanLine(v.reason), at: timestamp(v.at, 0) };
  }
  return { ok: true, value: out };
}

function checkDataNotes(raw: unknown, label: string): Validated<DataNote[]> {
  if (!Array.isArray(raw) || raw.length > LIMITS.dataNotes) return { ok: false, message: `${label}的数据说明记录无效。` };
  const out: DataNote[] = [];
  for (const v of raw) {
    if (!isPlainObject(v) || typeof v.id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(v.id))
      return { ok: false, message: `${label}的数据说明记录无效。` };
    if (v.section !== 'overview' && v.section !== 'problems' && v.section !== 'other')
      return { ok: false, message: `${label}的数据说明记录无效。` };
    if (typeof v.text !== 'string' || v.text.length > LIMITS.dataNoteText || !isPlainObject(v.basis))
      return { ok: false, message: `${label}的数据说明记录无效。` };
    const basis: Record<string, string> = {};
    if (Object.keys(v.basis).length > LIMITS.dataNoteBasis) return { ok: false, message: `${label}的数据说明记录无效。` };
    for (const [k, b] of Object.entries(v.basis)) {
      if (FORBIDDEN_KEYS.has(k) || typeof b !== 'string' || k.length > 200 || b.length > 64)
        return { ok: false, message: `${label}的数据说明记录无效。` };
      basis[k] = b;
    }
    out.push({ id: v.id, section: v.section, text: cleanText(v.text), basis });
  }
  return { ok: true, value: out };
}

function timestamp(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15 ? v : fallback;
}

/** A key from outside, safe to show in a message. */
export function shorten(s: string): string {
  const clean = cleanLine(s);
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
