// 首页's actions on stored drafts (copy, rename, 回收站, 彻底删除) and storing a complete report as a new draft
// (import, 汇总). Apart from drafts.ts so that the editor's first load does not carry them.
import { cleanLine, lineProblem, newReportId, type Report } from '../model';
import { DRAFTS_STORE, JOURNAL_STORE, normaliseRecord, withTx, type DraftRecord } from './db';
import { notify } from './channel';
import { addDrafts, getDraft, isBroken } from './drafts';
import { validateReport } from './validate';

/** Stores a complete report (from an import, a copy, a backup) as a new draft; validated like any outside data. */
export async function createDraftFrom(report: Report): Promise<Report> {
  const checked = validateReport({ ...report, id: report.id || newReportId() }, { label: '要保存的报告' });
  if (!checked.ok) throw new Error(checked.message);
  let next = checked.value;
  const existing = await getDraft(next.id);
  if (existing) next = { ...next, id: newReportId() };
  await addDrafts([next]);
  return next;
}

export async function duplicateDraft(id: string): Promise<Report> {
  const entry = await getDraft(id);
  if (!entry || isBroken(entry)) throw new Error('找不到这份草稿，无法复制。');
  const now = Date.now();
  const copy: Report = { ...entry.report, id: newReportId(), createdAt: now, updatedAt: now };
  await addDrafts([copy]);
  return copy;
}

/** Applies a change to one stored draft inside one transaction (the change bumps its revision). */
async function changeDraft(id: string, change: (record: DraftRecord, report: Report | null) => DraftRecord): Promise<DraftRecord> {
  const record = await withTx([DRAFTS_STORE], 'readwrite', async (tx) => {
    const store = tx.objectStore(DRAFTS_STORE);
    const current = normaliseRecord(await store.get(id));
    if (!current) throw new Error('找不到这份草稿，它可能已被彻底删除。');
    const checked = validateReport(current.report);
    const next = change(current, checked.ok ? checked.value : null);
    await store.put(next);
    return next;
  });
  notify({ type: 'saved', id, revision: record.revision, deleted: record.deletedAt !== null, tab: '' });
  return record;
}

export async function renameDraft(id: string, agencyName: string): Promise<void> {
  const name = cleanLine(agencyName).trim();
  const tooLong = lineProblem('agencyName', name);
  if (tooLong) throw new Error(tooLong);
  await changeDraft(id, (record, report) => {
    if (!report) throw new Error('这份草稿的数据已损坏，无法改名。');
    const now = Date.now();
    return { ...record, revision: record.revision + 1, savedAt: now, report: { ...report, agencyName: name, updatedAt: now } };
  });
}

/** Moves a draft to 回收站 (kept until 彻底删除). */
export async function trashDraft(id: string): Promise<void> {
  await changeDraft(id, (record) => ({ ...record, revision: record.revision + 1, deletedAt: Date.now() }));
}

export async function restoreDraft(id: string): Promise<void> {
  await changeDraft(id, (record) => ({ ...record, revision: record.revision + 1, deletedAt: null }));
}

/** 彻底删除: removes the record and any unsaved typing kept for it. */
export async function purgeDraft(id: string): Promise<void> {
  await withTx([DRAFTS_STORE, JOURNAL_STORE], 'readwrite', async (tx) => {
    await tx.objectStore(DRAFTS_STORE).delete(id);
    const journal = tx.objectStore(JOURNAL_STORE);
    for (const key of await journal.getAllKeys()) if (String(key).startsWith(`${id}|`)) await journal.delete(key);
  });
  notify({ type: 'saved', id, revision: Number.MAX_SAFE_INTEGER, deleted: true, tab: '' });
}
