// The draft list operations: create, copy, rename, 回收站, previous-year lookup.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createDraft,
  createDraftFrom,
  duplicateDraft,
  findPrevious,
  getDraft,
  listDrafts,
  purgeDraft,
  renameDraft,
  restoreDraft,
  trashDraft,
} from '../../src/store';
import { blankReport } from '../../src/model';
import { fillAll, freshDb } from './helpers';

beforeEach(freshDb);

describe('drafts', () => {
  it('creates a draft in the format of its year, and refuses years before 2019 with the message', async () => {
    const r = await createDraft({ year: 2020, agencyName: '  某局 ' });
    expect(r).toMatchObject({ year: 2020, formatId: '2019', agencyName: '某局' });
    expect((await listDrafts()).drafts.map((d) => d.report.id)).toEqual([r.id]);
    await expect(createDraft({ year: 2018 })).rejects.toThrow(/2018年度报告早于新修订的《政府信息公开条例》/);
    expect((await listDrafts()).drafts).toHaveLength(1);
  });

  it('copies, renames, moves to 回收站, restores and purges', async () => {
    const r = await createDraftFrom(fillAll(blankReport({ year: 2024, agencyName: '甲' })));
    const copy = await duplicateDraft(r.id);
    expect(copy.id).not.toBe(r.id);
    expect(copy.values).toEqual(r.values);

    await renameDraft(copy.id, ' 乙 ');
    const renamed = await getDraft(copy.id);
    expect(renamed && 'report' in renamed && renamed.report.agencyName).toBe('乙');

    await trashDraft(r.id);
    let list = await listDrafts();
    expect(list.drafts.find((d) => d.report.id === r.id)!.deletedAt).toEqual(expect.any(Number));
    await restoreDraft(r.id);
    list = await listDrafts();
    expect(list.drafts.find((d) => d.report.id === r.id)!.deletedAt).toBeNull();
    await purgeDraft(r.id);
    expect((await listDrafts()).drafts.map((d) => d.report.id)).toEqual([copy.id]);
  });

  it('createDraftFrom never overwrites an existing draft and validates its input', async () => {
    const r = await createDraft({ year: 2024 });
    const again = await createDraftFrom(r);
    expect(again.id).not.toBe(r.id);
    await expect(createDraftFrom({ ...r, values: { 't3.new.natural': 'abc' } })).rejects.toThrow(/不是数字/);
  });

  it('finds the previous year of the same 单位 (name trimmed), ignoring 回收站', async () => {
    const a = await createDraft({ year: 2022, agencyName: '丙' });
    const b = await createDraft({ year: 2023, agencyName: '丙 ' });
    let list = (await listDrafts()).drafts;
    expect(findPrevious(list, b)?.id).toBe(a.id);
    expect(findPrevious(list, { ...b, agencyName: '丁' })).toBeNull();
    await trashDraft(a.id);
    list = (await listDrafts()).drafts;
    expect(findPrevious(list, b)).toBeNull();
  });
});
