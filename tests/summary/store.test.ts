// 汇总 workspaces in IndexedDB: the version 1 → 2 upgrade keeps drafts, saves are revision-checked (two tabs),
// and backups carry workspaces through a restore.
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, DRAFTS_STORE, JOURNAL_STORE, META_STORE, SUMMARIES_STORE, closeDb, getDb } from '../../src/store/db';
import { buildBackup, importBackup, listDrafts, parseBackupWithWorkspaces, readBackupFile } from '../../src/store';
import {
  WorkspaceConflictError,
  addWorkspace,
  getWorkspace,
  listWorkspaces,
  newWorkspace,
  previousWorkspace,
  saveWorkspace,
} from '../../src/store/summaries';
import { validateWorkspace } from '../../src/store/summary-record';
import { freshDb } from '../store/helpers';
import { YEAR, unit, unitReport, workspace } from './helpers';

beforeEach(freshDb);

describe('IndexedDB version 2', () => {
  it('upgrades a version 1 database: drafts stay, the workspace store appears', async () => {
    const report = unitReport('县教育局');
    const old = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore(DRAFTS_STORE, { keyPath: 'id' });
        d.createObjectStore(JOURNAL_STORE, { keyPath: 'key' });
        d.createObjectStore(META_STORE, { keyPath: 'key' });
      },
    });
    await old.put(DRAFTS_STORE, { id: report.id, revision: 3, savedAt: 5, deletedAt: null, report });
    old.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain(SUMMARIES_STORE);
    const list = await listDrafts();
    expect(list.drafts.map((d) => [d.report.id, d.revision, d.report.agencyName])).toEqual([[report.id, 3, '县教育局']]);
    await addWorkspace(workspace([unit('县教育局', report)]));
    await closeDb();
    expect((await listWorkspaces()).workspaces).toHaveLength(1); // survives reopening
  });
});

describe('saving a workspace', () => {
  it('refuses a save that does not start from the stored revision (another tab saved first)', async () => {
    const { workspace: ws, revision } = await addWorkspace(workspace([unit('县教育局', null)]));
    const tabA = await saveWorkspace({ ...ws, name: '甲窗口' }, revision);
    expect(tabA.revision).toBe(revision + 1);
    await expect(saveWorkspace({ ...ws, name: '乙窗口' }, revision)).rejects.toBeInstanceOf(WorkspaceConflictError);
    const stored = await getWorkspace(ws.id);
    expect(stored && 'workspace' in stored ? stored.workspace.name : '').toBe('甲窗口');
  });

  it("seeds a new year from last year's unit list, without reports", async () => {
    const last = workspace(
      [unit('县教育局', unitReport('县教育局', {}, YEAR - 1)), unit('县税务局', null, { category: 'vertical' })],
      YEAR - 1,
    );
    await addWorkspace(last);
    const all = (await listWorkspaces()).workspaces;
    const prev = previousWorkspace(all, { id: '', name: ' 某某县人民政府 ', year: YEAR });
    const next = newWorkspace({ name: '某某县人民政府', year: YEAR, agencyLevel: 'county' }, prev);
    expect(next.units.map((u) => [u.name, u.category, u.receipt])).toEqual([
      ['县教育局', 'department', null],
      ['县税务局', 'vertical', null],
    ]);
  });

  it('rejects damaged data with a Chinese reason', () => {
    const ws = workspace([unit('县教育局', null)]);
    expect(validateWorkspace({ ...ws, units: [{ ...ws.units[0], category: 'nope' }] })).toEqual({
      ok: false,
      message: '这个汇总工作区的第1个单位的类别无效。',
    });
    const bad = {
      ...ws,
      units: [{ ...unit('甲', unitReport('甲')), receipt: { ...unit('甲', unitReport('甲')).receipt, report: { id: 'x' } } }],
    };
    const checked = validateWorkspace(bad);
    expect(checked.ok).toBe(false);
  });
});

describe('backup', () => {
  it('carries workspaces with their received reports through export and restore', async () => {
    const report = unitReport('县教育局', { 't2.fees.amount': '24252.311082' });
    const ws = workspace([unit('县教育局', report), unit('县民政局', null)]);
    const file = JSON.stringify(buildBackup([unitReport('本机草稿')], new Date(), [ws]));
    const parsed = await readBackupFile(new Blob([file]));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.workspaces).toHaveLength(1);
    await importBackup(parsed.reports, 'keep-both', parsed.workspaces);
    const restored = (await listWorkspaces()).workspaces;
    expect(restored).toHaveLength(1);
    expect(restored[0]!.workspace.units[0]!.receipt!.report.values['t2.fees.amount']).toBe('24252.311082');
    expect((await listDrafts()).drafts).toHaveLength(1);
  });

  it('refuses a file whose workspace is damaged, writing nothing', async () => {
    const data = buildBackup([unitReport('本机草稿')], new Date(), [workspace([])]);
    (data.summaryWorkspaces![0] as { year: unknown }).year = 'x';
    const parsed = await parseBackupWithWorkspaces(JSON.stringify(data));
    expect(parsed).toEqual({ ok: false, message: '第1个汇总工作区的年度无效。没有做任何修改。' });
  });
});
