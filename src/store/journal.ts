// The unsaved-typing journal (docs/journal.md). Every change is written synchronously to localStorage before
// the input event returns, so a tab close, a navigation or a browser close right after a keystroke loses
// nothing; the entry is removed once IndexedDB (the store) holds that typing. Entries from the older
// IndexedDB journal store (written blind on pagehide) are still read, so typing of older versions is kept.
import type { Report } from '../model';
import { JOURNAL_STORE, openDbSync, type JournalEntry } from './db';
import { deleteJournal, journalFor, type DraftEntry } from './drafts';
import { validateReport } from './validate';

const PREFIX = 'nianbao-journal:';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: reading the property itself throws
  }
}

/**
 * Writes (replaces) one session's entry; synchronous, called on every change. False when the browser refuses
 * (storage disabled or full): the caller then keeps the older blind write on pagehide as a fallback.
 */
export function writeJournal(entry: JournalEntry): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(PREFIX + entry.key, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

function removeLocal(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing to do: the entry is recognised as already saved on the next open
  }
}

function localFor(draftId: string): JournalEntry[] {
  const s = storage();
  if (!s) return [];
  const out: JournalEntry[] = [];
  try {
    const prefix = `${PREFIX}${draftId}|`;
    for (let i = 0; i < s.length; i++) {
      const name = s.key(i);
      if (!name?.startsWith(prefix)) continue;
      try {
        const entry = JSON.parse(s.getItem(name) ?? 'null') as JournalEntry | null;
        if (entry && typeof entry === 'object' && entry.key === name.slice(PREFIX.length) && typeof entry.baseRevision === 'number')
          out.push(entry);
        else s.removeItem(name);
      } catch {
        s.removeItem(name); // a torn or foreign entry
      }
    }
  } catch {
    // unreadable storage: only the IndexedDB journal counts
  }
  return out;
}

/** Every journal entry of one draft, oldest first (localStorage and the IndexedDB store together). */
export async function readJournal(draftId: string): Promise<JournalEntry[]> {
  const stored = await journalFor(draftId).catch(() => [] as JournalEntry[]);
  const local = localFor(draftId);
  const localKeys = new Set(local.map((e) => e.key));
  return [...local, ...stored.filter((e) => !localKeys.has(e.key))].sort((a, b) => a.writtenAt - b.writtenAt);
}

/**
 * Typing journaled on top of a draft's stored revision that no page has saved yet (its page closed first), by
 * draft id: 「导出全部草稿备份」 from 首页 includes it before the draft is opened again.
 */
export function journaledTyping(drafts: readonly DraftEntry[]): Map<string, Report> {
  const out = new Map<string, Report>();
  for (const d of drafts) {
    for (const e of localFor(d.report.id).sort((a, b) => a.writtenAt - b.writtenAt)) {
      if (e.baseRevision !== d.revision && !(e.baseRevision + 1 === d.revision && d.savedBy === e.key)) continue;
      const checked = validateReport(e.report);
      if (checked.ok && checked.value.id === d.report.id) out.set(d.report.id, checked.value);
    }
  }
  return out;
}

/** Removes entries whose typing is stored (or was given up by the clerk), in both places. */
export async function clearJournal(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  for (const key of keys) removeLocal(key);
  await deleteJournal([...keys]);
}

/** The synchronous part only: after a save that holds exactly what the entry held. */
export function clearJournalNow(key: string): void {
  removeLocal(key);
}

/**
 * pagehide when localStorage refused the entry: an IndexedDB write started now may still be dropped by the
 * browser, but it is the best left (this was the only journal before localStorage).
 */
export function writeJournalBlind(entry: JournalEntry): void {
  const db = openDbSync();
  if (!db) return;
  try {
    const tx = db.transaction(JOURNAL_STORE, 'readwrite');
    tx.objectStore(JOURNAL_STORE)
      .put(entry)
      .catch(() => undefined);
    tx.done.catch(() => undefined);
    tx.commit?.();
  } catch {
    // the normal save still runs
  }
}
