// The one place that talks to IndexedDB: database name, store names, schema version and migrations,
// and the transaction helper every read and write goes through.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { REPORT_SCHEMA_VERSION } from '../model';
import { isPlainObject, validateReport } from './validate';
import { StorageUnavailableError } from './save-status';

// All file:// pages share one origin in Chromium: the name must not collide with anything else.
export const DB_NAME = 'nianbao-gov-info-annual-report';
/** IndexedDB structure version (object stores and indexes). Report shape versions are REPORT_SCHEMA_VERSION. */
export const DB_VERSION = 2;

// Changing these without a migration wipes users' data.
export const DRAFTS_STORE = 'drafts';
// Changing these without a migration wipes users' data.
export const JOURNAL_STORE = 'unsaved-journal';
// Changing these without a migration wipes users' data.
export const META_STORE = 'meta';
// Changing these without a migration wipes users' data. (汇总 workspaces, DB version 2.)
export const SUMMARIES_STORE = 'summary-workspaces';

export type StoreName = typeof DRAFTS_STORE | typeof JOURNAL_STORE | typeof META_STORE | typeof SUMMARIES_STORE;

/** One draft as stored: the report plus what the store needs to never overwrite a newer save. */
export interface DraftRecord {
  id: string;
  /** Incremented by every write; a write is refused unless it starts from the stored revision. */
  revision: number;
  savedAt: number;
  /** Set when moved to 回收站. */
  deletedAt: number | null;
  /** Raw: validated (and migrated) by whoever reads it. */
  report: unknown;
  /** Journal key of the session that wrote this revision (lets a reopened page continue its own typing). */
  savedBy?: string;
  /** The editor's finding counts for this report, so 首页 need not run the checks (see StoredCheckCounts). */
  checkCounts?: StoredCheckCounts;
}

/**
 * Errors and warnings (已核实 ones not counted) the editor's checks found in the stored report. Kept beside the
 * report, not in it (REPORT_SCHEMA_VERSION unchanged, not in backups). Valid only while `checks` is the running
 * CHECKS_VERSION, `updatedAt` the report's own and `previous` the previous year's draft now found (id@updatedAt,
 * '' for none); otherwise 首页 computes the counts afresh.
 */
export interface StoredCheckCounts {
  checks: string;
  updatedAt: number;
  previous: string;
  errors: number;
  warnings: number;
  /** The same in the calm view a draft opens in until its full checks are asked for (src/checks/calm.ts). */
  calmErrors: number;
  calmWarnings: number;
}

/** Typing that a closing page could not save through the normal path (written blind on pagehide). */
export interface JournalEntry {
  key: string;
  draftId: string;
  baseRevision: number;
  report: unknown;
  writtenAt: number;
}

let dbPromise: Promise<IDBPDatabase> | null = null;
/** The open connection, for the one write that must start synchronously (pagehide). */
let openedDb: IDBPDatabase | null = null;

export function openDbSync(): IDBPDatabase | null {
  return openedDb;
}

export function getDb(): Promise<IDBPDatabase> {
  if (!dbPromise) {
    let hasIdb = false;
    try {
      hasIdb = typeof indexedDB !== 'undefined' && indexedDB !== null;
    } catch {
      // reading indexedDB itself throws where site data is blocked
    }
    if (!hasIdb) return Promise.reject(new StorageUnavailableError());
    const opening = openDB(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        // Structural migrations by IndexedDB version; each step runs once, in order.
        if (oldVersion < 1) {
          db.createObjectStore(DRAFTS_STORE, { keyPath: 'id' });
          db.createObjectStore(JOURNAL_STORE, { keyPath: 'key' });
          db.createObjectStore(META_STORE, { keyPath: 'key' });
        }
        if (oldVersion < 2) db.createObjectStore(SUMMARIES_STORE, { keyPath: 'id' });
      },
      blocking() {
        // A newer version of the app wants to upgrade: let it, and reopen on the next access.
        void opening.then((db) => db.close());
        dbPromise = null;
        openedDb = null;
      },
      terminated() {
        dbPromise = null;
        openedDb = null;
      },
    }).then(
      async (db) => {
        await migrateRecords(db);
        openedDb = db;
        return db;
      },
      (e: unknown) => {
        // Opening fails in private modes and where site data is blocked: say so in Chinese, not the browser's words.
        const name = (e as { name?: string } | null)?.name ?? '';
        throw name === 'QuotaExceededError' ? e : new StorageUnavailableError({ name });
      },
    );
    dbPromise = opening;
    opening.catch(() => {
      if (dbPromise === opening) dbPromise = null;
    });
  }
  return dbPromise;
}

