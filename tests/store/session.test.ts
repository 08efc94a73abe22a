// Autosave, revision conflicts between tabs, storage faults and the journal of a closing page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraft, getDraft, listDrafts, openDraftSession, saveStatusText, trashDraft, type StoredDraftSession } from '../../src/store';
import { JOURNAL_STORE, getDb } from '../../src/store/db';
import type { Report } from '../../src/model';
import { freshDb, wait } from './helpers';

const sessions: StoredDraftSession[] = [];
async function open(id: string): Promise<StoredDraftSession> {
  const s = await openDraftSession(id);
  if (!s) throw new Error('not found');
  sessions.push(s);
  return s;
}
beforeEach(freshDb);
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  vi.restoreAllMocks();
});

function withValue(r: Report, key: string, value: string): Report {
  return { ...r, values: { ...r.values, [key]: value } };
}

async function stored(id: string): Promise<{ report: Report; revision: number }> {
  const e = await getDraft(id);
  if (!e || !('report' in e)) throw new Error('missing');
  return e;
}

describe('autosave', () => {
  it('writes a change after ≤ 300 ms of quiet and reads it back in a new session', async () => {
    const draft = await createDraft({ year: 2024, agencyName: '测试局' });
    const s = await open(draft.id);
    s.update(withValue(s.report.value, 't3.new.natural', '7'));
    expect(s.dirty.value).toBe(true);
    expect((await stored(draft.id)).report.values['t3.new.natural']).toBeUndefined();
    await wait(400);
    expect(s.saveStatus.value.state).toBe('saved');
    expect(saveStatusText(s.saveStatus.value)).toMatch(/^已保存 \d\d:\d\d:\d\d$/);
    expect(s.dirty.value).toBe(false);
    s.close();
    const again = await open(draft.id);
    expect(again.report.value.values['t3.new.natural']).toBe('7');
  });

  it('coalesces a burst of changes into one write, and flush() writes at once', async () => {
    const draft = await createDraft({ year: 2024 });
    const s = await open(draft.id);
    let r = s.report.value;
    for (let i = 1; i <= 20; i++) s.update((r = withValue(r, 't3.new.natural', String(i))));
    await s.flush();
    const after = await stored(draft.id);
    expect(after.report.values['t3.new.natural']).toBe('20');
    expect(after.revision).toBe(2); // created at 1, one write
  });

  it('writes nothing when nothing changed (the first load does not write)', async () => {
    const draft = await createDraft({ year: 2024 });
    const s = await open(draft.id);
    await wait(350);
    await s.flush();
    expect((await stored(draft.id)).revision).toBe(1);
    expect(s.saveStatus.value.state).toBe('idle');
  });

  it('flushes on visibilitychange (hidden) and on pagehide', async () => {
    const draft = await createDraft({ year: 2024 });
    const s = await open(draft.id);
    s.update(withValue(s.report.value, 't4.review.upheld', '3'));
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    await wait(20);
    expect((await stored(draft.id)).report.values['t4.review.upheld']).toBe('3');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    s.update(withValue(s.report.value, 't4.review.upheld', '4'));
    window.dispatchEvent(new Event('pagehide'));
    await wait(20);
    expect((await stored(draft.id)).report.values['t4.review.upheld']).toBe('4');
  });
});

