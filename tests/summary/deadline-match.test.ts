// D-R1 follows the report's scope (unit / government office: 1月31日; 本级政府汇总: its tier), and the
// name matching that proposes (never decides) which unit a file belongs to.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks';
import { deadlineFor } from '../../src/checks/rules/dates';
import type { AgencyLevel, ReportScope } from '../../src/model';
import { proposeUnit } from '../../src/summary/match';
import { filledReport } from '../checks/helpers';
import { unit } from './helpers';

describe('D-R1 by scope', () => {
  const cases: [ReportScope, AgencyLevel, string][] = [
    ['unit', 'department', '1-31'],
    ['unit', 'county', '1-31'],
    ['government-office', 'prefecture', '1-31'],
    ['government-summary', 'county', '2-20'],
    ['government-summary', 'prefecture', '3-10'],
    ['government-summary', 'province', '3-31'],
    ['government-summary', 'department', '2-20'],
    ['unit', 'vertical', '3-31'],
  ];
  it.each(cases)('%s at tier %s is due %s', (scope, agencyLevel, due) => {
    const d = deadlineFor({ scope, agencyLevel });
    expect(`${d.month}-${d.day}`).toBe(due);
  });

  it("a county 汇总 written on 2月20日 is in time; a county office's own report then is 20 days late", () => {
    const r = { ...filledReport(2024), agencyLevel: 'county' as const, dateWritten: '2025-02-20' };
    expect(runChecks({ ...r, scope: 'government-summary' }).filter((f) => f.rule === 'D-R1')).toEqual([]);
    const [late] = runChecks({ ...r, scope: 'government-office' }).filter((f) => f.rule === 'D-R1');
    expect(late!.message).toContain('晚于发布期限2025年1月31日');
    expect(late!.message).toContain('晚了 20 天');
  });
});

describe('matching by name', () => {
  const units = [unit('县财政局', null), unit('县教育局', null), unit('县人民政府办公室', null)];
  it("proposes the unit whose name is the report's 单位名称, else one named in it or in the file name", () => {
    expect(proposeUnit(units, '县 教育局', 'x.docx')?.name).toBe('县教育局');
    expect(proposeUnit(units, '某某县财政局', '')?.name).toBe('县财政局');
    expect(proposeUnit(units, '', '2024年报-县人民政府办公室.docx')?.name).toBe('县人民政府办公室');
    expect(proposeUnit(units, '某市公安局', '年报.docx')).toBeNull();
  });
});
