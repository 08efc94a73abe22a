// The report as the editor, the store, the checks and the export share it. Plain data: no DOM, no storage.
import { formatForYear, getFormat, type FormatDef, type FormatId, type TextSectionId } from '../formats';

/** Bumped whenever the stored shape changes; src/store migrates older drafts. */
export const REPORT_SCHEMA_VERSION = 2;

/**
 * Which deadline of 条例 art. 49 / 国办公开办函〔2021〕30号 二 applies (rule D-R1).
 * department: 县级以上人民政府部门, 政府办公厅（室）本机关, 乡镇 — 1月31日.
 */
export type AgencyLevel = 'department' | 'county' | 'prefecture' | 'province' | 'vertical';

export const AGENCY_LEVELS: { id: AgencyLevel; label: string; deadline: { month: number; day: number } }[] = [
  { id: 'department', label: '县级以上人民政府部门、政府办公厅（室）本机关、乡镇（1月31日前）', deadline: { month: 1, day: 31 } },
  { id: 'county', label: '县级人民政府汇总的本级政府年度报告（2月20日前）', deadline: { month: 2, day: 20 } },
  { id: 'prefecture', label: '地市级人民政府汇总的本级政府年度报告（3月10日前）', deadline: { month: 3, day: 10 } },
  { id: 'province', label: '省级人民政府汇总的本级政府年度报告（3月31日前）', deadline: { month: 3, day: 31 } },
  { id: 'vertical', label: '实行垂直领导的部门汇总的全系统年度报告（3月31日前）', deadline: { month: 3, day: 31 } },
];

export type ReportTexts = Record<TextSectionId, string>;

/**
 * 报告范围: whose work the report covers. The title, D-R1 and the 汇总 follow from it
 * (〔2021〕30号 二(二): 县级以上地方人民政府年度报告逐级汇总).
 */
export type ReportScope = 'unit' | 'government-office' | 'government-summary';

export const REPORT_SCOPES: { id: ReportScope; label: string }[] = [
  { id: 'unit', label: '部门/乡镇（本单位）' },
  { id: 'government-office', label: '政府机关本级（政府及办公室）' },
  { id: 'government-summary', label: '本级政府汇总' },
];

/** A warning the clerk marked 「已核实」, keyed by the finding's stable key. */
export interface Confirmation {
  reason: string;
  at: number;
}

/** A sentence written by 「插入数据说明」, with the cell values it was written from (stale when they change). */
export interface DataNote {
  id: string;
  section: TextSectionId;
  text: string;
  basis: Record<string, string>;
}

export interface Report {
  schemaVersion: number;
  id: string;
  /** 单位名称 */
  agencyName: string;
  /** 报告年度 */
  year: number;
  formatId: FormatId;
  /** 成文日期 as YYYY-MM-DD, '' until the clerk sets it. */
  dateWritten: string;
  /** 发文机关署名 for the signature block; '' = no signature block. */
  signature: string;
  agencyLevel: AgencyLevel;
  scope: ReportScope;
  /** 署名/成文日期 block laid out for a stamped paper copy (GB/T 9704 §7.3.5.1) instead of §7.3.5.2. */
  sealed: boolean;
  /** Text of sections 一, 五, 六: paragraphs separated by line breaks. */
  texts: ReportTexts;
  /** Values of input cells by cell key, in canonical text ('' or absent = empty). */
  values: Record<string, string>;
  /**
   * Totals that arrived from outside (paste, import) as the source stated them.
   * The editor shows computed totals; a declared total that disagrees with its parts is a finding.
   */
  declaredTotals: Record<string, string>;
  /** Warnings confirmed by the clerk (errors cannot be confirmed). */
  confirmations: Record<string, Confirmation>;
  dataNotes: DataNote[];
  createdAt: number;
  updatedAt: number;
}

export function newReportId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function blankReport(init: { year: number; agencyName?: string; id?: string; now?: number }): Report {
  const format = formatForYear(init.year);
  const now = init.now ?? Date.now();
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: init.id ?? newReportId(),
    agencyName: init.agencyName ?? '',
    year: init.year,
    formatId: format.id,
    dateWritten: '',
    signature: '',
    agencyLevel: 'department',
    scope: 'unit',
    sealed: false,
    texts: { overview: '', problems: '', other: '' },
    values: {},
    declaredTotals: {},
    confirmations: {},
    dataNotes: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function formatOf(report: Pick<Report, 'formatId'>): FormatDef {
  return getFormat(report.formatId);
}

/** 「{单位名称}{报告年度}年政府信息公开工作年度报告」 */
export function reportTitle(report: Pick<Report, 'agencyName' | 'year'>): string {
  return `${report.agencyName}${report.year}年政府信息公开工作年度报告`;
}

/** 2021-01-13 → 2021年1月13日 (GB/T 9704: no leading zeros). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Default report year on a given day: before autumn one writes last year's report. */
export function defaultReportYear(today = new Date()): number {
  return today.getMonth() >= 9 ? today.getFullYear() : today.getFullYear() - 1;
}
