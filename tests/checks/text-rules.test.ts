// The text rules of docs/text-rules.md: for each, a case that fires and one that stays quiet, on both formats.
import { describe, expect, it } from 'vitest';
import { runChecks, summarise, type Finding, type RuleId } from '../../src/checks';
import { findingKey } from '../../src/checks/finding-key';
import type { FormatId } from '../../src/formats';
import type { Report } from '../../src/model';
import { filledReport, previousOf, withTexts, withValues } from './helpers';

const YEAR: Record<FormatId, number> = { '2019': 2020, '2021': 2025 };
const only = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);
const overview = (r: Report, extra: string) => withTexts(r, { overview: r.texts.overview + extra });

describe.each(['2019', '2021'] as FormatId[])('format %s', (id) => {
  const Y = YEAR[id];
  const base = () => filledReport(Y, id);
  // filledReport: 表三 一 总计 = 10+…+15 = 75, 二 = 12, （七）总计 = 11+…+16 = 81, 予以公开 = 5+…+10 = 45; 表四 复议 3, 诉讼 4.

  describe('C-R6 numbers in the text against the tables', () => {
    it('fires on 「收到…申请 N 件」 that differs from 表三 一、本年新收 总计, naming both numbers and the cell', () => {
      const found = only(runChecks(overview(base(), '全年共收到政府信息公开申请80件。')), 'C-R6');
      expect(found).toHaveLength(1);
      expect(found[0]!.severity).toBe('warning');
      expect(found[0]!.message).toContain('写的是 80');
      expect(found[0]!.message).toContain('「一、本年新收政府信息公开申请数量」「总计」为 75');
      expect(found[0]!.message).toContain('全年共收到政府信息公开申请80件');
      expect(found[0]!.cells).toEqual(['t3.new.total']);
      expect(found[0]!.fields).toEqual(['text:overview']);
    });

    it('stays quiet when the number agrees, counts the carried-over ones too, or is about another year', () => {
      expect(only(runChecks(overview(base(), '全年共收到政府信息公开申请75件。')), 'C-R6')).toEqual([]);
      expect(only(runChecks(overview(base(), '共收到政府信息公开申请87件。')), 'C-R6')).toEqual([]); // 75 + 12 结转
      expect(only(runChecks(overview(base(), `${Y - 1}年收到政府信息公开申请30件，较上年有所增加。`)), 'C-R6')).toEqual([]);
      expect(only(runChecks(overview(base(), '自条例施行以来累计收到申请900件。')), 'C-R6')).toEqual([]);
    });

    it('compares 予以公开, 办结, 行政复议 and 行政诉讼 in 五 and 六 too', () => {
      const r = withTexts(base(), { other: `${base().texts.other}本年度办结申请81件，其中予以公开44件；行政复议3起，行政诉讼5起。` });
      const found = only(runChecks(r), 'C-R6');
      expect(found.map((f) => f.cells)).toEqual([['t3.open.total'], ['t4.direct.total', 't4.after.total']]);
      expect(found[1]!.message).toContain('写的是 5');
      expect(found[1]!.message).toContain('为 4');
      expect(found[1]!.fields).toEqual(['text:other']);
    });

    it("checks 「较上年增长 X%」 against last year's draft, and stays quiet without one", () => {
      const report = base();
      const prev = previousOf(report); // last year's 一 总计: 75 + 12 − 6 = 81
      const wrong = overview(report, '本年新收政府信息公开申请75件，较上年增长10%。');
      const found = only(runChecks(wrong, prev), 'C-R6');
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toContain('下降 7.4%');
      expect(only(runChecks(wrong), 'C-R6')).toEqual([]);
      expect(only(runChecks(overview(report, '本年新收政府信息公开申请75件，较上年下降7.4%。'), prev), 'C-R6')).toEqual([]);
      expect(only(runChecks(overview(report, '本年新收政府信息公开申请75件，较上年减少6件。'), prev), 'C-R6')).toEqual([]);
      expect(only(runChecks(overview(report, '本年新收政府信息公开申请75件，较上年减少5件。'), prev), 'C-R6')).toHaveLength(1);
    });
  });

  describe('C-R8 years other than the report year', () => {
    it("fires on last year's year left in the text", () => {
      const found = only(runChecks(withTexts(base(), { problems: `${base().texts.problems}${Y - 1}年，本局完善了公开目录。` })), 'C-R8');
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toContain(`写的是${Y - 1}年，本报告是${Y}年度报告`);
      expect(found[0]!.fields).toEqual(['text:problems']);
      expect(only(runChecks(overview(base(), `${Y - 3}年本局开通了政务微博。`)), 'C-R8')).toHaveLength(1);
      // A title elsewhere in the sentence does not excuse the year outside it.
      expect(only(runChecks(overview(base(), `${Y - 1}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。`)), 'C-R8')).toHaveLength(1);
    });

    it('stays quiet on Y−1 as a comparison, Y+1 as a date, spans and titles', () => {
      const text = `与${Y - 1}年相比，申请数量有所增加。${Y + 1}年1月将开展培训。依据《${Y - 2}年政务公开工作要点》推进工作。${Y - 4}—${Y}年规划已完成。`;
      expect(only(runChecks(overview(base(), text)), 'C-R8')).toEqual([]);
    });
  });

  describe('C-R9 the repealed 条例 and pre-2019 headings', () => {
    it('fires (error) on 国务院令第492号 and (warning) on an old heading', () => {
      const found = only(
        runChecks(overview(base(), '根据《中华人民共和国政府信息公开条例》（国务院令第492号）编制本报告。二、主动公开政府信息的情况')),
        'C-R9',
      );
      expect(found.map((f) => f.severity)).toEqual(['error', 'warning']);
      expect(found[0]!.message).toContain('国务院令第492号');
      expect(found[1]!.message).toContain('主动公开政府信息的情况');
    });

    it('stays quiet on the revised 条例 (国务院令第711号)', () => {
      expect(only(runChecks(overview(base(), '根据《中华人民共和国政府信息公开条例》（国务院令第711号）编制本报告。')), 'C-R9')).toEqual(
        [],
      );
    });
  });

  describe('C-R10 五 names a problem and a measure', () => {
    it('fires on just 「无」 and on a 五 without a measure', () => {
      const none = only(runChecks(withTexts(base(), { problems: '无。' })), 'C-R10');
      expect(none).toHaveLength(1);
      expect(none[0]!.message).toContain('只写了“无。”');
      const noMeasure = only(runChecks(withTexts(base(), { problems: '工作人员对条例的理解不够深入。' })), 'C-R10');
      expect(noMeasure[0]!.message).toContain('没有写明改进措施');
    });

    it('stays quiet on a problem with its measure', () => {
      expect(only(runChecks(base()), 'C-R10')).toEqual([]);
    });
  });

  describe('C-R11 一 covers the required parts', () => {
    it('fires on a missing part, and on 工作考核、社会评议和责任追究 only for a 政府 report', () => {
      const short = withTexts(base(), { overview: `${Y}年，本局主动公开政府信息，依法办理依申请公开，加强政府信息管理和网站平台建设。` });
      const unit = only(
        runChecks({
          ...short,
          scope: 'unit',
          values: {
            ...short.values,
            't2.regulation.issued': '0',
            't2.regulation.repealed': '0',
            't2.regulation.inForce': '0',
            't2.regulation.made': '0',
            't2.regulation.published': '0',
            't2.regulation.publicTotal': '0',
          },
        }),
        'C-R11',
      );
      expect(unit.map((f) => f.message)).toEqual([expect.stringContaining('没有写到“监督保障”')]);
      const gov = only(runChecks(short), 'C-R11');
      expect(gov).toHaveLength(2);
      expect(gov[1]!.message).toContain('第五十条第四项');
    });

    it('stays quiet when every part is there', () => {
      expect(only(runChecks(base()), 'C-R11')).toEqual([]);
    });
  });

  describe('T2-R4 规章 only from bodies that can make them', () => {
    const regulationKey = id === '2021' ? 't2.regulation.issued' : 't2.regulation.made';
    it("fires on 规章 figures in a 部门 report and in a 县级 government's", () => {
      const found = only(runChecks({ ...base(), scope: 'unit' }), 'T2-R4');
      expect(found).toHaveLength(1);
      expect(found[0]!.cells).toContain(regulationKey);
      expect(found[0]!.message).toContain('部门、乡镇不能制定规章');
      expect(only(runChecks({ ...base(), agencyLevel: 'county' }), 'T2-R4')[0]!.message).toContain('县级人民政府');
    });

    it('stays quiet for a government office, and for a 部门 with 规章 rows at 0', () => {
      expect(only(runChecks(base()), 'T2-R4')).toEqual([]);
      const zero = Object.fromEntries(
        Object.keys(base().values)
          .filter((k) => k.startsWith('t2.regulation.'))
          .map((k) => [k, '0']),
      );
      expect(only(runChecks({ ...withValues(base(), zero), scope: 'unit' }), 'T2-R4')).toEqual([]);
    });
  });

  it("a finding's key names the rule, cells, fields and sentence, not the numbers of its message", () => {
    const a = only(runChecks(overview(base(), '全年共收到政府信息公开申请80件。')), 'C-R6')[0]!;
    const b = only(
      runChecks(withValues(overview(base(), '全年共收到政府信息公开申请80件。'), { 't3.new.natural': '11', 't3.open.natural': '6' })),
      'C-R6',
    )[0]!;
    expect(a.message).not.toBe(b.message);
    expect(findingKey(a)).toBe(findingKey(b));
    expect(findingKey(a)).toContain('C-R6|t3.new.total|text:overview|');
  });
});

