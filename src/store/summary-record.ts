// A 汇总 workspace (issue 12) as stored: the 本级政府, its units, and the report received from each unit.
// Everything read from IndexedDB or a backup passes validateWorkspace; each received report goes through
// validateReport like any draft.
import { FIRST_REPORT_YEAR } from '../formats';
import { AGENCY_LEVELS, type AgencyLevel, type Report } from '../model';
import { LIMITS, cleanLine, isPlainObject, validateReport, type Validated } from './validate';

/** 类别 of a unit in the 汇总. Only 垂直管理 units are never summed (they report up their own line). */
export type UnitCategory = 'department' | 'township' | 'lower-summary' | 'office' | 'vertical';

export const UNIT_CATEGORIES: { id: UnitCategory; label: string }[] = [
  { id: 'department', label: '部门' },
  { id: 'township', label: '乡镇街道' },
  { id: 'lower-summary', label: '下级政府汇总' },
  { id: 'office', label: '本政府机关' },
  { id: 'vertical', label: '垂直管理（不计入）' },
];

export type ReceiptSource = 'draft' | 'docx' | 'pdf' | 'text' | 'backup';

export const RECEIPT_SOURCES: Record<ReceiptSource, string> = {
  draft: '本机草稿',
  docx: 'Word 文件',
  pdf: 'PDF 文件',
  text: '文字',
  backup: '备份文件',
};

/** The report a unit sent, as read (a copy: later changes to a draft are not followed silently). */
export interface UnitReceipt {
  report: Report;
  source: ReceiptSource;
  fileName: string;
  /** The draft it was copied from, when source is 'draft'. */
  draftId: string;
  receivedAt: number;
  /** The clerk confirmed that this report belongs to this unit; unconfirmed reports are never summed. */
  confirmed: boolean;
}

export interface SummaryUnit {
  id: string;
  name: string;
  category: UnitCategory;
  receipt: UnitReceipt | null;
  /** 强制汇总: why a unit whose report has errors is summed anyway ('' = not forced). */
  forceReason: string;
}

/** Deadline tiers a 本级政府汇总 can have (D-R1). */
export type SummaryLevel = Extract<AgencyLevel, 'county' | 'prefecture' | 'province'>;
export const SUMMARY_LEVELS: SummaryLevel[] = ['county', 'prefecture', 'province'];

export interface SummaryWorkspace {
  id: string;
  /** 本级政府 name, e.g. 某某县人民政府: the 汇总 draft's 单位名称. */
  name: string;
  year: number;
  agencyLevel: SummaryLevel;
  units: SummaryUnit[];
  /** The 汇总 draft 生成汇总报告 last wrote ('' = none yet). */
  summaryDraftId: string;
  createdAt: number;
  updatedAt: number;
}

export const MAX_UNITS = 500;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function levelLabel(level: SummaryLevel): string {
  return AGENCY_LEVELS.find((l) => l.id === level)?.label ?? level;
}

/** Checks a stored or restored workspace; bad data gets a Chinese reason and is never half-used. */
export function validateWorkspace(raw: unknown, label = '这个汇总工作区'): Validated<SummaryWorkspace> {
  const fail = (reason: string): Validated<SummaryWorkspace> => ({ ok: false, message: `${label}${reason}` });
  if (!isPlainObject(raw)) return fail('的数据已损坏。');
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) return fail('的编号无效。');
  if (typeof raw.name !== 'string' || raw.name.length > LIMITS.agencyName) return fail('的政府名称无效。');
  const year = raw.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > LIMITS.lastYear)
    return fail('的年度无效。');
  if (!SUMMARY_LEVELS.includes(raw.agencyLevel as SummaryLevel)) return fail('的政府层级无效。');
  if (typeof raw.summaryDraftId !== 'string' || (raw.summaryDraftId !== '' && !ID.test(raw.summaryDraftId)))
    return fail('的汇总草稿编号无效。');
  if (!Array.isArray(raw.units)) return fail('的单位名单已损坏。');
  if (raw.units.length > MAX_UNITS) return fail(`的单位过多（${raw.units.length}个，最多${MAX_UNITS}个）。`);
  const units: SummaryUnit[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < raw.units.length; i++) {
    const unit = validateUnit(raw.units[i], `${label}的第${i + 1}个单位`);
    if (!unit.ok) return unit;
    if (ids.has(unit.value.id)) return fail(`的第${i + 1}个单位编号重复。`);
    ids.add(unit.value.id);
    units.push(unit.value);
  }
  const createdAt = time(raw.createdAt);
  return {
    ok: true,
    value: {
      id: raw.id,
      name: cleanLine(raw.name),
      year,
      agencyLevel: raw.agencyLevel as SummaryLevel,
      units,
      summaryDraftId: raw.summaryDraftId,
      createdAt,
      updatedAt: time(raw.updatedAt) || createdAt,
    },
  };
}

function validateUnit(raw: unknown, label: string): Validated<SummaryUnit> {
  const fail = (reason: string): Validated<SummaryUnit> => ({ ok: false, message: `${label}${reason}` });
  if (!isPlainObject(raw)) return fail('的数据已损坏。');
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) return fail('的编号无效。');
  if (typeof raw.name !== 'string' || raw.name.length > LIMITS.agencyName) return fail('的名称无效。');
  if (!UNIT_CATEGORIES.some((c) => c.id === raw.category)) return fail('的类别无效。');
  if (typeof raw.forceReason !== 'string' || raw.forceReason.length > LIMITS.confirmationReason) return fail('的强制汇总理由无效。');
  let receipt: UnitReceipt | null = null;
  if (raw.receipt !== null) {
    const r = raw.receipt;
    if (!isPlainObject(r)) return fail('收到的报告已损坏。');
    if (!(typeof r.source === 'string' && r.source in RECEIPT_SOURCES)) return fail('收到的报告来源无效。');
    if (typeof r.fileName !== 'string' || r.fileName.length > 300) return fail('收到的文件名无效。');
    if (typeof r.draftId !== 'string' || r.draftId.length > 64) return fail('收到的草稿编号无效。');
    if (typeof r.confirmed !== 'boolean') return fail('的确认状态无效。');
    const report = validateReport(r.report, { label: `${label}收到的报告` });
    if (!report.ok) return report;
    receipt = {
      report: report.value,
      source: r.source as ReceiptSource,
      fileName: cleanLine(r.fileName),
      draftId: r.draftId,
      receivedAt: time(r.receivedAt),
      confirmed: r.confirmed,
    };
  }
  return {
    ok: true,
    value: {
      id: raw.id,
      name: cleanLine(raw.name),
      category: raw.category as UnitCategory,
      receipt,
      forceReason: cleanLine(raw.forceReason),
    },
  };
}

function time(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15 ? v : 0;
}