describe('two tabs on one draft', () => {
  it('never writes over a newer revision: the stale tab turns read-only and keeps its typing', async () => {
    const draft = await createDraft({ year: 2023, agencyName: '甲单位' });
    const a = await open(draft.id);
    const b = await open(draft.id);
    a.update(withValue(a.report.value, 't3.new.natural', '5'));
    await a.flush();
    await wait(10); // notice delivered
    expect(b.readOnly.value).toBe(true);
    expect(b.readOnlyReason.value).toMatch(/另一个窗口/);
    expect(b.readOnlyReason.value).toMatch(/重新载入/);

    // B types anyway (the editor should not let it, but nothing may be lost or written over).
    b.update(withValue(b.report.value, 't3.new.business', '9'));
    await b.flush();
    const after = await stored(draft.id);
    expect(after.report.values['t3.new.natural']).toBe('5');
    expect(after.report.values['t3.new.business']).toBeUndefined();
    expect(b.readOnlyReason.value).toMatch(/另存为新草稿/);

    const copy = await b.saveUnsavedAsCopy();
    expect(copy.id).not.toBe(draft.id);
    expect((await stored(copy.id)).report.values['t3.new.business']).toBe('9');

    expect(await b.reload()).toBe(true);
    expect(b.readOnly.value).toBe(false);
    expect(b.report.value.values['t3.new.natural']).toBe('5');
  });

  it('detects the conflict in the write transaction even without a notice', async () => {
    const draft = await createDraft({ year: 2023 });
    const a = await open(draft.id);
    const b = await open(draft.id);
    // Both type before either saves: the first write wins, the second is refused by the revision check.
    a.update(withValue(a.report.value, 't3.new.natural', '1'));
    b.update(withValue(b.report.value, 't3.new.legal', '2'));
    await Promise.all([a.flush(), b.flush()]);
    const after = await stored(draft.id);
    const aWon = after.report.values['t3.new.natural'] === '1';
    const loser = aWon ? b : a;
    expect(after.revision).toBe(2);
    expect(loser.readOnly.value).toBe(true);
    expect(loser.dirty.value).toBe(true);
    expect(saveStatusText(loser.saveStatus.value)).toMatch(/^保存失败/);
    // reload keeps the losing typing as `recovered`, offered as a copy
    await loser.reload();
    expect(loser.recovered.value?.values[aWon ? 't3.new.legal' : 't3.new.natural']).toBe(aWon ? '2' : '1');
  });

  it('a draft moved to 回收站 in another tab stops this tab from saving', async () => {
    const draft = await createDraft({ year: 2023 });
    const a = await open(draft.id);
    await trashDraft(draft.id);
    await wait(10);
    expect(a.readOnly.value).toBe(true);
    expect(a.readOnlyReason.value).toMatch(/回收站/);
  });
});

describe('storage faults', () => {
  it('shows 磁盘空间不足 on a QuotaExceededError, keeps the typing, and retries', async () => {
    const draft = await createDraft({ year: 2024 });
    const s = await open(draft.id);
    const put = IDBObjectStore.prototype.put;
    let failures = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'drafts' && failures < 1) {
        failures++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    });
    s.update(withValue(s.report.value, 't3.new.natural', '42'));
    await s.flush();
    expect(s.saveStatus.value.state).toBe('error');
    expect(saveStatusText(s.saveStatus.value)).toMatch(/^保存失败：磁盘空间不足.*请先导出备份/);
    expect(s.report.value.values['t3.new.natural']).toBe('42');
    expect(s.dirty.value).toBe(true);
    expect((await stored(draft.id)).report.values['t3.new.natural']).toBeUndefined();
    // The retry (backoff, first after 1 s) succeeds once space is back.
    await wait(1200);
    expect(s.saveStatus.value.state).toBe('saved');
    expect((await stored(draft.id)).report.values['t3.new.natural']).toBe('42');
  });

  it('a failing save is also retried on the next change', async () => {
    const draft = await createDraft({ year: 2024 });
    const s = await open(draft.id);
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk', 'UnknownError');
    });
    s.update(withValue(s.report.value, 't3.new.natural', '1'));
    await s.flush();
    expect(saveStatusText(s.saveStatus.value)).toMatch(/保存失败：浏览器存储暂时不可用/);
    spy.mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      return put.apply(this, args);
    });
    s.update(withValue(s.report.value, 't3.new.natural', '2'));
    await s.flush();
    expect((await stored(draft.id)).report.values['t3.new.natural']).toBe('2');
  });

  it('typing that could not be saved survives leaving the editor (kept in memory, saved on reopen)', async () => {
    const draft = await createDraft({ year: 2024 });
    const s = await open(draft.id);
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    s.update(withValue(s.report.value, 't3.new.natural', '8'));
    await s.flush();
    s.close();
    await wait(5);
    const { unsavedReports } = await import('../../src/store');
    expect(
      unsavedReports()
        .filter((r) => r.id === draft.id)
        .map((r) => r.values['t3.new.natural']),
    ).toEqual(['8']);
    spy.mockRestore();
    const again = await open(draft.id);
    expect(again.report.value.values['t3.new.natural']).toBe('8');
    await again.flush();
    expect((await stored(draft.id)).report.values['t3.new.natural']).toBe('8');
  });
});

