// Every rule of shared/spec/rules.md the engine implements: a case that fires and one that does not,
// on both formats where the rule applies to both. Reports start complete and consistent (helpers.ts).
import { describe, expect, it } from 'vitest';
import { runChecks, summarise, type Finding, type RuleId } from '../../src/checks';
import { FORMATS, type FormatId } from '../../src/formats';
import { blankReport, type Report } from '../../src/model';
import { APPLICANTS, filledReport, previousOf, withTexts, withValues } from './helpers';

const YEAR: Record<FormatId, number> = { '2019': 2020, '2021': 2021 };
const only = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);
const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

describe.each(['2019', '2021'] as FormatId[])('format %s', (id) => {
  const base = () => filledReport(YEAR[id]);

  it("a complete, consistent report (with last year's) has no findings, and the report is not modified", () => {
    const report = deepFreeze(base());
    expect(runChecks(report)).toEqual([]);
    expect(runChecks(report, deepFreeze(previousOf(report)))).toEqual([]);
  });

  describe('T3-R1 一 + 二 = 三（七）总计 + 四', () => {
    it('fires per column with both sides and the difference', () => {
      const r = withValues(base(), {
        't3.new.legal': '3',
        't3.carried.legal': '0',
        't3.open.legal': '2',
        't3.partial.legal': '0',
        't3.deny1.legal': '0',
        't3.unable1.legal': '0',
        't3.reject1.legal': '0',
        't3.carryover.legal': '0',
      });
      const found = only(runChecks(r), 'T3-R1');
      expect(found).toHaveLength(1); // 法律服务机构 only: the 总计 column's imbalance is the same one
      expect(found[0]).toEqual({
        rule: 'T3-R1',
        severity: 'error',
        cells: ['t3.new.legal', 't3.carried.legal', 't3.results.legal', 't3.carryover.legal'],
        message: '「法律服务机构」列：第一项 3 + 第二项 0 = 3，但第三项总计 2 + 第四项 0 = 2，相差 1。',
      });
    });

    it('names the 「其他」 column with its group', () => {
      const found = only(runChecks(withValues(base(), { 't3.carryover.otherOrg': '4' })), 'T3-R1');
      expect(found[0]!.message).toContain('「法人或其他组织·其他」列');
      expect(found[0]!.message).toContain('相差 3');
    });

    it('does not fire when every column balances', () => {
      // one more new application, one more 予以公开: still balanced
      expect(only(runChecks(withValues(base(), { 't3.new.natural': '11', 't3.open.natural': '6' })), 'T3-R1')).toEqual([]);
    });
  });

  describe('T3-R2 row 总计 = six applicant columns (declared totals)', () => {
    it('fires when a declared row total disagrees', () => {
      const r = { ...base(), declaredTotals: { 't3.new.total': '80' } };
      const [f, ...rest] = only(runChecks(r), 'T3-R2');
      expect(rest).toEqual([]);
      expect(f!.severity).toBe('error');
      expect(f!.message).toContain('「一、本年新收政府信息公开申请数量」行');
      expect(f!.message).toContain('原表填写的总计为 80');
      expect(f!.message).toContain(
        '各申请人列之和为 75（自然人 10 + 商业企业 11 + 科研机构 12 + 社会公益组织 13 + 法律服务机构 14 + 其他 15）',
      );
      expect(f!.message).toContain('相差 5');
      expect(f!.cells).toEqual(['t3.new.total', ...APPLICANTS.map((c) => `t3.new.${c}`)]);
    });

    it('does not fire when the declared total agrees', () => {
      expect(only(runChecks({ ...base(), declaredTotals: { 't3.new.total': '75', 't3.results.total': '81' } }), 'T3-R2')).toEqual([]);
    });
  });

  describe('T3-R3 （七）总计 = result rows (declared totals)', () => {
    it('fires when a declared column total disagrees', () => {
      const [f, ...rest] = only(runChecks({ ...base(), declaredTotals: { 't3.results.natural': '12' } }), 'T3-R3');
      expect(rest).toEqual([]);
      expect(f!.message).toBe('「自然人」列：原表填写的「三、本年度办理结果（七）总计」为 12，但本列各项办理结果之和为 11，相差 1。');
      expect(f!.cells[0]).toBe('t3.results.natural');
      expect(f!.cells).toContain('t3.open.natural');
    });

    it('does not fire when it agrees', () => {
      expect(only(runChecks({ ...base(), declaredTotals: { 't3.results.natural': '11' } }), 'T3-R3')).toEqual([]);
    });
  });

  describe('T3-R4 non-negative integers', () => {
    it.each(['-3', '1.5', 'abc', '03'])('fires for a stored %j', (bad) => {
      const found = only(runChecks(withValues(base(), { 't3.deny2.research': bad })), 'T3-R4');
      expect(found).toHaveLength(1);
      expect(found[0]!.cells).toEqual(['t3.deny2.research']);
      expect(found[0]!.message).toBe(
        `「三、本年度办理结果（三）不予公开 2.其他法律行政法规禁止公开」「科研机构」栏中的“${bad}”不是非负整数，请重新填写。`,
      );
    });

    it('fires for a declared total that is not a count', () => {
      expect(only(runChecks({ ...base(), declaredTotals: { 't3.new.total': '7.5' } }), 'T3-R4')[0]!.message).toContain('“7.5”');
    });

    it('does not fire for canonical counts and blanks', () => {
      expect(only(runChecks(withValues(base(), { 't3.deny2.research': '', 't3.deny3.research': '120' })), 'T3-R4')).toEqual([]);
    });
  });

  describe('T3-R5 （六）其他处理 > 10% of （七）总计 (总计 column)', () => {
    const otherKey = id === '2019' ? 't3.other.natural' : 't3.other1.natural';

    it('fires above 10%, with count, total and share', () => {
      // results total 81 + 10 = 91; 10 / 91 = 11%; new +10 keeps T3-R1 balanced
      const r = withValues(base(), { [otherKey]: '10', 't3.new.natural': '20' });
      const findings = runChecks(r);
      expect(rulesOf(findings)).toEqual(['T3-R5']);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message).toBe(
        '「三、本年度办理结果（六）其他处理」共 10 件，占「三、本年度办理结果（七）总计」91 件的 11%，超过 10%。原则上所有申请都应按法定方式处理，请核对是否有可归入（一）至（五）的申请。',
      );
    });

    it('does not fire at exactly 10%', () => {
      expect(runChecks(withValues(base(), { [otherKey]: '9', 't3.new.natural': '19' }))).toEqual([]);
    });
  });

  it('C-R1 fires for each empty text section, naming its heading', () => {
    const found = only(runChecks(withTexts(base(), { overview: '', problems: ' \n ' })), 'C-R1');
    expect(found.map((f) => f.fields)).toEqual([['text:overview'], ['text:problems']]);
    expect(found[0]!.message).toContain('「一、总体情况」还没有填写');
    expect(found[1]!.message).toContain('「五、存在的主要问题及改进情况」还没有填写');
    expect(found[0]!.severity).toBe('error');
    expect(only(runChecks(base()), 'C-R1')).toEqual([]);
  });

  describe('T4-R1 总计 = 维持 + 纠正 + 其他 + 尚未审结 (declared totals)', () => {
    it('fires with the parts and the difference', () => {
      const [f, ...rest] = only(runChecks({ ...base(), declaredTotals: { 't4.review.total': '5' } }), 'T4-R1');
      expect(rest).toEqual([]);
      expect(f!.message).toBe('「行政复议」：原表填写的总计为 5，但 结果维持 2 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 3，相差 2。');
      expect(f!.cells).toEqual(['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending']);
    });

    it('names the litigation group and passes when the totals agree', () => {
      expect(only(runChecks({ ...base(), declaredTotals: { 't4.after.total': '0' } }), 'T4-R1')[0]!.message).toContain(
        '「行政诉讼·复议后起诉」',
      );
      expect(only(runChecks({ ...base(), declaredTotals: { 't4.review.total': '3', 't4.after.total': '3' } }), 'T4-R1')).toEqual([]);
    });
  });

  describe('T4-R2 non-negative integers', () => {
    it('fires for a negative count', () => {
      const found = only(runChecks(withValues(base(), { 't4.direct.pending': '-1' })), 'T4-R2');
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toContain('「行政诉讼·未经复议直接起诉」「尚未审结」栏中的“-1”不是非负整数');
    });
    it('does not fire for counts', () => {
      expect(only(runChecks(withValues(base(), { 't4.direct.pending': '7' })), 'T4-R2')).toEqual([]);
    });
  });

  describe('T2-R1 counts, signed changes, money', () => {
    it('fires for a negative count and for negative money', () => {
      const count = id === '2019' ? 't2.license.prevItems' : 't2.license.decisions';
      const money = id === '2019' ? 't2.procurement.amount' : 't2.fees.amount';
      const found = only(runChecks(withValues(base(), { [count]: '-3', [money]: '-5' })), 'T2-R1');
      expect(found.map((f) => f.cells[0])).toEqual([count, money]);
      expect(found[0]!.message).toContain('“-3”不是非负整数');
      expect(found[1]!.message).toContain('“-5”不是金额（可带小数）');
      expect(found[1]!.message).toContain('「第二十条');
    });

    it('does not fire for exact decimal money (and, in 2019, a negative 本年增/减)', () => {
      const money = id === '2019' ? 't2.procurement.amount' : 't2.fees.amount';
      const changes: Record<string, string> = { [money]: '24252.311082' };
      if (id === '2019') changes['t2.license.change'] = '-18';
      expect(only(runChecks(withValues(base(), changes)), 'T2-R1')).toEqual([]);
    });
  });

  describe("X-R1 二、上年结转 = last year's 四、结转下年度继续办理", () => {
    it("fires per column, naming last year's report", () => {
      const report = base();
      const prev = withValues(previousOf(report), { 't3.carryover.natural': '5', 't3.new.natural': '14' });
      const found = only(runChecks(report, prev), 'X-R1');
      expect(found.map((f) => f.cells[0])).toEqual(['t3.carried.natural']); // the 总计 column's difference is the same one
      expect(found[0]!.severity).toBe('error');
      expect(found[0]!.message).toContain(
        `「自然人」列：本年「二、上年结转政府信息公开申请数量」为 2，但${report.year - 1}年度报告「四、结转下年度继续办理」为 5，相差 3。`,
      );
    });

    it("does not fire when they match, when last year left the cell blank, or for a report that is not last year's", () => {
      const report = base();
      const prev = previousOf(report);
      expect(only(runChecks(report, prev), 'X-R1')).toEqual([]);
      expect(only(runChecks(report, withValues(prev, { 't3.carryover.natural': '' })), 'X-R1').map((f) => f.cells[0])).toEqual([
        't3.carried.total',
      ]);
      const older = { ...withValues(prev, { 't3.carryover.natural': '9' }), year: report.year - 2 };
      expect(runChecks(report, older)).toEqual([]);
    });
  });

  describe("C-R4 五 near-duplicate of last year's", () => {
    it('fires for a copy, showing the similarity', () => {
      const report = base();
      const prev = withTexts(previousOf(report), {
        problems: report.texts.problems.replaceAll(String(report.year), String(report.year - 1)),
      });
      const [f] = only(runChecks(report, prev), 'C-R4');
      expect(f!.severity).toBe('warning');
      const pct = Number(/相似度为 (\d+)%/.exec(f!.message)![1]);
      expect(pct).toBeGreaterThanOrEqual(80);
      expect(pct).toBeLessThan(100);
      expect(f!.message).toContain(`与${report.year - 1}年度报告`);
      expect(only(runChecks(report, withTexts(prev, { problems: report.texts.problems })), 'C-R4')[0]!.message).toContain('相似度为 100%');
    });

    it('does not fire for a text that was rewritten', () => {
      const report = base();
      expect(only(runChecks(report, previousOf(report)), 'C-R4')).toEqual([]);
    });
  });

  describe('C-R7 empty input cells', () => {
    it('reports one finding per table with the count, all cell keys and the 空白单元格填0 hint', () => {
      const r = withValues(base(), { 't3.new.natural': '', 't3.open.legal': '', 't4.after.upheld': '' });
      const found = only(runChecks(r), 'C-R7');
      expect(found).toHaveLength(2);
      expect(found[0]!.cells).toEqual(['t3.new.natural', 't3.open.legal']);
      expect(found[0]!.message).toBe(
        `「三、收到和处理政府信息公开申请情况」有 2 个格子未填写（第一个是「${FORMATS[id].cellsByKey.get('t3.new.natural')!.ariaLabel}」）。没有数据请填 0，可用「空白单元格填0」把空格全部填为 0。`,
      );
      expect(found[1]!.cells).toEqual(['t4.after.upheld']);
      expect(found[0]!.severity).toBe('warning');
    });

    it('counts every input cell of a blank draft', () => {
      const draft = blankReport({ year: YEAR[id] });
      const found = only(runChecks(draft), 'C-R7');
      const inputs = (t: 't2' | 't3' | 't4') => FORMATS[id].tables[t].cells.filter((c) => c.kind !== 'total').length;
      expect(found.map((f) => f.cells.length)).toEqual([inputs('t2'), inputs('t3'), inputs('t4')]);
      expect(found[1]!.message).toContain(`有 ${inputs('t3')} 个格子未填写`);
    });

    it('does not fire when every input holds a value', () => {
      expect(only(runChecks(base()), 'C-R7')).toEqual([]);
    });
  });

  describe('dates', () => {
    it('D-R1 fires when the date is after the deadline of the agency level', () => {
      const y = YEAR[id];
      const [f] = only(runChecks({ ...base(), dateWritten: `${y + 1}-02-05` }), 'D-R1');
      expect(f!.message).toContain(`成文日期${y + 1}年2月5日晚于发布期限${y + 1}年1月31日`);
      expect(f!.message).toContain('晚了 5 天');
      expect(f!.fields).toEqual(['dateWritten', 'agencyLevel']);
      const county = { ...base(), scope: 'government-summary' as const, agencyLevel: 'county' as const, dateWritten: `${y + 1}-02-21` };
      expect(only(runChecks(county), 'D-R1')[0]!.message).toContain('晚了 1 天');
    });

    it("D-R1 does not fire on the deadline day or within a later level's deadline", () => {
      const y = YEAR[id];
      expect(only(runChecks({ ...base(), dateWritten: `${y + 1}-01-31` }), 'D-R1')).toEqual([]);
      expect(
        only(runChecks({ ...base(), scope: 'government-summary', agencyLevel: 'province', dateWritten: `${y + 1}-03-31` }), 'D-R1'),
      ).toEqual([]);
    });

    it('D-R3 fires for a date not in year Y+1 or not a date', () => {
      const y = YEAR[id];
      const [early] = only(runChecks({ ...base(), dateWritten: `${y}-01-13` }), 'D-R3');
      expect(early!.message).toContain(`成文日期${y}年1月13日不在${y + 1}年`);
      expect(early!.message).toContain(`早于${y}年12月31日`);
      expect(early!.severity).toBe('error');
      expect(only(runChecks({ ...base(), dateWritten: `${y + 2}-01-05` }), 'D-R3')[0]!.message).toContain(`不在${y + 1}年`);
      expect(only(runChecks({ ...base(), dateWritten: `${y + 1}-02-30` }), 'D-R3')[0]!.message).toContain('无法识别');
    });

    it('D-R3 warns about a 统计期限 of another year in the texts', () => {
      const y = YEAR[id];
      const stale = withTexts(base(), { overview: `本报告中所列数据的统计期限自${y - 1}年1月1日起至${y - 1}年12月31日止。` });
      const [f] = only(runChecks(stale), 'D-R3');
      expect(f!.severity).toBe('warning');
      expect(f!.fields).toEqual(['text:overview']);
      expect(f!.message).toContain(`${y - 1}年1月1日至${y - 1}年12月31日`);
      const right = withTexts(base(), { overview: `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。` });
      expect(only(runChecks(right), 'D-R3')).toEqual([]);
    });

    it('D-R3 does not fire for a January date of year Y+1 or an unset date', () => {
      expect(only(runChecks(base()), 'D-R3')).toEqual([]);
      expect(only(runChecks({ ...base(), dateWritten: '' }), 'D-R3')).toEqual([]);
    });
  });

  it('D-R4 warns when the report uses the other format', () => {
    const other: FormatId = id === '2019' ? '2021' : '2019';
    const [f] = only(runChecks(filledReport(YEAR[id], other)), 'D-R4');
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain(`${YEAR[id]}年度报告应使用《${FORMATS[id].name}》（${FORMATS[id].notice}）`);
    expect(f!.message).toContain(FORMATS[other].notice);
    expect(only(runChecks(base()), 'D-R4')).toEqual([]);
  });
});

