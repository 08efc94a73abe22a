// The synchronous localStorage journal: every change is there before update() returns, a page that closes
// without saving leaves it for the next open, and a save removes it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraft, getDraft, listDrafts, openDraftSession, type StoredDraftSession } from '../../src/store';
import { journaledTyping } from '../../src/store/journal';
import type { Report } from '../../src/model';
import { freshDb, wait } from './helpers';

const sessions: StoredDraftSession[] = [];
async function open(id: string): Promise<StoredDraftSession> {
  const s = await openDraftSession(id);
  if (!s) throw new Error('not found');
  sessions.push(s);
  return s;
}
beforeEach(async () => {
  await freshDb();
  localStorage.clear();
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.close();
  vi.restoreAllMocks();
});

const journalKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('nianbao-journal:'));
const withValue = (r: Report, key: string, value: string): Report => ({ ...r, values: { ...r.values, [key]: value } });

describe('localStorage journal', () => {
  it('holds every change synchronously, and a page closed before its save loses nothing', async () => {
    const draft = await createDraft({ year: 2025, agencyName: '测试局' });
    const closing = await open(draft.id);
    closing.update(withValue(closing.report.value, 't3.new.natural', '42'));
    closing.update({ ...closing.report.value, agencyName: '测试局办公室' });
    // No await in between: this is what a tab closed right after the keystroke leaves behind.
    const [key] = journalKeys();
    expect(JSON.parse(localStorage.getItem(key!)!).report.agencyName).toBe('测试局办公室');
    closing.close(); // the debounced save never ran
    expect((await getDraft(draft.id)) as { report: Report }).toMatchObject({ report: { agencyName: '测试局' } });

    const reopened = await open(draft.id);
    expect(reopened.report.value.values['t3.new.natural']).toBe('42');
    expect(reopened.report.value.agencyName).toBe('测试局办公室');
    await reopened.flush();
    await wait(10);
    expect(((await getDraft(draft.id)) as { report: Report }).report.agencyName).toBe('测试局办公室');
    expect(journalKeys()).toEqual([]);
  });

  it('typing of a page closed before its save is in what 「导出全部草稿备份」 exports', async () => {
    const draft = await createDraft({ year: 2025, agencyName: '乙局' });
    const closing = await open(draft.id);
    closing.update(withValue(closing.report.value, 't3.new.natural', '77'));
    closing.close();
    const typed = journaledTyping((await listDrafts()).drafts);
    expect(typed.get(draft.id)?.values['t3.new.natural']).toBe('77');
  });

  it('a finished save removes the entry; typing after the save keeps it', async () => {
    const draft = await createDraft({ year: 2025 });
    const s = await open(draft.id);
    s.update(withValue(s.report.value, 't3.new.natural', '1'));
    expect(journalKeys()).toHaveLength(1);
    await s.flush();
    expect(journalKeys()).toEqual([]);
    s.update(withValue(s.report.value, 't3.new.natural', '2'));
    expect(journalKeys()).toHaveLength(1);
  });

  it('a torn entry is dropped and the stored draft opens', async () => {
    const draft = await createDraft({ year: 2025 });
    localStorage.setItem(`nianbao-journal:${draft.id}|x`, '{"key":');
    const s = await open(draft.id);
    expect(s.report.value.id).toBe(draft.id);
    expect(journalKeys()).toEqual([]);
  });
});

describe('a save that would not read back is refused before it is written', () => {
  it('keeps the typing, says why in Chinese, and the stored draft still opens', async () => {
    const draft = await createDraft({ year: 2025, agencyName: '甲局' });
    const s = await open(draft.id);
    s.update({ ...s.report.value, agencyName: '局'.repeat(201) });
    await s.flush();
    expect(s.saveStatus.value).toMatchObject({ state: 'error' });
    expect((s.saveStatus.value as { message: string }).message).toMatch(/单位名称过长/);
    expect(s.report.value.agencyName).toHaveLength(201);
    expect(s.dirty.value).toBe(true);
    const stored = await getDraft(draft.id);
    expect(stored && 'report' in stored && stored.report.agencyName).toBe('甲局');
    s.update({ ...s.report.value, agencyName: '甲局办公室' });
    await s.flush();
    expect(s.saveStatus.value.state).toBe('saved');
  });
});
