// Backups the app writes are always restorable: export → restore at the limits of size and count, damaged
// drafts included, and a hostile deeply nested file gets its real reason.
import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS, MAX_BACKUP_BYTES, backupParts, importBackup, listDrafts, parseBackupText, readBackupFile } from '../../src/store';
import { MAX_BACKUP_DRAFTS } from '../../src/store/backup';
import { DRAFTS_STORE, getDb } from '../../src/store/db';
import { blankReport, type Report } from '../../src/model';
import { fillAll, freshDb } from './helpers';

beforeEach(freshDb);

/** A draft at the text limit in all three sections, in 3-byte characters (the largest a clerk can type). */
function longDraft(i: number): Report {
  const text = '政'.repeat(LIMITS.text);
  return {
    ...fillAll(blankReport({ year: 2024, agencyName: `第${i}局`.padEnd(LIMITS.agencyName, '局'), now: 1_700_000_000_000 + i }), i),
    texts: { overview: text, problems: text, other: text },
  };
}

async function restoreAll(texts: string[]): Promise<number> {
  let added = 0;
  for (const text of texts) {
    const parsed = await readBackupFile(new Blob([text]));
    if (!parsed.ok) throw new Error(parsed.message);
    added += (await importBackup(parsed.reports, 'keep-both', parsed.workspaces, parsed.damaged)).added;
  }
  return added;
}

describe('export → restore at the limits', () => {
  it('12 drafts with every text at its limit (over 20 MB together) split into files restore accepts, all restored exactly', async () => {
    const reports = Array.from({ length: 12 }, (_, i) => longDraft(i));
    const parts = backupParts(reports, [], new Date(2026, 11, 1));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.reduce((n, p) => n + p.bytes, 0)).toBeGreaterThan(MAX_BACKUP_BYTES);
    for (const p of parts) expect(p.bytes).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    expect(parts.map((p) => p.name)).toEqual(parts.map((_, i) => `年报草稿备份-20261201-${i + 1}之${parts.length}.json`));
    expect(await restoreAll(parts.map((p) => p.text))).toBe(12);
    const stored = (await listDrafts()).drafts.map((d) => d.report).sort((a, b) => a.createdAt - b.createdAt);
    expect(stored).toEqual(reports);
  }, 120_000);

  it(`more than ${MAX_BACKUP_DRAFTS} drafts are split by count, and every one comes back`, async () => {
    const base = blankReport({ year: 2025, agencyName: '乙局', now: 1 });
    const reports = Array.from({ length: MAX_BACKUP_DRAFTS + 1 }, (_, i) => ({
      ...base,
      id: `d${i}`,
      values: { 't3.new.natural': String(i) },
    }));
    const parts = backupParts(reports);
    expect(parts.map((p) => p.drafts)).toEqual([MAX_BACKUP_DRAFTS, 1]);
    expect(await restoreAll(parts.map((p) => p.text))).toBe(MAX_BACKUP_DRAFTS + 1);
    expect((await listDrafts()).drafts).toHaveLength(MAX_BACKUP_DRAFTS + 1);
  }, 120_000);

  it('one small backup stays one file with the usual name', () => {
    const parts = backupParts([blankReport({ year: 2025 })], [], new Date(2026, 0, 5));
    expect(parts.map((p) => p.name)).toEqual(['年报草稿备份-20260105.json']);
  });
});

describe('damaged drafts in a backup', () => {
  it('are exported as they are and restored as records the repair view opens', async () => {
    const good = blankReport({ year: 2025, agencyName: '丙局' });
    const broken = { ...blankReport({ year: 2025, agencyName: '丁局' }), year: 9999 };
    const parts = backupParts([good], [{ id: broken.id, reason: '报告年度超出范围', report: broken }]);
    expect(parts).toHaveLength(1);
    const parsed = parseBackupText(parts[0]!.text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.damaged).toHaveLength(1);
    await importBackup(parsed.reports, 'keep-both', parsed.workspaces, parsed.damaged);
    const list = await listDrafts();
    expect(list.drafts.map((d) => d.report.id)).toEqual([good.id]);
    expect(list.broken.map((b) => b.id)).toEqual([broken.id]);
    expect(list.broken[0]!.message).toMatch(/报告年度（9999）/);
    // Restored again while it exists: added beside it, the existing record untouched.
    await importBackup([], 'keep-both', [], parsed.damaged);
    expect((await listDrafts()).broken).toHaveLength(2);
    expect(((await (await getDb()).get(DRAFTS_STORE, broken.id)) as { report: Report }).report.year).toBe(9999);
  });

  it('a file holding only damaged drafts is a valid backup', () => {
    const parts = backupParts([], [{ id: 'x1', reason: '', report: { id: 'x1', year: 'abc' } }]);
    const parsed = parseBackupText(parts[0]!.text);
    expect(parsed.ok && parsed.damaged?.length).toBe(1);
  });
});

describe('a hostile file', () => {
  it('nested 10 000 levels deep is refused for what it is', () => {
    const text = `{"format":"nianbao-backup","version":1,"drafts":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const parsed = parseBackupText(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/嵌套超过64层/);
    expect(!parsed.ok && parsed.message).not.toMatch(/截断/);
  });
});