describe('T2-R3 收费金额 in 万元 (2021 format only)', () => {
  it('fires on an amount that reads as 元', () => {
    const found = only(runChecks(withValues(filledReport(2025), { 't2.fees.amount': '2450000' })), 'T2-R3');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('即 2450000 万元');
    expect(found[0]!.cells).toEqual(['t2.fees.amount']);
    expect(only(runChecks({ ...withValues(filledReport(2025), { 't2.fees.amount': '25000.5' }), scope: 'unit' }), 'T2-R3')).toHaveLength(1);
  });

  it('stays quiet on a 万元 amount, and on the 2019 format (no 收费金额 column)', () => {
    expect(only(runChecks(withValues(filledReport(2025), { 't2.fees.amount': '245.5' })), 'T2-R3')).toEqual([]);
    expect(only(runChecks(withValues(filledReport(2025), { 't2.fees.amount': '24252.311082' })), 'T2-R3')).toEqual([]);
    expect(only(runChecks(withValues(filledReport(2020), { 't2.procurement.amount': '2450000' })), 'T2-R3')).toEqual([]);
  });
});

describe('confirmed warnings (已核实)', () => {
  it('leave the count; a confirmation never hides an error', () => {
    const r = withTexts(filledReport(2025), { overview: '本局主动公开政府信息。根据国务院令第492号编制。', problems: '无' });
    const findings = runChecks(r);
    const warning = findings.find((f) => f.rule === 'C-R11')!;
    const error = findings.find((f) => f.rule === 'C-R9' && f.severity === 'error')!;
    const before = summarise(findings);
    const confirmations = {
      [findingKey(warning)]: { reason: '本单位无依申请公开职能', at: 1 },
      [findingKey(error)]: { reason: 'x', at: 1 },
    };
    expect(summarise(findings, confirmations)).toEqual({ errors: before.errors, warnings: before.warnings - 1 });
  });
});
