// Backup files (docs/backup-format.md): export drafts to one .json file, and restore them. A restore
// validates the whole file before writing anything, then writes everything in one transaction.
import { downloadBlob } from '../platform/download';
import { getFormat, type FormatId, type TableId } from '../formats';
import { REPORT_SCHEMA_VERSION, computeAll, newReportId, type Report } from '../model';
import { DRAFTS_STORE, SUMMARIES_STORE, normaliseRecord, withTx, type DraftRecord } from './db';
import type { SummaryWorkspace } from './summary-record';
import { notify } from './channel';
import { FORBIDDEN_KEYS, isPlainObject, validateReport } from './validate';
import { MAX_NESTING, nestingDepth, readDamaged } from './backup-damaged';
import { TABLES, tableKeysOf, tablesToValues } from './backup-tables';

import { backupFileName } from './backup-name';
export { backupFileName };
export const BACKUP_FORMAT = 'nianbao-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
export const MAX_BACKUP_DRAFTS = 5000;
/** 汇总 workspaces' backup code, kept out of the first load of 首页. */
const loadWorkspaceCode = () => import('./backup-summary');

export interface BackupDraft {
  id: string;
  schemaVersion: number;
  agencyName: string;
  year: number;
  formatId: FormatId;
  dateWritten: string;
  signature: string;
  agencyLevel: string;
  scope: Report['scope'];
  sealed: boolean;
  createdAt: number;
  updatedAt: number;
  texts: Report['texts'];
  /** Per table, every value cell in the format's official reading order (totals computed); '' = blank. */
  tables: Record<TableId, string[]>;
  declaredTotals: Record<string, string>;
  confirmations: Report['confirmations'];
  dataNotes: Report['dataNotes'];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  app: string;
  /** The cell keys behind each table array, per format used: the file explains itself. */
  tableKeys: Partial<Record<FormatId, Record<TableId, string[]>>>;
  drafts: BackupDraft[];
  /** 汇总 workspaces (src/store/backup-summary.ts); absent when there are none. */
  summaryWorkspaces?: unknown[];
  /** Stored drafts that do not validate, kept as they are (docs/backup-format.md); restored to the repair view. */
  damaged?: DamagedDraft[];
}

export interface DamagedDraft {
  id: string;
  reason: string;
  report: unknown;
}

export function buildBackup(
  reports: readonly Report[],
  now = new Date(),
  workspaces: readonly SummaryWorkspace[] = [],
  damaged: readonly DamagedDraft[] = [],
): BackupFile {
  const tableKeys: BackupFile['tableKeys'] = {};
  const drafts = reports.map((r): BackupDraft => {
    const format = getFormat(r.formatId);
    tableKeys[format.id] ??= tableKeysOf(format);
    const all = computeAll(format, r.values);
    const tables = { t2: [], t3: [], t4: [] } as Record<TableId, string[]>;
    for (const t of TABLES) tables[t] = format.tables[t].cells.map((c) => all[c.key] ?? '');
    return {
      id: r.id,
      schemaVersion: r.schemaVersion,
      agencyName: r.agencyName,
      year: r.year,
      formatId: r.formatId,
      dateWritten: r.dateWritten,
      signature: r.signature,
      agencyLevel: r.agencyLevel,
      scope: r.scope,
      sealed: r.sealed,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      texts: { ...r.texts },
      tables,
      declaredTotals: { ...r.declaredTotals },
      confirmations: { ...r.confirmations },
      dataNotes: r.dataNotes.map((n) => ({ ...n, basis: { ...n.basis } })),
    };
  });
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    app: '政府信息公开工作年度报告编辑器',
    tableKeys,
    drafts,
  };
  // Plain JSON copies; read back by backup-summary.ts (loaded only when a file has workspaces: first load).
  if (workspaces.length > 0) file.summaryWorkspaces = JSON.parse(JSON.stringify(workspaces)) as unknown[];
  if (damaged.length) file.damaged = damaged.map((d) => ({ ...d }));
  return file;
}

export function backupBlob(reports: readonly Report[], now = new Date(), workspaces: readonly SummaryWorkspace[] = []): Blob {
  return new Blob([JSON.stringify(buildBackup(reports, now, workspaces), null, 1)], { type: 'application/json' });
}

/** Starts the download of a backup file (Blob + <a download>, works from file:// too). */
export function downloadBackup(
  reports: readonly Report[],
  options: { oneDraft?: boolean; now?: Date; workspaces?: readonly SummaryWorkspace[] } = {},
): string {
  const now = options.now ?? new Date();
  const name = backupFileName(reports, now, options.oneDraft);
  downloadBlob(backupBlob(reports, now, options.workspaces), name);
  return name;
}

