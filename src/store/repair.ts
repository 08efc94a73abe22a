// A stored draft that no longer validates (an older version's limits, a hand-edited backup, a damaged record)
// is never only deletable: the repair view shows what is wrong, proposes the smallest fix per field, lets the
// clerk set 单位名称 and 报告年度, and writes the repaired draft under the same id. Nothing is fixed silently.
import { getFormat, formatForYear, isFormatId } from '../formats';
import {
  AGENCY_LEVELS,
  LIMITS,
  REPORT_SCHEMA_VERSION,
  REPORT_SCOPES,
  defaultReportYear,
  isIsoDate,
  yearProblem,
  type Report,
} from '../model';
import { DRAFTS_STORE, normaliseRecord, withTx } from './db';
import { notify } from './channel';
import { checkCellValue, isPlainObject, shorten, validateReport } from './validate';

export interface RepairPlan {
  id: string;
  /** Why the draft cannot be opened (the validator's first reason). */
  reason: string;
  /** What the repair changes, one line each. */
  fixes: string[];
  /** Proposed values the clerk may change before repairing. */
  agencyName: string;
  year: number;
  /** The raw stored report, for 「导出原始数据」. */
  raw: unknown;
  /** False when nothing can be saved from it (e.g. written by a newer version of the tool). */
  repairable: boolean;
}

/** The raw stored report of a draft (valid or not), or null when there is no record. */
export async function readRawDraft(id: string): Promise<{ raw: unknown; revision: number } | null> {
  const rec = normaliseRecord(await withTx([DRAFTS_STORE], 'readonly', (tx) => tx.objectStore(DRAFTS_STORE).get(id)));
  return rec ? { raw: rec.report, revision: rec.revision } : null;
}

export function planRepair(id: string, raw: unknown): RepairPlan {
  const first = validateReport(raw);
  const reason = first.ok ? '' : first.message;
  const base = { id, reason, raw, agencyName: '', year: defaultReportYear(), fixes: [] as string[] };
  if (!isPlainObject(raw)) return { ...base, repairable: true, fixes: ['数据已损坏，只能按空白草稿重建（原始数据可先导出保存）。'] };
  const version = raw.schemaVersion;
  if (typeof version === 'number' && version > REPORT_SCHEMA_VERSION) return { ...base, repairable: false };
  const fixes: string[] = [];
  const name = typeof raw.agencyName === 'string' ? raw.agencyName : '';
  if (typeof raw.agencyName === 'string' && name.length > LIMITS.agencyName)
    fixes.push(`单位名称有${name.length}个字，超过${LIMITS.agencyName}个：请在下面改短（已先截取前${LIMITS.agencyName}个字）。`);
  const year = typeof raw.year === 'number' && !yearProblem(raw.year) ? raw.year : null;
  if (year === null)
    fixes.push(
      `报告年度“${shorten(String(raw.year))}”无效（应在${LIMITS.firstYear}年至${LIMITS.lastYear}年之间）：请在下面填写正确的年度。`,
    );
  return {
    ...base,
    repairable: true,
    fixes: [...fixes, ...fieldFixes(raw).notes],
    agencyName: name.slice(0, LIMITS.agencyName),
    year: year ?? defaultReportYear(),
  };
}

/** Every field the validator would refuse, replaced by the nearest valid value, with a note per change. */
function fieldFixes(raw: Record<string, unknown>): { out: Record<string, unknown>; notes: string[] } {
  const notes: string[] = [];
  const out: Record<string, unknown> = { ...raw };
  const line = (key: 'signature', label: string) => {
    const v = raw[key];
    if (v !== undefined && typeof v !== 'string') {
      out[key] = '';
      notes.push(`${label}不是文字，已清空。`);
    } else if (typeof v === 'string' && v.length > LIMITS[key]) {
      out[key] = v.slice(0, LIMITS[key]);
      notes.push(`${label}超过${LIMITS[key]}个字，已截取前${LIMITS[key]}个字。`);
    }
  };
  line('signature', '署名');
  if (raw.dateWritten !== undefined && (typeof raw.dateWritten !== 'string' || (raw.dateWritten !== '' && !isIsoDate(raw.dateWritten)))) {
    out.dateWritten = '';
    notes.push(`成文日期“${shorten(String(raw.dateWritten))}”无效，已清空，请在编辑器中重新填写。`);
  }
  if (raw.agencyLevel !== undefined && !AGENCY_LEVELS.some((l) => l.id === raw.agencyLevel)) {
    out.agencyLevel = 'department';
    notes.push('报告类别无效，已设为“部门”，请在编辑器中核对。');
  }
  if (raw.scope !== undefined && !REPORT_SCOPES.some((s) => s.id === raw.scope)) {
    delete out.scope;
    notes.push('报告范围无效，已按报告类别重新设定。');
  }
  if (raw.sealed !== undefined && typeof raw.sealed !== 'boolean') {
    out.sealed = false;
    notes.push('“加盖印章”设置无效，已取消。');
  }
  if (raw.texts !== undefined) {
    const texts = isPlainObject(raw.texts) ? raw.texts : {};
    const fixed: Record<string, string> = {};
    for (const [key, label] of [
      ['overview', '一'],
      ['problems', '五'],
      ['other', '六'],
    ] as const) {
      const t = texts[key];
      fixed[key] = typeof t === 'string' ? t.slice(0, LIMITS.text) : '';
      if (t !== undefined && typeof t !== 'string') notes.push(`正文${label}不是文字，已清空。`);
      else if (typeof t === 'string' && t.length > LIMITS.text)
        notes.push(
          `正文${label}有${t.length}个字，超过${LIMITS.text}个，已截去末尾${t.length - LIMITS.text}个字（原文可先导出原始数据保存）。`,
        );
    }
    out.texts = fixed;
  }
  if (raw.confirmations !== undefined && !validateReportPart(raw, 'confirmations')) {
    out.confirmations = {};
    notes.push('“已核实”记录无效，已清除（相关提醒会重新出现）。');
  }
  if (raw.dataNotes !== undefined && !validateReportPart(raw, 'dataNotes')) {
    out.dataNotes = [];
    notes.push('数据说明记录无效，已清除（正文不变）。');
  }
  return { out, notes: [...notes, ...cellFixes(raw, out)] };
}

