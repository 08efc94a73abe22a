// 汇总 workspaces in backup files (docs/backup-format.md, 「summaryWorkspaces」): written as they are stored
// (backup.ts), each received report in the stored report shape; on restore every workspace and report is
// validated here first, then written in the same transaction as the drafts. Loaded only when needed.
import type { IDBPTransaction } from 'idb';
import { newReportId } from '../model';
import { SUMMARIES_STORE, withTx, type StoreName } from './db';
import { validateWorkspace, type SummaryWorkspace } from './summary-record';
import type { WorkspaceRecord } from './summaries';
import type { Validated } from './validate';

export const MAX_BACKUP_WORKSPACES = 200;

export async function allWorkspacesForBackup(): Promise<SummaryWorkspace[]> {
  const raws = (await withTx([SUMMARIES_STORE], 'readonly', (tx) => tx.objectStore(SUMMARIES_STORE).getAll())) as WorkspaceRecord[];
  const out: SummaryWorkspace[] = [];
  for (const raw of raws) {
    const checked = validateWorkspace(raw?.workspace);
    if (checked.ok) out.push(checked.value);
  }
  return out;
}

/** The file's `summaryWorkspaces` (absent in older files = none). Nothing is written here. */
export function workspacesFromBackup(raw: unknown): Validated<SummaryWorkspace[]> {
  if (raw === undefined) return { ok: true, value: [] };
  if (!Array.isArray(raw)) return { ok: false, message: '备份文件中的汇总工作区列表已损坏。' };
  if (raw.length > MAX_BACKUP_WORKSPACES) return { ok: false, message: `备份文件中的汇总工作区过多（${raw.length}个）。` };
  const out: SummaryWorkspace[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const checked = validateWorkspace(raw[i], `第${i + 1}个汇总工作区`);
    if (!checked.ok) return checked;
    if (ids.has(checked.value.id)) return { ok: false, message: `第${i + 1}个汇总工作区与前面的编号相同，文件可能被改动过。` };
    ids.add(checked.value.id);
    out.push(checked.value);
  }
  return { ok: true, value: out };
}

type WriteTx = IDBPTransaction<unknown, StoreName[], 'readwrite'>;

/**
 * Writes restored workspaces inside the restore's transaction. An existing one is replaced (its revision goes
 * up, so a tab that has it open stops saving) or kept beside the restored copy, as the clerk chose for drafts.
 */
export async function writeWorkspaces(
  tx: WriteTx,
  workspaces: readonly SummaryWorkspace[],
  choice: 'keep-both' | 'replace',
): Promise<number> {
  const store = tx.objectStore(SUMMARIES_STORE);
  const now = Date.now();
  for (const ws of workspaces) {
    const existing = (await store.get(ws.id)) as WorkspaceRecord | undefined;
    if (!existing) await store.add({ id: ws.id, revision: 1, savedAt: now, workspace: ws });
    else if (choice === 'replace') await store.put({ id: ws.id, revision: existing.revision + 1, savedAt: now, workspace: ws });
    else {
      const id = newReportId();
      await store.add({ id, revision: 1, savedAt: now, workspace: { ...ws, id } });
    }
  }
  return workspaces.length;
}
