// 汇总 workspaces in IndexedDB: list, create (seeded from last year's), and the revision-checked save that
// keeps two tabs from writing over each other (like drafts: a write must start from the stored revision).
import { newReportId } from '../model';
import { SUMMARIES_STORE, withTx } from './db';
import { notify } from './channel';
import { isPlainObject } from './validate';
import { validateWorkspace, type SummaryLevel, type SummaryWorkspace } from './summary-record';

export interface WorkspaceRecord {
  id: string;
  revision: number;
  savedAt: number;
  /** Raw: validated by whoever reads it. */
  workspace: unknown;
}

export interface WorkspaceEntry {
  workspace: SummaryWorkspace;
  revision: number;
  savedAt: number;
}

export interface BrokenWorkspace {
  id: string;
  message: string;
}

export class WorkspaceConflictError extends Error {
  override name = 'WorkspaceConflictError';
}

function readRecord(raw: unknown): WorkspaceEntry | BrokenWorkspace | null {
  if (!isPlainObject(raw) || typeof raw.id !== 'string') return null;
  const checked = validateWorkspace(raw.workspace);
  if (!checked.ok) return { id: raw.id, message: checked.message };
  const revision = typeof raw.revision === 'number' ? raw.revision : 0;
  const savedAt = typeof raw.savedAt === 'number' ? raw.savedAt : 0;
  return { workspace: checked.value, revision, savedAt };
}

export function isBrokenWorkspace(e: WorkspaceEntry | BrokenWorkspace): e is BrokenWorkspace {
  return 'message' in e;
}

export async function listWorkspaces(): Promise<{ workspaces: WorkspaceEntry[]; broken: BrokenWorkspace[] }> {
  const raws = await withTx([SUMMARIES_STORE], 'readonly', (tx) => tx.objectStore(SUMMARIES_STORE).getAll());
  const workspaces: WorkspaceEntry[] = [];
  const broken: BrokenWorkspace[] = [];
  for (const raw of raws) {
    const e = readRecord(raw);
    if (!e) continue;
    if (isBrokenWorkspace(e)) broken.push(e);
    else workspaces.push(e);
  }
  workspaces.sort((a, b) => b.workspace.year - a.workspace.year || b.savedAt - a.savedAt);
  return { workspaces, broken };
}

export async function getWorkspace(id: string): Promise<WorkspaceEntry | BrokenWorkspace | null> {
  const raw = await withTx([SUMMARIES_STORE], 'readonly', (tx) => tx.objectStore(SUMMARIES_STORE).get(id));
  return raw === undefined ? null : readRecord(raw);
}

/**
 * A new workspace for a year. Seeded from last year's (same 本级政府): its unit list and 类别, no reports,
 * since each unit sends a new one every year.
 */
export function newWorkspace(
  init: { name: string; year: number; agencyLevel: SummaryLevel },
  previous?: SummaryWorkspace | null,
  now = Date.now(),
): SummaryWorkspace {
  const units = (previous?.units ?? []).map((u) => ({
    id: newReportId(),
    name: u.name,
    category: u.category,
    receipt: null,
    forceReason: '',
  }));
  return {
    id: newReportId(),
    name: init.name.trim(),
    year: init.year,
    agencyLevel: init.agencyLevel,
    units,
    summaryDraftId: '',
    createdAt: now,
    updatedAt: now,
  };
}

export async function addWorkspace(workspace: SummaryWorkspace): Promise<WorkspaceEntry> {
  const checked = validateWorkspace(workspace);
  if (!checked.ok) throw new Error(checked.message);
  const now = Date.now();
  const record: WorkspaceRecord = { id: workspace.id, revision: 1, savedAt: now, workspace: checked.value };
  await withTx([SUMMARIES_STORE], 'readwrite', (tx) => tx.objectStore(SUMMARIES_STORE).add(record));
  notify({ type: 'list-changed' });
  return { workspace: checked.value, revision: 1, savedAt: now };
}

/** Saves a workspace only when the stored one is still at `baseRevision`; otherwise WorkspaceConflictError. */
export async function saveWorkspace(workspace: SummaryWorkspace, baseRevision: number, tab = ''): Promise<WorkspaceEntry> {
  const now = Date.now();
  const next = { ...workspace, updatedAt: now };
  const checked = validateWorkspace(next);
  if (!checked.ok) throw new Error(checked.message);
  const revision = await withTx([SUMMARIES_STORE], 'readwrite', async (tx) => {
    const store = tx.objectStore(SUMMARIES_STORE);
    const current = (await store.get(workspace.id)) as WorkspaceRecord | undefined;
    if (!current) throw new Error('这个汇总工作区已被删除。');
    if (current.revision !== baseRevision)
      throw new WorkspaceConflictError('这个汇总工作区已在另一个窗口中修改。为免覆盖，本次修改没有保存，请重新载入。');
    const record: WorkspaceRecord = { id: workspace.id, revision: baseRevision + 1, savedAt: now, workspace: checked.value };
    await store.put(record);
    return record.revision;
  });
  notify({ type: 'saved', id: workspace.id, revision, deleted: false, tab });
  return { workspace: checked.value, revision, savedAt: now };
}

export async function deleteWorkspace(id: string): Promise<void> {
  await withTx([SUMMARIES_STORE], 'readwrite', (tx) => tx.objectStore(SUMMARIES_STORE).delete(id));
  notify({ type: 'list-changed' });
}

/** Last year's workspace of the same 本级政府 (name trimmed), to seed the unit list and for the cross-year check. */
export function previousWorkspace(
  all: readonly WorkspaceEntry[],
  ws: Pick<SummaryWorkspace, 'id' | 'name' | 'year'>,
): SummaryWorkspace | null {
  let best: WorkspaceEntry | null = null;
  for (const e of all) {
    if (e.workspace.id === ws.id || e.workspace.year !== ws.year - 1 || e.workspace.name.trim() !== ws.name.trim()) continue;
    if (!best || e.savedAt > best.savedAt) best = e;
  }
  return best?.workspace ?? null;
}
