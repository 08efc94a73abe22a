// Drafts in IndexedDB, what both pages need: list, read, create, and the revision-checked write the autosave uses.
// 首页's own actions (copy, rename, 回收站) are in draft-actions.ts, off the editor's first load.
import { blankReport, cleanLine, lineProblem, yearProblem, type Report } from '../model';
import { formatForYear } from '../formats';
import { DRAFTS_STORE, JOURNAL_STORE, normaliseRecord, withTx, type DraftRecord, type JournalEntry, type StoredCheckCounts } from './db';
import { isPlainObject } from './validate';
import { notify } from './channel';
import { validateReport } from './validate';

export interface DraftEntry {
  report: Report;
  revision: number;
  savedAt: number;
  deletedAt: number | null;
  savedBy?: string;
  /** The editor's finding counts as stored with this revision; check their validity before showing them. */
  checkCounts?: StoredCheckCounts;
}

/** What the editor counted for one report: saved with it when that very report is written. */
export type CheckCounts = Omit<StoredCheckCounts, 'updatedAt'>;

/** Stored counts of a plausible shape, or undefined (an older or damaged record simply has none). */
function readCounts(raw: unknown): StoredCheckCounts | undefined {
  if (!isPlainObject(raw)) return undefined;
  const { checks, updatedAt, previous, errors, warnings, calmErrors, calmWarnings } = raw;
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (typeof checks !== 'string' || typeof previous !== 'string' || typeof updatedAt !== 'number') return undefined;
  return count(errors) && count(warnings) && count(calmErrors) && count(calmWarnings)
    ? { checks, updatedAt, previous, errors, warnings, calmErrors, calmWarnings }
    : undefined;
}

/** A stored record that cannot be used (damaged, or written by a newer version): shown, never crashes the list. */
export interface BrokenEntry {
  id: string;
  message: string;
  deletedAt: number | null;
  /** The stored report as it is, for the repair view and the full backup. */
  raw: unknown;
}

export interface DraftList {
  drafts: DraftEntry[];
  broken: BrokenEntry[];
}

export function readEntry(raw: unknown): DraftEntry | BrokenEntry | null {
  const record = normaliseRecord(raw);
  if (!record) {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : '';
    return id ? { id, message: '这份草稿的数据已损坏，无法打开。', deletedAt: null, raw } : null;
  }
  const checked = validateReport(record.report);
  if (!checked.ok) return { id: record.id, message: checked.message, deletedAt: record.deletedAt, raw: record.report };
  if (checked.value.id !== record.id)
    return { id: record.id, message: '这份草稿的编号与存储位置不一致（数据损坏）。', deletedAt: record.deletedAt, raw: record.report };
  return {
    report: checked.value,
    revision: record.revision,
    savedAt: record.savedAt,
    deletedAt: record.deletedAt,
    savedBy: record.savedBy,
    checkCounts: readCounts(record.checkCounts),
  };
}

export function isBroken(e: DraftEntry | BrokenEntry): e is BrokenEntry {
  return 'message' in e;
}

/** Every draft, including those in 回收站 (deletedAt set) and broken records. */
export async function listDrafts(): Promise<DraftList> {
  const raws = await withTx([DRAFTS_STORE], 'readonly', (tx) => tx.objectStore(DRAFTS_STORE).getAll());
  const drafts: DraftEntry[] = [];
  const broken: BrokenEntry[] = [];
  for (const raw of raws) {
    const entry = readEntry(raw);
    if (!entry) continue;
    if (isBroken(entry)) broken.push(entry);
    else drafts.push(entry);
  }
  return { drafts, broken };
}

export async function getDraft(id: string): Promise<DraftEntry | BrokenEntry | null> {
  const raw = await withTx([DRAFTS_STORE], 'readonly', (tx) => tx.objectStore(DRAFTS_STORE).get(id));
  return raw === undefined ? null : readEntry(raw);
}

function recordOf(report: Report, revision: number, now: number): DraftRecord {
  return { id: report.id, revision, savedAt: now, deletedAt: null, report: { ...report, updatedAt: now } };
}

