// The editor runs the checks without the text rules until a draft has text (checks/lazy.ts). That is only
// right if, for a draft without texts and 数据说明, the text rules find nothing: the partial engine must give
// exactly the full engine's findings, for every format, scope, level, with and without last year's draft.
import { describe, expect, it } from 'vitest';
import { hasTexts, makeRunChecks } from '../../src/checks/engine';
import { checker, loadChecks, loadTextChecks } from '../../src/checks/lazy';
import { runChecks } from '../../src/checks/run-checks';
import { AGENCY_LEVELS, REPORT_SCOPES, blankReport, type Report } from '../../src/model';
import { fillAll } from '../store/helpers';

const NO_TEXT = { overview: '', problems: '', other: '' };

function textless(): Report[] {
  const out: Report[] = [];
  for (const year of [2019, 2020, 2021, 2022, 2024]) {
    for (const scope of REPORT_SCOPES) {
      for (const level of AGENCY_LEVELS) {
        const base = { ...blankReport({ year, agencyName: '测试局' }), scope: scope.id, agencyLevel: level.id };
        out.push(base, { ...fillAll(base, year), texts: NO_TEXT, dataNotes: [] });
      }
    }
  }
  return out;
}

describe('the editor’s checks without the text rules', () => {
  const core = makeRunChecks(null);

  it('find exactly what the full engine finds in a draft without texts', () => {
    const reports = textless();
    for (const report of reports) {
      expect(hasTexts(report)).toBe(false);
      const previous = report.year > 2019 ? fillAll(blankReport({ year: report.year - 1, agencyName: '测试局' }), 7) : null;
      expect(core(report, null)).toEqual(runChecks(report, null));
      expect(core(report, previous)).toEqual(runChecks(report, previous));
    }
    // The comparison is not vacuous: these drafts do have findings, text rules or not.
    expect(reports.some((r) => runChecks(r, null).length > 0)).toBe(true);
  });

  it('are not used once a draft has any text or 数据说明', () => {
    const base = blankReport({ year: 2024 });
    expect(hasTexts({ ...base, texts: { ...NO_TEXT, other: ' ' } })).toBe(true);
    const withNote = { ...base, dataNotes: [{ section: 'overview' as const, text: 'x', cells: {} }] } as unknown as Report;
    expect(hasTexts(withNote)).toBe(true);
  });

  it('answer "pending" for a draft with text until the text rules are loaded, then the full findings', async () => {
    const run = await loadChecks();
    const withText = { ...fillAll(blankReport({ year: 2024, agencyName: '测试局' }), 3) };
    expect(hasTexts(withText)).toBe(true);
    const textless = { ...withText, texts: NO_TEXT };
    expect(run(textless, null)).toEqual(runChecks(textless, null));
    expect(checker.value).toBe(run);
    expect(run(withText, null)).toBeNull(); // text rules not here yet: pending, never findings without them
    await loadTextChecks();
    expect(checker.value).not.toBe(run);
    expect(checker.value!(withText, null)).toEqual(runChecks(withText, null));
  });
});
