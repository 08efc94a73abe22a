// An open draft backed by IndexedDB: every change journaled synchronously (journal.ts), debounced autosave,
// flush when the page hides, revision checks against other tabs, retry after storage faults, and no write of
// a report that would not read back. Typed data is never dropped: what cannot be written stays in memory and
// in the journal, and is offered as a copy.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftSession, SaveStatus } from './session';
import { newReportId, type Report } from '../model';
import type { JournalEntry } from './db';
import { listen, notify } from './channel';
import { findPrevious, getDraft, isBroken, listDrafts, saveIfRevision, type CheckCounts } from './drafts';
import { clearJournal, clearJournalNow, writeJournal, writeJournalBlind } from './journal';
import { storageErrorMessage } from './save-status';
import { validateReport } from './validate';
import { unsavedInMemory } from './unsaved-memory';

export { unsavedInMemory, unsavedReports } from './unsaved-memory';

/** Quiet time before a change is written. */
export const SAVE_DEBOUNCE_MS = 300;
/** Continuous typing still gets saved at least this often. */
export const SAVE_MAX_WAIT_MS = 2000;
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

export type ConflictKind = 'newer' | 'deleted';

export interface StoredDraftSession extends DraftSession {
  readonly id: string;
  /** Changes not yet written to IndexedDB. */
  readonly dirty: ReadonlySignal<boolean>;
  /** Why this tab stopped saving. */
  readonly conflict: ReadonlySignal<ConflictKind | null>;
  /** Typing that could not be saved onto this draft (from a closed page, or before 重新载入): offered as a copy. */
  readonly recovered: ReadonlySignal<Report | null>;
  /** 重新载入: shows the stored draft; this tab's unsaved typing moves to `recovered`. False when the draft is gone. */
  reload(): Promise<boolean>;
  /** Saves `recovered` (or, in a conflict, the unsaved typing) as a new draft and returns it. */
  saveUnsavedAsCopy(): Promise<Report>;
  discardRecovered(): Promise<void>;
}

const PAGE_ID = newReportId().replace(/-/g, '').slice(0, 12);
let sessionCounter = 0;

/** Per draft: the last save chain of a closed or open session, so reopening waits for it. */
export const inFlight = new Map<string, Promise<void>>();

export interface SessionInit {
  start: Report;
  revision: number;
  dirty: boolean;
  recovered: Report | null;
  appliedJournal: string[];
  recoveredJournal: string[];
  previous: Report | null;
}