describe('2021 format only', () => {
  const base = () => filledReport(2021);

  it('T3-R6 fires when （六）3.其他 alone is over 10% (instead of T3-R5)', () => {
    const findings = runChecks(withValues(base(), { 't3.other3.natural': '10', 't3.new.natural': '20' }));
    expect(rulesOf(findings)).toEqual(['T3-R6']);
    expect(findings[0]!.message).toContain(
      '「三、本年度办理结果（六）其他处理 3.其他」共 10 件，占「三、本年度办理结果（七）总计」91 件的 11%',
    );
    expect(findings[0]!.cells).toEqual(['t3.other3.total', 't3.results.total']);
  });

  it('T3-R6 does not fire at 10%, nor for items 1 and 2', () => {
    expect(runChecks(withValues(base(), { 't3.other3.natural': '9', 't3.new.natural': '19' }))).toEqual([]);
    expect(rulesOf(runChecks(withValues(base(), { 't3.other2.natural': '10', 't3.new.natural': '20' })))).toEqual(['T3-R5']);
  });

  it('T2-R2 fires when more were repealed than existed (needs last year in 2021 format)', () => {
    const report = filledReport(2022);
    const prev = previousOf(report); // 规章: 现行有效 18 last year, 3 issued this year
    const found = only(runChecks(withValues(report, { 't2.regulation.repealed': '25' }), prev), 'T2-R2');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      '「第二十条第（一）项 规章」：本年废止件数 25 多于2021年度报告的现行有效件数 18 与本年制发件数 3 之和 21，多出 4。请核对。',
    );
    expect(found[0]!.severity).toBe('warning');
  });

  it('T2-R2 does not fire within the limit or against a 2019-format year', () => {
    const report = filledReport(2022);
    expect(only(runChecks(withValues(report, { 't2.regulation.repealed': '21' }), previousOf(report)), 'T2-R2')).toEqual([]);
    const r2021 = withValues(base(), { 't2.regulation.repealed': '999' });
    expect(only(runChecks(r2021, previousOf(r2021)), 'T2-R2')).toEqual([]);
  });

  it("X-R2 warns when 现行有效 does not continue last year's", () => {
    const report = filledReport(2022);
    const found = only(runChecks(withValues(report, { 't2.normative.inForce': '55' }), previousOf(report)), 'X-R2');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      '「第二十条第（一）项 行政规范性文件」：现行有效件数 55，但2021年度报告的现行有效件数 42 + 本年制发件数 10 − 本年废止件数 2 = 50，相差 5。如有集中清理等情况，请在正文中说明。',
    );
    expect(only(runChecks(report, previousOf(report)), 'X-R2')).toEqual([]);
  });

  it('C-R3 warns over 1000 characters of 一, not at 1000', () => {
    const [f] = only(runChecks(withTexts(base(), { overview: '字'.repeat(1001) })), 'C-R3');
    expect(f!.message).toContain('「一、总体情况」共 1001 字');
    expect(f!.message).toContain('多 1 字');
    expect(only(runChecks(withTexts(base(), { overview: `${'字'.repeat(500)}\n${'字'.repeat(500)}` })), 'C-R3')).toEqual([]);
  });

  it('C-R5 requires 信息处理费 in 六', () => {
    const [f] = only(runChecks(withTexts(base(), { other: '无其他需要报告的事项。' })), 'C-R5');
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('「六、其他需要报告的事项」没有报告收取信息处理费的情况');
    expect(only(runChecks(withTexts(base(), { other: '本年度共收取信息处理费0.05万元。' })), 'C-R5')).toEqual([]);
  });
});

