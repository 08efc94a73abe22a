// 「导出全部草稿备份」 as files that restore always accepts: each file is measured in bytes as it will be written
// and split in halves until it is within restore's limits (MAX_BACKUP_BYTES, MAX_BACKUP_DRAFTS). One draft
// alone always fits: the limits in src/model/limits.ts keep the largest possible draft far below 20 MB.
import type { Report } from '../model';
import { downloadBlob } from '../platform/download';
import { MAX_BACKUP_BYTES, MAX_BACKUP_DRAFTS, backupFileName, buildBackup, type DamagedDraft } from './backup';
import type { SummaryWorkspace } from './summary-record';

export interface BackupPart {
  name: string;
  text: string;
  bytes: number;
  drafts: number;
}

type Item = { kind: 'report'; report: Report } | { kind: 'damaged'; draft: DamagedDraft };

function serialise(items: readonly Item[], now: Date, workspaces: readonly SummaryWorkspace[]): { text: string; bytes: number } {
  const reports = items.flatMap((i) => (i.kind === 'report' ? [i.report] : []));
  const damaged = items.flatMap((i) => (i.kind === 'damaged' ? [i.draft] : []));
  const text = JSON.stringify(buildBackup(reports, now, workspaces, damaged), null, 1);
  return { text, bytes: new TextEncoder().encode(text).length };
}

/** The backup as one or more files' contents, each within restore's limits; 汇总 workspaces go in the first. */
export function backupParts(
  reports: readonly Report[],
  damaged: readonly DamagedDraft[] = [],
  now = new Date(),
  workspaces: readonly SummaryWorkspace[] = [],
): BackupPart[] {
  const items: Item[] = [
    ...reports.map((report): Item => ({ kind: 'report', report })),
    ...damaged.map((draft): Item => ({ kind: 'damaged', draft })),
  ];
  const chunks: Item[][] = [];
  for (let i = 0; i < items.length; i += MAX_BACKUP_DRAFTS) chunks.push(items.slice(i, i + MAX_BACKUP_DRAFTS));
  const parts: { text: string; bytes: number; drafts: number }[] = [];
  const place = (chunk: Item[]) => {
    const out = serialise(chunk, now, parts.length === 0 ? workspaces : []);
    if (out.bytes <= MAX_BACKUP_BYTES) parts.push({ ...out, drafts: chunk.length });
    else if (chunk.length === 1) throw new Error('有一份草稿的数据超过了备份文件的上限（20 MB），无法导出。请缩短它的正文后再导出。');
    else {
      const half = Math.ceil(chunk.length / 2);
      place(chunk.slice(0, half));
      place(chunk.slice(half));
    }
  };
  for (const chunk of chunks) place(chunk);
  if (chunks.length === 0 && workspaces.length > 0) parts.push({ ...serialise([], now, workspaces), drafts: 0 });
  const base = backupFileName(reports.length ? reports : [], now).replace(/\.json$/, '');
  return parts.map((p, i) => ({ ...p, name: parts.length === 1 ? `${base}.json` : `${base}-${i + 1}之${parts.length}.json` }));
}

/** Downloads every part; returns the file names. */
export function downloadBackupFiles(
  reports: readonly Report[],
  damaged: readonly DamagedDraft[] = [],
  now = new Date(),
  workspaces: readonly SummaryWorkspace[] = [],
): string[] {
  return backupParts(reports, damaged, now, workspaces).map((p) => {
    downloadBlob(new Blob([p.text], { type: 'application/json' }), p.name);
    return p.name;
  });
}