export function createStoredSession(init: SessionInit): StoredDraftSession {
  const id = init.start.id;
  const sessionId = `${PAGE_ID}-${++sessionCounter}`;
  const journalKey = `${id}|${sessionId}`;
  const report = signal(init.start);
  const previous = signal<Report | null>(init.previous);
  const saveStatus = signal<SaveStatus>({ state: 'idle' });
  const dirty = signal(init.dirty);
  const conflict = signal<ConflictKind | null>(null);
  const recovered = signal<Report | null>(init.recovered);
  const readOnly = computed(() => conflict.value !== null);
  const readOnlyReason = computed(() => {
    if (!conflict.value) return '';
    const head =
      conflict.value === 'deleted'
        ? '此草稿已在另一个窗口中被删除（移到了回收站），本窗口已停止保存。'
        : '此草稿已在另一个窗口（或标签页）中修改。为了不覆盖那边的内容，本窗口已停止保存，请点「重新载入」查看最新内容。';
    return dirty.value ? `${head}本窗口尚未保存的修改仍保留着，可点「另存为新草稿」保存下来。` : head;
  });

  let base = init.revision;
  let journalToDelete = [...init.appliedJournal];
  let recoveredKeys = [...init.recoveredJournal];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = 0;
  let firstPendingAt = 0;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();
  let lastIdentity = `${init.start.agencyName.trim()}|${init.start.year}`;
  /** The editor's latest finding counts, written with the report they were counted for (and no other). */
  let counted: { report: Report; counts: CheckCounts } | null = null;

  function stopTimers(): void {
    clearTimeout(timer);
    clearTimeout(retryTimer);
    timer = retryTimer = undefined;
    firstPendingAt = 0;
  }

  function schedule(): void {
    clearTimeout(timer);
    const now = Date.now();
    if (!firstPendingAt) firstPendingAt = now;
    const wait = Math.max(0, Math.min(SAVE_DEBOUNCE_MS, firstPendingAt + SAVE_MAX_WAIT_MS - now));
    timer = setTimeout(() => void save(), wait);
  }

  function goStale(kind: ConflictKind): void {
    stopTimers();
    conflict.value = kind;
    if (saveStatus.value.state === 'saving' || dirty.value) {
      saveStatus.value = { state: 'error', message: '此草稿已在别处修改或删除，本窗口的修改没有写入（仍保留在本页面中）。' };
    }
  }

  async function writeOnce(): Promise<void> {
    if (!dirty.value || conflict.value) return;
    const snapshot = report.value;
    // Never write what the next read would refuse (the draft would be locked out): it stays on screen and in the journal.
    const checked = validateReport(snapshot);
    if (!checked.ok) {
      saveStatus.value = { state: 'error', message: `${checked.message}请改正后会自动保存（已输入的内容仍在本页面中）。` };
      return;
    }
    saveStatus.value = { state: 'saving' };
    try {
      const counts = counted?.report === snapshot ? counted.counts : undefined;
      const result = await saveIfRevision(snapshot, base, journalKey, counts);
      if (!result.ok) {
        goStale(result.reason === 'newer' ? 'newer' : 'deleted');
        return;
      }
      base = result.revision;
      retryDelay = 0;
      clearTimeout(retryTimer);
      if (report.value === snapshot) {
        dirty.value = false;
        clearJournalNow(journalKey);
      }
      saveStatus.value = { state: 'saved', at: result.savedAt };
      notify({ type: 'saved', id, revision: base, deleted: false, tab: sessionId });
      if (journalToDelete.length) {
        const keys = journalToDelete;
        journalToDelete = [];
        void clearJournal(keys).catch(() => undefined);
      }
    } catch (e) {
      saveStatus.value = { state: 'error', message: storageErrorMessage(e) };
      retryDelay = retryDelay ? Math.min(retryDelay * 2, RETRY_MAX_MS) : RETRY_FIRST_MS;
      clearTimeout(retryTimer);
      if (!closed) retryTimer = setTimeout(() => void save(), retryDelay);
    }
  }

  /** Writes are serialised: each waits for the previous one, and does nothing when there is nothing new. */
  function save(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    firstPendingAt = 0;
    queue = queue.then(writeOnce, writeOnce);
    inFlight.set(id, queue);
    return queue;
  }

  let previousTimer: ReturnType<typeof setTimeout> | undefined;
  function refreshPreviousSoon(): void {
    clearTimeout(previousTimer);
    previousTimer = setTimeout(() => {
      listDrafts().then(
        (list) => {
          if (!closed) previous.value = findPrevious(list.drafts, report.value);
        },
        () => undefined,
      );
    }, 200);
  }

  /** A tab that missed a notice (no BroadcastChannel, or asleep) checks the stored revision when shown again. */
  async function checkStored(): Promise<void> {
    await queue;
    if (closed || conflict.value) return;
    const entry = await getDraft(id).catch(() => undefined);
    if (entry === undefined) return;
    if (!entry || isBroken(entry)) goStale('deleted');
    else if (entry.revision !== base) goStale(entry.deletedAt !== null ? 'deleted' : 'newer');
    else if (entry.deletedAt !== null) goStale('deleted');
  }

  let journaled = false;
  function journalEntry(): JournalEntry {
    return { key: journalKey, draftId: id, baseRevision: base, report: report.value, writtenAt: Date.now() };
  }

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void save();
    else void checkStored();
  };
  const onPageHide = () => {
    if (dirty.value && !journaled) writeJournalBlind(journalEntry());
    void save();
  };
  const stopListening = listen((notice) => {
    if (closed) return;
    if (notice.type === 'saved' && notice.id === id) {
      if (notice.tab !== sessionId && notice.revision > base) goStale(notice.deleted ? 'deleted' : 'newer');
      return;
    }
    refreshPreviousSoon();
  });
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);
  if (init.dirty) schedule();

  return {
    id,
    report,
    previous,
    readOnly,
    readOnlyReason,
    saveStatus,
    dirty,
    conflict,
    recovered,
    update(next: Report) {
      if (closed || next === report.value) return;
      report.value = next.id === id ? next : { ...next, id };
      dirty.value = true;
      journaled = writeJournal(journalEntry()); // synchronous: survives a close right after this keystroke
      const identity = `${next.agencyName.trim()}|${next.year}`;
      if (identity !== lastIdentity) {
        lastIdentity = identity;
        refreshPreviousSoon();
      }
      if (!conflict.value) schedule(); // a stale tab keeps the typing in memory only
    },
    flush: () => save(),
    noteCheckCounts(counts, forReport) {
      counted = { report: forReport, counts };
    },
    close() {
      if (closed) return;
      closed = true;
      stopTimers();
      clearTimeout(previousTimer);
      stopListening();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility);
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      // The route calls flush() before close(); whatever is still unwritten stays in this page's memory.
      void queue.then(() => {
        if (dirty.value) unsavedInMemory.set(id, { report: report.value, baseRevision: conflict.value ? -1 : base });
        else if (recovered.value) unsavedInMemory.set(id, { report: recovered.value, baseRevision: -1 });
      });
    },
    async reload() {
      await queue;
      const entry = await getDraft(id);
      if (!entry || isBroken(entry) || entry.deletedAt !== null) return false;
      if (dirty.value) recovered.value = report.value;
      stopTimers();
      base = entry.revision;
      report.value = entry.report;
      dirty.value = false;
      conflict.value = null;
      saveStatus.value = { state: 'idle' };
      refreshPreviousSoon();
      return true;
    },
    async saveUnsavedAsCopy() {
      const source = conflict.value && dirty.value ? report.value : recovered.value;
      if (!source) throw new Error('没有需要另存的修改。');
      const { createDraftFrom } = await import('./draft-actions'); // a conflict's rare way out: not on the first load
      const now = Date.now();
      const copy = await createDraftFrom({ ...source, id: newReportId(), createdAt: now, updatedAt: now });
      if (source === recovered.value) {
        recovered.value = null;
        const keys = recoveredKeys;
        recoveredKeys = [];
        if (!dirty.value) clearJournalNow(journalKey);
        await clearJournal(keys).catch(() => undefined);
      } else {
        dirty.value = false; // the typing now lives in the copy
        clearJournalNow(journalKey);
      }
      return copy;
    },
    async discardRecovered() {
      recovered.value = null;
      const keys = recoveredKeys;
      recoveredKeys = [];
      if (!dirty.value) clearJournalNow(journalKey); // this tab's own entry held the typing before 重新载入
      await clearJournal(keys);
    },
  };
}
