// Drafts in the browser (IndexedDB): the store's public API. All IndexedDB access is in db.ts.
export { createDraft, listDrafts, getDraft, findPrevious, isBroken } from './drafts';
export { createDraftFrom, duplicateDraft, renameDraft, trashDraft, restoreDraft, purgeDraft } from './draft-actions';
export type { DraftEntry, BrokenEntry, DraftList } from './drafts';
export { openDraftSession, unsavedReports, SAVE_DEBOUNCE_MS, BrokenDraftError } from './draft-session';
export type { StoredDraftSession, ConflictKind } from './draft-session';
export { saveStatusText, storageErrorMessage, clockTime, STORAGE_UNAVAILABLE, StorageUnavailableError } from './save-status';
export { actionErrorMessage } from './action-error';
export { draftForNextYear } from './next-year';
export type { NextYearResult } from './next-year';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  buildBackup,
  backupBlob,
  backupFileName,
  downloadBackup,
  readBackupFile,
  parseBackupText,
  parseBackupWithWorkspaces,
  backupConflicts,
  importBackup,
  downloadFullBackup,
} from './backup';
export type { BackupFile, ParsedBackup, ConflictChoice, DamagedDraft } from './backup';
export { backupParts, downloadBackupFiles } from './backup-files';
export { listen as onStoreChange } from './channel';
export { requestPersistence } from './persist';
export { validateReport, LIMITS } from './validate';