/** Whether one part alone passes: the rest of the record is replaced by a blank report's. */
function validateReportPart(raw: Record<string, unknown>, key: 'confirmations' | 'dataNotes'): boolean {
  const probe = { ...blankShape(), [key]: raw[key] };
  return validateReport(probe).ok;
}

function blankShape(): Record<string, unknown> {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: 'probe',
    agencyName: '',
    year: 2021,
    formatId: '2021',
    dateWritten: '',
    signature: '',
    agencyLevel: 'department',
    scope: 'unit',
    sealed: false,
    texts: {},
    values: {},
    declaredTotals: {},
    confirmations: {},
    dataNotes: [],
  };
}

function cellFixes(raw: Record<string, unknown>, out: Record<string, unknown>): string[] {
  const notes: string[] = [];
  const formatId = isFormatId(raw.formatId)
    ? raw.formatId
    : typeof raw.year === 'number' && !yearProblem(raw.year)
      ? formatForYear(raw.year).id
      : '2021';
  const format = getFormat(formatId);
  const values: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(isPlainObject(raw.values) ? raw.values : {})) {
    const cell = format.cellsByKey.get(key);
    if (!cell || cell.kind === 'total') continue;
    const parsed =
      typeof v === 'number' ? { ok: true as const, value: String(v) } : checkCellValue(v, cell.kind, () => `「${cell.ariaLabel}」`);
    if (parsed.ok) values[key] = parsed.value;
    else notes.push(`${parsed.message}（已清空这一格）`);
  }
  const declared: Record<string, string> = {};
  for (const [key, v] of Object.entries(isPlainObject(raw.declaredTotals) ? raw.declaredTotals : {})) {
    if (format.cellsByKey.get(key)?.kind === 'total' && typeof v === 'string' && v.length <= LIMITS.declaredTotal) declared[key] = v;
  }
  out.values = values;
  out.declaredTotals = declared;
  return notes.slice(0, 50);
}

/** The repaired report for the clerk's 单位名称 and 报告年度; validated, or a Chinese reason. */
export function repairedReport(
  plan: RepairPlan,
  agencyName: string,
  year: number,
): { ok: true; report: Report } | { ok: false; message: string } {
  if (!plan.repairable) return { ok: false, message: plan.reason };
  const problem = yearProblem(year);
  if (problem) return { ok: false, message: problem };
  if (agencyName.length > LIMITS.agencyName)
    return { ok: false, message: `单位名称最多${LIMITS.agencyName}个字，现有${agencyName.length}个。` };
  const raw = isPlainObject(plan.raw) ? fieldFixes(plan.raw).out : {};
  const format = formatForYear(year);
  const sameFormat = raw.formatId === format.id;
  const now = Date.now();
  const candidate = {
    ...blankShape(),
    ...raw,
    id: plan.id,
    agencyName,
    year,
    formatId: format.id,
    // Cells of another format would not fit: a year change across formats starts its tables blank.
    values: sameFormat ? raw.values : {},
    declaredTotals: sameFormat ? raw.declaredTotals : {},
    createdAt: typeof raw.createdAt === 'number' ? raw.createdAt : now,
    updatedAt: now,
  };
  const checked = validateReport(candidate, { label: '修复后的草稿' });
  return checked.ok ? { ok: true, report: checked.value } : { ok: false, message: checked.message };
}

/** Writes the repaired draft over the broken record (revision + 1, so an open tab stops writing). */
export async function saveRepaired(report: Report): Promise<void> {
  const revision = await withTx([DRAFTS_STORE], 'readwrite', async (tx) => {
    const store = tx.objectStore(DRAFTS_STORE);
    const current = normaliseRecord(await store.get(report.id));
    const next = (current?.revision ?? 0) + 1;
    await store.put({ id: report.id, revision: next, savedAt: Date.now(), deletedAt: current?.deletedAt ?? null, report });
    return next;
  });
  notify({ type: 'saved', id: report.id, revision, deleted: false, tab: '' });
  notify({ type: 'list-changed' });
}