describe('journal of a closing page', () => {
  async function putJournal(draftId: string, baseRevision: number, report: Report) {
    const db = await getDb();
    await db.put(JOURNAL_STORE, { key: `${draftId}|old-page`, draftId, baseRevision, report, writtenAt: Date.now() });
  }

  it('continues typing journaled on pagehide when the draft did not move on', async () => {
    const draft = await createDraft({ year: 2024 });
    await putJournal(draft.id, 1, withValue(draft, 't3.new.natural', '11'));
    const s = await open(draft.id);
    expect(s.report.value.values['t3.new.natural']).toBe('11');
    await s.flush();
    expect((await stored(draft.id)).report.values['t3.new.natural']).toBe('11');
    await wait(10);
    expect(await (await getDb()).getAll(JOURNAL_STORE)).toEqual([]);
  });

  it('offers journaled typing as a copy when the draft was saved since', async () => {
    const draft = await createDraft({ year: 2024 });
    await putJournal(draft.id, 0, withValue(draft, 't3.new.natural', '11'));
    const s = await open(draft.id);
    expect(s.report.value.values['t3.new.natural']).toBeUndefined();
    expect(s.recovered.value?.values['t3.new.natural']).toBe('11');
    const copy = await s.saveUnsavedAsCopy();
    expect((await stored(copy.id)).report.values['t3.new.natural']).toBe('11');
    expect(await (await getDb()).getAll(JOURNAL_STORE)).toEqual([]);
  });

  it('continues the typing of a page whose own save was in flight when it closed, and drops a journal already saved', async () => {
    const draft = await createDraft({ year: 2024 });
    const db = await getDb();
    // What a page leaves behind when it closed while its save of revision 2 was in flight with newer typing:
    // revision 2 written by its session, and a journal entry on base 1 with the newer typing.
    const key = `${draft.id}|closed-page`;
    await db.put('drafts', {
      id: draft.id,
      revision: 2,
      savedAt: 2,
      deletedAt: null,
      savedBy: key,
      report: withValue(draft, 't3.new.natural', '1'),
    });
    await db.put(JOURNAL_STORE, {
      key,
      draftId: draft.id,
      baseRevision: 1,
      report: withValue(draft, 't3.new.natural', '12'),
      writtenAt: 3,
    });
    // and a journal entry whose content is exactly what is stored (nothing to offer).
    await db.put(JOURNAL_STORE, {
      key: `${draft.id}|other`,
      draftId: draft.id,
      baseRevision: 0,
      report: withValue(draft, 't3.new.natural', '1'),
      writtenAt: 1,
    });
    const again = await open(draft.id);
    expect(again.recovered.value).toBeNull();
    expect(again.report.value.values['t3.new.natural']).toBe('12');
    await again.flush();
    expect((await stored(draft.id)).report.values['t3.new.natural']).toBe('12');
    await wait(10);
    expect(await db.getAll(JOURNAL_STORE)).toEqual([]);
  });

  it('pagehide writes the unsaved report to the IndexedDB journal synchronously when localStorage refused it', async () => {
    const draft = await createDraft({ year: 2024 });
    const s = await open(draft.id);
    vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put');
    s.update(withValue(s.report.value, 't3.new.natural', '3'));
    window.dispatchEvent(new Event('pagehide'));
    // Issued in the event handler itself, before any await (a closing page gets no more turns).
    expect(spy.mock.calls.some(([v]) => (v as { key?: string }).key?.startsWith(`${draft.id}|`))).toBe(true);
  });
});

describe('previous year', () => {
  it('the session offers the previous year draft of the same 单位 for cross-year checks', async () => {
    const prev = await createDraft({ year: 2022, agencyName: '乙局' });
    await createDraft({ year: 2022, agencyName: '丙局' });
    const cur = await createDraft({ year: 2023, agencyName: ' 乙局 ' });
    const s = await open(cur.id);
    expect(s.previous.value?.id).toBe(prev.id);
    s.update({ ...s.report.value, agencyName: '丙局' });
    await wait(300);
    expect(s.previous.value?.agencyName).toBe('丙局');
    expect((await listDrafts()).drafts).toHaveLength(3);
  });
});
