// Drafts that no longer validate: the plan says what is wrong and what the repair changes; the repaired
// draft validates, keeps what was valid, and opens.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDraft, listDrafts, openDraftSession } from '../../src/store';
import { planRepair, readRawDraft, repairedReport, saveRepaired } from '../../src/store/repair';
import { DRAFTS_STORE, getDb } from '../../src/store/db';
import { LIMITS, blankReport, type Report } from '../../src/model';
import { freshDb } from './helpers';

beforeEach(freshDb);

async function storeRaw(report: unknown, id: string): Promise<void> {
  await (await getDb()).put(DRAFTS_STORE, { id, revision: 3, savedAt: 1, deletedAt: null, report });
}

const good = () => ({ ...blankReport({ year: 2025, agencyName: '甲局', id: 'rep1' }), values: { 't3.new.natural': '5' } });

describe('repair', () => {
  const cases: [string, (r: Report) => Record<string, unknown>, RegExp][] = [
    ['year 2101', (r) => ({ ...r, year: 2101 }), /报告年度“2101”无效/],
    ['year 9999', (r) => ({ ...r, year: 9999 }), /报告年度“9999”无效/],
    ['201-char name', (r) => ({ ...r, agencyName: '名'.repeat(201) }), /单位名称有201个字/],
    ['201-char signature', (r) => ({ ...r, signature: '署'.repeat(201) }), /署名超过200个字/],
    ['200 001-char text', (r) => ({ ...r, texts: { ...r.texts, overview: '字'.repeat(LIMITS.text + 1) } }), /正文一有200001个字/],
    ['five-digit date', (r) => ({ ...r, dateWritten: '20261-01-20' }), /成文日期“20261-01-20”无效，已清空/],
    ['bad cell', (r) => ({ ...r, values: { ...r.values, 't3.new.legal': '十二' } }), /已清空这一格/],
  ];
  for (const [name, damage, fix] of cases) {
    it(`${name}: listed, repaired under the same id, valid values kept, and the draft opens`, async () => {
      await storeRaw(damage(good()), 'rep1');
      expect((await listDrafts()).broken.map((b) => b.id)).toEqual(['rep1']);
      const plan = planRepair('rep1', (await readRawDraft('rep1'))!.raw);
      expect(plan.repairable).toBe(true);
      expect(plan.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(plan.fixes.join('\n')).toMatch(fix);
      const result = repairedReport(plan, plan.agencyName, plan.year);
      if (!result.ok) throw new Error(result.message);
      await saveRepaired(result.report);
      const entry = await getDraft('rep1');
      expect(entry && 'report' in entry && entry.revision).toBe(4);
      expect(entry && 'report' in entry && entry.report.values['t3.new.natural']).toBe('5');
      const s = await openDraftSession('rep1');
      expect(s?.report.value.id).toBe('rep1');
      s?.close();
    });
  }

  it('the clerk sets name and year; a year still out of range is refused with the shared message', () => {
    const plan = planRepair('rep1', { ...good(), year: 9999 });
    expect(repairedReport(plan, '甲局', 2101)).toEqual({ ok: false, message: '报告年度不能晚于2100年。' });
    const ok = repairedReport(plan, '乙局', 2024);
    expect(ok.ok && ok.report).toMatchObject({ agencyName: '乙局', year: 2024, formatId: '2021' });
  });

  it('a draft from a newer version is not repaired (only exported)', () => {
    const plan = planRepair('rep1', { ...good(), schemaVersion: 99 });
    expect(plan.repairable).toBe(false);
    expect(plan.reason).toMatch(/更新版本/);
  });

  it('a record that is not a report at all can still be rebuilt blank', () => {
    const plan = planRepair('rep1', 'garbage');
    const r = repairedReport(plan, '丙局', 2025);
    expect(r.ok && r.report).toMatchObject({ id: 'rep1', agencyName: '丙局', year: 2025 });
  });
});
