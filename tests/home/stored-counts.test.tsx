// The editor stores its finding counts with the report it saves; 首页 shows them only while they still describe
// that report, these checks and the same previous-year draft, and counts afresh otherwise.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Editor } from '../../src/editor';
import { runChecks } from '../../src/checks/run-checks';
import { calmFindings } from '../../src/checks/calm';
import { summarise } from '../../src/checks/summary';
import { CHECKS_VERSION } from '../../src/checks/version';
import { FORMAT_2021 } from '../../src/formats';
import { activeDrafts, countsOf, storedCounts } from '../../src/home/groups';
import { createDraft, listDrafts, openDraftSession, renameDraft, type DraftEntry, type StoredDraftSession } from '../../src/store';
import { rememberChecksAsked } from '../../src/store/checks-asked';
import { createDraftFrom } from '../../src/store/draft-actions';
import { blankReport } from '../../src/model';
import { freshDb } from '../store/helpers';
import { preloadEditorParts } from '../editor/lazy-parts';

beforeAll(preloadEditorParts);
beforeEach(freshDb);
const sessions: StoredDraftSession[] = [];
afterEach(() => {
  cleanup();
  for (const s of sessions.splice(0)) s.close();
});

async function entryOf(id: string): Promise<{ entry: DraftEntry; active: DraftEntry[] }> {
  const active = activeDrafts(await listDrafts());
  return { entry: active.find((d) => d.report.id === id)!, active };
}

const engine = { runChecks, summarise };

/** Opens the draft in the editor, types into two cells of 表三 and waits until it is saved with current findings. */
async function editAndSave(id: string): Promise<StoredDraftSession> {
  const session = (await openDraftSession(id))!;
  sessions.push(session);
  render(<Editor session={session} />);
  for (const [key, value] of [
    ['t3.new.natural', '5'],
    ['t3.carried.natural', '2'],
  ] as const) {
    const el = screen.getByLabelText(FORMAT_2021.cellsByKey.get(key)!.ariaLabel) as HTMLInputElement;
    fireEvent.focus(el);
    el.focus();
    el.value = value;
    fireEvent.input(el);
    fireEvent.keyDown(el, { key: 'Enter' });
  }
  await waitFor(() => expect(session.dirty.value).toBe(false), { timeout: 3000 });
  return session;
}

describe('stored check counts', () => {
  it('are written with the saved report and equal what counting afresh finds and what the editor shows', async () => {
    const draft = await createDraft({ year: 2024, agencyName: '测试局' });
    const session = await editAndSave(draft.id);
    const { entry, active } = await entryOf(draft.id);
    expect(entry.report.values['t3.new.natural']).toBe('5');
    expect(entry.checkCounts).toMatchObject({ checks: CHECKS_VERSION, previous: '', updatedAt: entry.report.updatedAt });
    const full = summarise(runChecks(session.report.value, null), session.report.value.confirmations);
    const calm = summarise(calmFindings(runChecks(session.report.value, null)), session.report.value.confirmations);
    expect(full.errors).toBeGreaterThan(calm.errors); // the unfilled parts are errors only once the checks are asked for

    // A new draft opens calm: 首页 counts as its editor's summary bar does, stored or afresh.
    const fresh = countsOf({ ...entry, revision: entry.revision + 1000 }, active, engine);
    expect(fresh).toEqual(calm);
    expect(storedCounts(entry, active)).toEqual(calm);
    expect(screen.getByTestId('findings-bar-summary').textContent).toBe(`${calm.errors} 个错误，${calm.warnings} 个提醒`);

    // Once the clerk asked for the full checks, 首页 counts them too.
    rememberChecksAsked(draft.id);
    expect(storedCounts(entry, active)).toEqual(full);
    expect(countsOf({ ...entry, revision: entry.revision + 2000 }, active, engine)).toEqual(full);
  });

  it('are not used once the report, the checks or the previous year changed', async () => {
    const draft = await createDraft({ year: 2024, agencyName: '测试局' });
    await editAndSave(draft.id);
    let { entry, active } = await entryOf(draft.id);
    expect(storedCounts(entry, active)).not.toBeNull();

    // Other checks (a newer version of the app) than the ones that counted.
    const older = { ...entry, checkCounts: { ...entry.checkCounts!, checks: 'an-older-build' } };
    expect(storedCounts(older, active)).toBeNull();

    // A previous-year draft of the same 单位 appears: the cross-year checks now apply.
    await createDraftFrom({ ...blankReport({ year: 2023, agencyName: '测试局' }), id: '' });
    ({ entry, active } = await entryOf(draft.id));
    expect(storedCounts(entry, active)).toBeNull();

    // Renamed on 首页 (a write that is not the editor's): the stored counts describe the old report.
    await renameDraft(draft.id, '另一个局');
    ({ entry, active } = await entryOf(draft.id));
    expect(entry.checkCounts).toBeDefined();
    expect(storedCounts(entry, active)).toBeNull();
  });

  it('a draft never saved by the editor (new, imported, restored) has none', async () => {
    const draft = await createDraft({ year: 2024, agencyName: '测试局' });
    const { entry, active } = await entryOf(draft.id);
    expect(entry.checkCounts).toBeUndefined();
    expect(storedCounts(entry, active)).toBeNull();
  });
});