/** 导出全部草稿备份: the drafts given plus every 汇总 workspace in this browser. */
export async function downloadFullBackup(reports: readonly Report[]): Promise<string> {
  return downloadBackup(reports, { workspaces: await (await loadWorkspaceCode()).allWorkspacesForBackup() });
}

export type ParsedBackup =
  | { ok: true; reports: Report[]; exportedAt: string; workspaces?: SummaryWorkspace[]; damaged?: DamagedDraft[] }
  | { ok: false; message: string };
/** The drafts validated; the file's 汇总 workspaces still raw (their validation is loaded on demand). */
type ParsedDrafts =
  | { ok: true; reports: Report[]; exportedAt: string; rawWorkspaces: unknown[]; damaged: DamagedDraft[] }
  | { ok: false; message: string };

const fail = (message: string) => ({ ok: false as const, message });

export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  if (file.size > MAX_BACKUP_BYTES)
    return fail(
      `文件太大（${(file.size / 1024 / 1024).toFixed(1)} MB），不是本工具的草稿备份（备份文件一般不超过几 MB，上限 20 MB）。没有做任何修改。`,
    );
  if (file.size === 0) return fail('文件是空的，不是草稿备份。没有做任何修改。');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('无法读取这个文件。没有做任何修改。');
  }
  return parseBackupWithWorkspaces(text);
}

/** Validates the drafts of a backup file (not its 汇总 workspaces: see parseBackupWithWorkspaces); nothing is written. */
export function parseBackupText(text: string): ParsedBackup {
  const result = parseInner(text);
  if (!result.ok) return fail(`${result.message}没有做任何修改。`);
  if (result.reports.length + result.damaged.length === 0) return fail('备份文件中没有草稿。没有做任何修改。');
  return { ok: true, reports: result.reports, exportedAt: result.exportedAt, workspaces: [], ...damagedPart(result.damaged) };
}

/** Validates a whole backup file, drafts and 汇总 workspaces; nothing is written here. */
export async function parseBackupWithWorkspaces(text: string): Promise<ParsedBackup> {
  const result = parseInner(text);
  if (!result.ok) return fail(`${result.message}没有做任何修改。`);
  let workspaces: SummaryWorkspace[] = [];
  if (result.rawWorkspaces.length > 0) {
    const checked = (await loadWorkspaceCode()).workspacesFromBackup(result.rawWorkspaces);
    if (!checked.ok) return fail(`${checked.message}没有做任何修改。`);
    workspaces = checked.value;
  }
  return { ok: true, reports: result.reports, exportedAt: result.exportedAt, workspaces, ...damagedPart(result.damaged) };
}

function damagedPart(damaged: DamagedDraft[]): { damaged?: DamagedDraft[] } {
  return damaged.length ? { damaged } : {};
}