/** Closes the connection (tests use a fresh IDBFactory per test; a newer app version may be upgrading). */
export async function closeDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  openedDb = null;
  if (pending) (await pending.catch(() => null))?.close();
}

type Tx<Mode extends IDBTransactionMode> = IDBPTransaction<unknown, StoreName[], Mode>;

/** Every transaction goes through here, so each operation is one atomic unit with one error path. */
export async function withTx<T, Mode extends IDBTransactionMode>(
  stores: StoreName[],
  mode: Mode,
  body: (tx: Tx<Mode>) => Promise<T>,
): Promise<T> {
  const db = await getDb();
  const tx = db.transaction(stores, mode) as unknown as Tx<Mode>;
  let result: T;
  try {
    result = await body(tx);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await tx.done.catch(() => undefined);
    throw e;
  }
  await tx.done;
  return result;
}

/**
 * Raises every stored report to REPORT_SCHEMA_VERSION once, in one transaction; damaged ones are left as they are.
 * (Runs inside getDb() itself, so it cannot go through withTx; the pagehide journal write is the other exception.)
 */
async function migrateRecords(db: IDBPDatabase): Promise<void> {
  const tx = db.transaction([DRAFTS_STORE, META_STORE], 'readwrite');
  const meta = tx.objectStore(META_STORE);
  const stored = (await meta.get('reportSchemaVersion')) as { key: string; value: number } | undefined;
  if (stored && stored.value >= REPORT_SCHEMA_VERSION) {
    await tx.done;
    return;
  }
  const drafts = tx.objectStore(DRAFTS_STORE);
  let cursor = await drafts.openCursor();
  while (cursor) {
    const record = normaliseRecord(cursor.value);
    if (record) {
      const checked = validateReport(record.report);
      if (checked.ok && (record !== cursor.value || !isCurrent(record.report))) {
        await cursor.update({ ...record, report: checked.value });
      }
    }
    cursor = await cursor.continue();
  }
  await meta.put({ key: 'reportSchemaVersion', value: REPORT_SCHEMA_VERSION });
  await tx.done;
}

function isCurrent(report: unknown): boolean {
  return isPlainObject(report) && report.schemaVersion === REPORT_SCHEMA_VERSION;
}

/**
 * A stored draft record in the current wrapper shape, or null when unusable.
 * Early builds stored the bare report (no revision wrapper): it is wrapped at revision 0.
 */
export function normaliseRecord(raw: unknown): DraftRecord | null {
  if (!isPlainObject(raw) || typeof raw.id !== 'string') return null;
  if ('report' in raw && typeof raw.revision === 'number') {
    const deletedAt = typeof raw.deletedAt === 'number' ? raw.deletedAt : null;
    const savedAt = typeof raw.savedAt === 'number' ? raw.savedAt : 0;
    if (deletedAt === raw.deletedAt && savedAt === raw.savedAt) return raw as unknown as DraftRecord;
    return { ...(raw as unknown as DraftRecord), deletedAt, savedAt };
  }
  const updatedAt = typeof raw.updatedAt === 'number' ? raw.updatedAt : 0;
  return { id: raw.id, revision: 0, savedAt: updatedAt, deletedAt: null, report: raw };
}
