// Names of the backup files the app writes (dated, so a clerk's downloads folder sorts them).
import type { Report } from '../model';

export function ymd(d: Date): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

/** 年报草稿备份-YYYYMMDD.json; a one-draft export (from its row) also names the 单位 and 年度. */
export function backupFileName(reports: readonly Report[], now = new Date(), oneDraft = false): string {
  if (oneDraft && reports.length === 1) {
    const r = reports[0]!;
    const name = r.agencyName.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);
    return `年报草稿备份-${name}${r.year}年度-${ymd(now)}.json`;
  }
  return `年报草稿备份-${ymd(now)}.json`;
}