function parseInner(text: string): ParsedDrafts {
  if (text.length > MAX_BACKUP_BYTES) return fail('文件太大，不是本工具的草稿备份（上限 20 MB）。');
  if (nestingDepth(text) > MAX_NESTING)
    return fail(`文件的数据嵌套超过${MAX_NESTING}层，不是本工具导出的草稿备份（备份文件只有几层），可能是被改动或伪造的文件。`);
  let forbidden = '';
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch {
    const looksJson = /^\s*[{[]/.test(text);
    return fail(
      looksJson
        ? '文件内容不完整或已损坏（可能在复制或下载时被截断），无法读取。'
        : '这不是草稿备份文件（备份文件是本工具导出的 .json 文件）。',
    );
  }
  if (forbidden) return fail(`文件中含有不允许的字段名“${forbidden}”，可能被篡改过，已拒绝。`);
  if (!isPlainObject(data)) return fail('这不是本工具导出的草稿备份文件。');
  if (data.format !== BACKUP_FORMAT) {
    return fail('这不是本工具导出的草稿备份文件（文件类型标记不对）。如果这是一份已发布的年报，请用「导入上年报告」。');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('备份文件的版本号无效。');
  if (version > BACKUP_VERSION) return fail('这个备份由更新版本的本工具导出，请先更新本工具（刷新页面或下载最新版本）再恢复。');
  const migrated = migrateBackup(data, version);
  const drafts = migrated.drafts;
  if (!Array.isArray(drafts)) return fail('备份文件中没有草稿列表（结构损坏）。');
  const rawWorkspaces = migrated.summaryWorkspaces ?? [];
  if (!Array.isArray(rawWorkspaces)) return fail('备份文件中的汇总工作区列表已损坏。');
  const damaged = readDamaged(migrated.damaged);
  if (typeof damaged === 'string') return fail(damaged);
  if (drafts.length + damaged.length === 0 && rawWorkspaces.length === 0) return fail('备份文件中没有草稿。');
  if (drafts.length + damaged.length > MAX_BACKUP_DRAFTS) return fail(`备份文件中的草稿过多（${drafts.length}份），不像是本工具导出的。`);
  const exportedAt = typeof migrated.exportedAt === 'string' ? migrated.exportedAt.slice(0, 40) : '';

  const tableKeys = migrated.tableKeys;
  if (tableKeys !== undefined && !isPlainObject(tableKeys)) return fail('备份文件的表格说明（tableKeys）无效。');

  const reports: Report[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < drafts.length; i++) {
    const label = `第${i + 1}份草稿`;
    const d = drafts[i];
    if (!isPlainObject(d)) return fail(`${label}不是有效的数据。`);
    const values = tablesToValues(d, label, tableKeys);
    if (!values.ok) return values;
    const { tables: _tables, ...rest } = d;
    const checked = validateReport({ ...rest, values: values.values }, { label });
    if (!checked.ok) return fail(checked.message);
    if (ids.has(checked.value.id)) return fail(`${label}与前面的草稿编号相同，文件可能被改动过。`);
    ids.add(checked.value.id);
    reports.push(checked.value);
  }
  return { ok: true, reports, exportedAt, rawWorkspaces, damaged };
}

/** Older backup versions are raised to the current one here (version 1 is the first). */
function migrateBackup(data: Record<string, unknown>, version: number): Record<string, unknown> {
  // No older backup versions yet: each future version adds its step here.
  return version < BACKUP_VERSION ? { ...data, version: BACKUP_VERSION } : data;
}

/** Ids of the backup's drafts that already exist in this browser (including 回收站). */
export async function backupConflicts(reports: readonly Report[]): Promise<string[]> {
  const keys = new Set((await withTx([DRAFTS_STORE], 'readonly', (tx) => tx.objectStore(DRAFTS_STORE).getAllKeys())).map(String));
  return reports.filter((r) => keys.has(r.id)).map((r) => r.id);
}

export type ConflictChoice = 'keep-both' | 'replace';

/** Writes all drafts of a validated backup in one transaction: all or nothing. */
export async function importBackup(
  reports: readonly Report[],
  choice: ConflictChoice,
  workspaces: readonly SummaryWorkspace[] = [],
  damaged: readonly DamagedDraft[] = [],
): Promise<{ added: number; replaced: number }> {
  const now = Date.now();
  const replacedIds: { id: string; revision: number }[] = [];
  // Loaded before the transaction opens: awaiting an import inside it would let IndexedDB commit it early.
  const writeWorkspaces = workspaces.length > 0 ? (await loadWorkspaceCode()).writeWorkspaces : null;
  let added = 0;
  await withTx(writeWorkspaces ? [DRAFTS_STORE, SUMMARIES_STORE] : [DRAFTS_STORE], 'readwrite', async (tx) => {
    const store = tx.objectStore(DRAFTS_STORE);
    if (writeWorkspaces) await writeWorkspaces(tx, workspaces, choice);
    for (const r of reports) {
      const existing = normaliseRecord(await store.get(r.id));
      const report = { ...r, schemaVersion: REPORT_SCHEMA_VERSION };
      if (!existing) {
        await store.add(record(report, 1, now));
        added++;
      } else if (choice === 'replace') {
        const revision = existing.revision + 1;
        await store.put(record(report, revision, now));
        replacedIds.push({ id: r.id, revision });
      } else {
        await store.add(record({ ...report, id: newReportId() }, 1, now));
        added++;
      }
    }
    // A damaged draft comes back as it was, to be fixed in the repair view; never over an existing draft.
    for (const d of damaged) {
      const id = (await store.get(d.id)) === undefined ? d.id : newReportId();
      await store.add({ id, revision: 1, savedAt: now, deletedAt: null, report: isPlainObject(d.report) ? { ...d.report, id } : d.report });
      added++;
    }
  });
  // Tabs that have a replaced draft open must stop writing over the restored one.
  for (const { id, revision } of replacedIds) notify({ type: 'saved', id, revision, deleted: false, tab: '' });
  notify({ type: 'list-changed' });
  return { added, replaced: replacedIds.length };
}

function record(report: Report, revision: number, now: number): DraftRecord {
  return { id: report.id, revision, savedAt: now, deletedAt: null, report };
}
