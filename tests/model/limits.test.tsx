// One set of limits (src/model/limits.ts), enforced at the input, at the save and at the read: whatever the
// editor lets through reads back, and what the read refuses the editor never stores.
import { beforeAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { LIMITS, blankReport, cleanLine, parseDateText, yearProblem, type Report } from '../../src/model';
import { LIMITS as STORE_LIMITS, createDraft, getDraft, openDraftSession, validateReport } from '../../src/store';
import { planYearChange } from '../../src/editor/year-change';
import { createMemorySession } from '../../src/store/session';
import { Editor } from '../../src/editor';
import { freshDb } from '../store/helpers';
import { preloadEditorParts } from '../editor/lazy-parts';

beforeAll(preloadEditorParts);

beforeEach(async () => {
  await freshDb();
  localStorage.clear();
});
afterEach(cleanup);

const base = () => blankReport({ year: 2025, id: 'lim1', agencyName: '局' });

/** Each limit: the largest value allowed and the smallest refused. */
const CASES: { name: string; at: (r: Report) => Report; over: (r: Report) => Report }[] = [
  { name: '报告年度', at: (r) => ({ ...r, year: LIMITS.lastYear }), over: (r) => ({ ...r, year: LIMITS.lastYear + 1 }) },
  { name: '报告年度 9999', at: (r) => ({ ...r, year: LIMITS.firstYear, formatId: '2019' }), over: (r) => ({ ...r, year: 9999 }) },
  {
    name: '单位名称',
    at: (r) => ({ ...r, agencyName: '名'.repeat(LIMITS.agencyName) }),
    over: (r) => ({ ...r, agencyName: '名'.repeat(LIMITS.agencyName + 1) }),
  },
  {
    name: '署名',
    at: (r) => ({ ...r, signature: '署'.repeat(LIMITS.signature) }),
    over: (r) => ({ ...r, signature: '署'.repeat(LIMITS.signature + 1) }),
  },
  {
    name: '正文',
    at: (r) => ({ ...r, texts: { ...r.texts, problems: '字'.repeat(LIMITS.text) } }),
    over: (r) => ({ ...r, texts: { ...r.texts, problems: '字'.repeat(LIMITS.text + 1) } }),
  },
  { name: '成文日期', at: (r) => ({ ...r, dateWritten: '2100-12-31' }), over: (r) => ({ ...r, dateWritten: '20261-01-20' }) },
];

describe('the store shares the model limits', () => {
  it('is the same object', () => expect(STORE_LIMITS).toBe(LIMITS));
});

describe('read', () => {
  for (const c of CASES) {
    it(`${c.name}: at the limit reads, over it is refused with a Chinese reason`, () => {
      expect(validateReport(c.at(base())).ok).toBe(true);
      const over = validateReport(c.over(base()));
      expect(over.ok).toBe(false);
      expect(!over.ok && over.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});

describe('save', () => {
  for (const c of CASES) {
    it(`${c.name}: over the limit is refused before it is written, the typing kept; at the limit is saved and reopens`, async () => {
      const draft = await createDraft({ year: 2025, agencyName: '局' });
      const s = (await openDraftSession(draft.id))!;
      s.update(c.over(s.report.value));
      await s.flush();
      expect(s.saveStatus.value.state).toBe('error');
      expect(s.dirty.value).toBe(true);
      expect(validateReport(((await getDraft(draft.id)) as { report: Report }).report).ok).toBe(true);
      s.update(c.at(s.report.value));
      await s.flush();
      expect(s.saveStatus.value.state).toBe('saved');
      s.close();
      localStorage.clear();
      const again = await openDraftSession(draft.id);
      const expected = c.at(s.report.value);
      expect(again?.report.value).toMatchObject({
        year: expected.year,
        agencyName: expected.agencyName,
        signature: expected.signature,
        dateWritten: expected.dateWritten,
        texts: expected.texts,
      });
      again?.close();
    });
  }
  it('#/new/<year> and 新建 refuse a year out of range', async () => {
    await expect(createDraft({ year: 2101 })).rejects.toThrow(/不能晚于2100年/);
    await expect(createDraft({ year: 2025, agencyName: '名'.repeat(201) })).rejects.toThrow(/最多200个字/);
  });
});

describe('input', () => {
  it('the year field refuses 2101 and 9999 with the shared message', () => {
    for (const y of ['2101', '9999']) {
      const plan = planYearChange(base(), y);
      expect(plan.ok).toBe(false);
      expect(!plan.ok && plan.message).toBe(yearProblem(Number(y)));
    }
    expect(planYearChange(base(), '2100').ok).toBe(true);
  });

  it('dates: 「2026年1月20日」, 2026-01-20 and 2026.1.20 are read; a five-digit year is refused', () => {
    for (const t of ['2026年1月20日', '2026-01-20', '2026.1.20', '２０２６/1/20'])
      expect(parseDateText(t)).toEqual({ ok: true, value: '2026-01-20' });
    expect(parseDateText('20261-01-20')).toMatchObject({ ok: false, message: '成文日期的年份应为四位数字，如 2026。' });
    expect(parseDateText('2026-02-30').ok).toBe(false);
  });

  it('单位名称, 署名 and the texts carry maxlength from the limits; invisible characters are stripped as typed', async () => {
    const session = createMemorySession(base());
    render(<Editor session={session} />);
    const name = document.querySelector<HTMLInputElement>('input[data-field="agencyName"]')!;
    expect(name.maxLength).toBe(LIMITS.agencyName);
    expect(document.querySelector<HTMLInputElement>('input[data-field="signature"]')!.maxLength).toBe(LIMITS.signature);
    for (const t of document.querySelectorAll('textarea')) expect((t as HTMLTextAreaElement).maxLength).toBe(LIMITS.text);
    name.value = '某\u200b某\u202e局\u0007';
    fireEvent.input(name);
    expect(session.report.value.agencyName).toBe('某某局');
    const date = document.querySelector<HTMLInputElement>('input[data-field="dateWritten"]')!;
    date.value = '20261年1月20日';
    fireEvent.input(date);
    fireEvent.change(date);
    await waitFor(() => expect(date.closest('label')?.querySelector('[role="alert"]')?.textContent).toMatch(/[\u4e00-\u9fff]/));
    expect(session.report.value.dateWritten).toBe('');
  });

  it('cleanLine removes controls, bidi overrides and zero-width characters, keeps ordinary text', () => {
    expect(cleanLine('甲\u200d乙\u2066丙\u00ad丁\ufeff戊 (1)')).toBe('甲乙丙丁戊 (1)');
  });
});