describe('2019 format only', () => {
  it("X-R3 warns when 上一年项目数量 does not continue last year's", () => {
    const report = filledReport(2020);
    const prev = withValues(previousOf(report), { 't2.license.change': '-3' });
    const found = only(runChecks(report, prev), 'X-R3');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      '「第二十条第（五）项 行政许可」：本年上一年项目数量 40，但2019年度报告的上一年项目数量 40 + 本年增/减 (-3) = 37，相差 3。',
    );
    expect(found[0]!.cells).toEqual(['t2.license.prevItems']);
    expect(only(runChecks(report, previousOf(report)), 'X-R3')).toEqual([]);
  });

  it('rules of the 2021 format stay quiet', () => {
    const r = withTexts(withValues(filledReport(2020), { 't3.other.natural': '0' }), {
      overview: filledReport(2020).texts.overview + '字'.repeat(1500),
      other: '无。',
    });
    expect(runChecks(r)).toEqual([]);
  });
});

it('X-R1 works across the 2020 (2019 format) → 2021 change', () => {
  const report = filledReport(2021);
  const prev = previousOf(report);
  expect(prev.formatId).toBe('2019');
  const found = only(runChecks(report, withValues(prev, { 't3.carryover.legal': '0', 't3.new.legal': '13' })), 'X-R1');
  expect(found.map((f) => f.cells[0])).toEqual(['t3.carried.legal']);
  expect(found[0]!.message).toContain('2020年度报告「四、结转下年度继续办理」为 0');
});

it('summarise counts errors and warnings', () => {
  const r: Report = withTexts(withValues(filledReport(2021), { 't3.new.natural': '', 't3.new.legal': '-1' }), { other: '无。' });
  const findings = runChecks(r);
  expect(summarise(findings)).toEqual({
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  });
  expect(summarise(findings).errors).toBeGreaterThanOrEqual(2); // T3-R4, C-R5, T3-R1
  expect(summarise(findings).warnings).toBeGreaterThanOrEqual(1); // C-R7
  expect(summarise([])).toEqual({ errors: 0, warnings: 0 });
});
