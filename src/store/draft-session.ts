// Opening a draft for the editor: waits for a closing session's last save, then settles the journal
// (docs/journal.md). Typing of a page that closed on top of the stored revision is continued; typing made on
// top of an older revision (another tab saved in between) is offered as a copy. Nothing is merged silently.
import type { Report } from '../model';
import { findPrevious, getDraft, isBroken, listDrafts } from './drafts';
import { clearJournal, readJournal } from './journal';
import { requestPersistence } from './persist';
import { createStoredSession, inFlight, unsavedInMemory, type StoredDraftSession } from './stored-session';
import { validateReport } from './validate';

export { SAVE_DEBOUNCE_MS, SAVE_MAX_WAIT_MS, unsavedReports } from './stored-session';
export type { StoredDraftSession, ConflictKind } from './stored-session';

/** The stored draft does not validate: the route shows the repair view instead of the editor. */
export class BrokenDraftError extends Error {
  override name = 'BrokenDraftError';
  constructor(
    readonly id: string,
    message: string,
  ) {
    super(message);
  }
}

export async function openDraftSession(id: string): Promise<StoredDraftSession | null> {
  void requestPersistence();
  await inFlight.get(id)?.catch(() => undefined);
  // Independent reads in parallel: opening a draft is on the path to the first editable grid.
  const [entry, journal, list] = await Promise.all([getDraft(id), readJournal(id), listDrafts()]);
  if (!entry) return null;
  if (isBroken(entry)) throw new BrokenDraftError(id, entry.message);
  if (entry.deletedAt !== null) throw new Error('这份草稿在回收站中。请先在首页的「回收站」中恢复它。');

  let start = entry.report;
  let dirty = false;
  let recovered: Report | null = null;
  const appliedJournal: string[] = [];
  const recoveredJournal: string[] = [];
  const staleJournal: string[] = [];
  for (const j of journal) {
    const checked = validateReport(j.report);
    if (!checked.ok || checked.value.id !== id || sameContent(checked.value, start)) {
      staleJournal.push(j.key); // unusable, or already saved
    } else if (j.baseRevision === entry.revision || (j.baseRevision + 1 === entry.revision && entry.savedBy === j.key)) {
      // Typing of a page that closed before its save finished, on top of this revision (or of the one its
      // own last save replaced): continue it.
      start = checked.value;
      dirty = true;
      appliedJournal.push(j.key);
    } else {
      recovered = checked.value;
      recoveredJournal.push(j.key);
    }
  }
  await clearJournal(staleJournal).catch(() => undefined);
  const memory = unsavedInMemory.get(id);
  if (memory) {
    unsavedInMemory.delete(id);
    if (sameContent(memory.report, start)) {
      // already stored
    } else if (memory.baseRevision === entry.revision) {
      start = memory.report;
      dirty = true;
    } else recovered = memory.report;
  }
  return createStoredSession({
    start,
    revision: entry.revision,
    dirty,
    recovered,
    appliedJournal,
    recoveredJournal,
    previous: findPrevious(list.drafts, start),
  });
}

/** Same content, ignoring when it was saved. */
function sameContent(a: Report, b: Report): boolean {
  return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
}
