// 由上年报告创建: what is carried from year Y into the new year Y+1 draft.
import { describe, expect, it } from 'vitest';
import { draftForNextYear } from '../../src/store/next-year';
import { blankReport, type Report } from '../../src/model';

function report(year: number, values: Record<string, string>, extra: Partial<Report> = {}): Report {
  return {
    ...blankReport({ year, agencyName: ' 平潭综合实验区管委会 ', id: `r${year}` }),
    agencyLevel: 'county',
    signature: '平潭综合实验区管委会办公室',
    dateWritten: `${year + 1}-01-20`,
    texts: { overview: '总体', problems: '去年的问题', other: '无收费' },
    values,
    ...extra,
  };
}

const CARRYOVER = {
  't3.carryover.natural': '3',
  't3.carryover.business': '0',
  't3.carryover.research': '1',
  't3.carryover.nonprofit': '0',
  't3.carryover.legal': '2',
  't3.carryover.otherOrg': '0',
};

describe('draftForNextYear', () => {
  it('carries 单位 and facts, leaves 成文日期 empty, and fills 上年结转 column by column from 结转下年度', () => {
    const { report: next, notes } = draftForNextYear(report(2022, { ...CARRYOVER, 't3.new.natural': '50' }), {
      carryTexts: false,
      id: 'n',
      now: 5,
    });
    expect(next).toMatchObject({
      id: 'n',
      year: 2023,
      formatId: '2021',
      agencyName: '平潭综合实验区管委会',
      agencyLevel: 'county',
      signature: '平潭综合实验区管委会办公室',
      dateWritten: '',
    });
    expect(next.values).toEqual({
      't3.carried.natural': '3',
      't3.carried.business': '0',
      't3.carried.research': '1',
      't3.carried.nonprofit': '0',
      't3.carried.legal': '2',
      't3.carried.otherOrg': '0',
    });
    expect(next.texts).toEqual({ overview: '', problems: '', other: '' });
    expect(notes.join()).toMatch(/上年结转/);
  });

  it('2021 format: 现行有效件数 starts from last year (X-R2 then warns until updated)', () => {
    const { report: next } = draftForNextYear(
      report(2021, { 't2.regulation.inForce': '665', 't2.normative.inForce': '12', 't2.regulation.issued': '88' }),
      { carryTexts: false },
    );
    expect(next.values['t2.regulation.inForce']).toBe('665');
    expect(next.values['t2.normative.inForce']).toBe('12');
    expect(next.values['t2.regulation.issued']).toBeUndefined();
  });

  it('works across the 2020 → 2021 format change (2019-format 表二 is not carried)', () => {
    const { report: next, notes } = draftForNextYear(
      report(2020, { ...CARRYOVER, 't2.regulation.publicTotal': '40', 't2.license.prevItems': '10' }, { formatId: '2019' }),
      { carryTexts: false },
    );
    expect(next.formatId).toBe('2021');
    expect(next.values['t3.carried.legal']).toBe('2');
    expect(Object.keys(next.values).filter((k) => k.startsWith('t2.'))).toEqual([]);
    expect(notes.join()).toMatch(/2021版格式/);
  });

  it('2019 → 2020: 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减 (X-R3)', () => {
    const { report: next } = draftForNextYear(
      report(2019, { 't2.license.prevItems': '120', 't2.license.change': '-18', 't2.penalty.prevItems': '30' }, { formatId: '2019' }),
      { carryTexts: false },
    );
    expect(next.formatId).toBe('2019');
    expect(next.values['t2.license.prevItems']).toBe('102');
    expect(next.values['t2.penalty.prevItems']).toBe('30');
    expect(next.values['t2.license.change']).toBeUndefined();
  });

  it('carries the text only when asked, with the C-R4 reminder', () => {
    const { report: next, notes } = draftForNextYear(report(2023, {}), { carryTexts: true });
    expect(next.texts.problems).toBe('去年的问题');
    expect(notes.join()).toMatch(/不得与上年雷同/);
  });
});
