// 「插入数据说明」's paragraph from the tables (both formats, with and without last year's draft), and C-R12:
// the paragraph goes stale when the numbers it was written from change.
import { describe, expect, it } from 'vitest';
import { runChecks, type Finding } from '../../src/checks';
import { dataParagraph } from '../../src/checks/data-sentences';
import type { FormatId } from '../../src/formats';
import type { Report } from '../../src/model';
import { filledReport, previousOf, withValues } from './helpers';

const YEAR: Record<FormatId, number> = { '2019': 2020, '2021': 2025 };
const stale = (findings: Finding[]) => findings.filter((f) => f.rule === 'C-R12');

function withNote(report: Report, previous?: Report): Report {
  const p = dataParagraph(report, previous);
  return {
    ...report,
    texts: { ...report.texts, overview: `${report.texts.overview}\n${p.text}` },
    dataNotes: [{ id: 'n1', section: 'overview', text: p.text, basis: p.basis }],
  };
}

describe.each(['2019', '2021'] as FormatId[])('format %s', (id) => {
  const base = () => filledReport(YEAR[id], id);

  it('writes 主动公开, 依申请 by outcome and 复议/诉讼 with 纠错 from the tables', () => {
    const { text, basis } = dataParagraph(base());
    expect(text).toContain(
      '本年度新收政府信息公开申请75件，上年结转12件；办结81件，其中予以公开45件、部分公开18件、不予公开6件、无法提供6件、不予处理6件；结转下年度继续办理6件。',
    );
    expect(text).toContain('行政复议、行政诉讼方面，本年度因政府信息公开被申请行政复议3件，其中被纠错1件；被提起行政诉讼4件，均未被纠错。');
    expect(text).toContain(id === '2021' ? '作出行政许可决定1200件、行政处罚决定35件、行政强制决定4件' : '作出行政许可处理决定900件');
    expect(text).toContain(id === '2021' ? '制发规章3件' : '新制作规章1件');
    expect(text).not.toContain('较上年');
    expect(basis['t3.new.total']).toBe('75');
    expect(basis['t4.review.corrected']).toBe('1');
    // The paragraph agrees with the tables: the text checks find nothing in it.
    expect(runChecks(withNote(base())).filter((f) => f.rule.startsWith('C-'))).toEqual([]);
  });

  it("adds the change against last year's draft of the same 单位", () => {
    const report = base();
    const { text } = dataParagraph(report, previousOf(report));
    expect(text).toContain('新收政府信息公开申请75件，较上年减少6件（下降7.4%）');
    expect(text).toContain('行政复议3件，与上年持平');
    expect(runChecks(withNote(report, previousOf(report)), previousOf(report)).filter((f) => f.rule.startsWith('C-'))).toEqual([]);
  });

  it('says so when there were no applications and no cases', () => {
    const { text } = dataParagraph({ ...base(), values: {} });
    expect(text).toContain('依申请公开方面，本年度未收到政府信息公开申请。');
    expect(text).toContain('本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。');
    expect(text).toContain('作出行政许可');
  });

  it('ignores a draft that is not of the year before', () => {
    const report = base();
    const older = { ...previousOf(report), year: report.year - 2 };
    expect(dataParagraph(report, older).text).not.toContain('较上年');
  });

  it('an inserted paragraph goes stale when its numbers change (C-R12), and not while they stand', () => {
    const noted = withNote(base());
    expect(stale(runChecks(noted))).toEqual([]);
    const changed = withValues(noted, { 't3.new.natural': '14', 't3.open.natural': '9' });
    const found = stale(runChecks(changed));
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toContain('「一、本年新收政府信息公开申请数量」「总计」由 75 变为 79');
    expect(found[0]!.cells).toContain('t3.new.total');
    // Edited or removed by the clerk: the text is theirs, nothing to track.
    expect(stale(runChecks({ ...changed, texts: { ...changed.texts, overview: changed.texts.overview.replace('75件', '79件') } }))).toEqual(
      [],
    );
  });
});