/** Adds new drafts (ids must be new) in one transaction. */
export async function addDrafts(reports: Report[]): Promise<void> {
  const now = Date.now();
  await withTx([DRAFTS_STORE], 'readwrite', async (tx) => {
    const store = tx.objectStore(DRAFTS_STORE);
    await Promise.all(reports.map((r) => store.add(recordOf(r, 1, now))));
  });
  notify({ type: 'list-changed' });
}

export async function createDraft(init: { year: number; agencyName?: string }): Promise<Report> {
  const problem = yearProblem(init.year); // the same range the read accepts (e.g. #/new/2101 is refused here)
  if (problem) throw new Error(problem);
  formatForYear(init.year);
  const agencyName = cleanLine(init.agencyName ?? '').trim();
  const tooLong = lineProblem('agencyName', agencyName);
  if (tooLong) throw new Error(tooLong);
  const report = blankReport({ year: init.year, agencyName });
  await addDrafts([report]);
  return report;
}

export type SaveResult =
  | { ok: true; revision: number; savedAt: number }
  | { ok: false; reason: 'newer' | 'deleted' | 'missing'; revision: number };

/**
 * The autosave write: succeeds only when the stored revision is still `baseRevision`, so a tab never
 * writes over a newer save. Clears this tab's journal entry in the same transaction. `counts`, when given, are
 * the checks' counts for exactly this report (the editor's), stored beside it for 首页.
 */
export async function saveIfRevision(report: Report, baseRevision: number, journalKey: string, counts?: CheckCounts): Promise<SaveResult> {
  const now = Date.now();
  return withTx([DRAFTS_STORE, JOURNAL_STORE], 'readwrite', async (tx) => {
    const store = tx.objectStore(DRAFTS_STORE);
    const current = normaliseRecord(await store.get(report.id));
    if (!current) return { ok: false, reason: 'missing', revision: -1 };
    if (current.revision !== baseRevision) return { ok: false, reason: 'newer', revision: current.revision };
    if (current.deletedAt !== null) return { ok: false, reason: 'deleted', revision: current.revision };
    const record: DraftRecord = { ...recordOf(report, baseRevision + 1, now), savedBy: journalKey };
    if (counts) record.checkCounts = { ...counts, updatedAt: now }; // the report is stored with updatedAt = now
    await store.put(record);
    await tx.objectStore(JOURNAL_STORE).delete(journalKey);
    return { ok: true, revision: record.revision, savedAt: now };
  });
}

/** Journal entries (typing saved blind while a page closed) for one draft. */
export async function journalFor(id: string): Promise<JournalEntry[]> {
  const all = (await withTx([JOURNAL_STORE], 'readonly', (tx) => tx.objectStore(JOURNAL_STORE).getAll())) as JournalEntry[];
  return all.filter((e) => e && e.draftId === id);
}

export async function deleteJournal(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await withTx([JOURNAL_STORE], 'readwrite', async (tx) => {
    for (const key of keys) await tx.objectStore(JOURNAL_STORE).delete(key);
  });
}

/** How stored counts name the previous year's draft they were counted against ('' for none). */
export function previousKey(previous: Pick<Report, 'id' | 'updatedAt'> | null): string {
  return previous ? `${previous.id}@${previous.updatedAt}` : '';
}

/** The previous year's draft of the same 单位 (same name trimmed, year − 1), the most recently saved one. */
export function findPrevious(drafts: readonly DraftEntry[], report: Pick<Report, 'id' | 'agencyName' | 'year'>): Report | null {
  const name = report.agencyName.trim();
  if (!name) return null;
  let best: DraftEntry | null = null;
  for (const d of drafts) {
    if (d.deletedAt !== null || d.report.id === report.id) continue;
    if (d.report.year !== report.year - 1 || d.report.agencyName.trim() !== name) continue;
    if (!best || d.savedAt > best.savedAt) best = d;
  }
  return best?.report ?? null;
}
