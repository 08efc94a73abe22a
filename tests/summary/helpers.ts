// Workspaces for the 汇总 tests, built from complete, consistent reports (tests/checks/helpers.ts).
import { newReportId, type Report } from '../../src/model';
import type { SummaryUnit, SummaryWorkspace, UnitCategory } from '../../src/store/summary-record';
import { filledReport } from '../checks/helpers';

export const YEAR = 2024;

export function unitReport(name: string, values: Record<string, string> = {}, year = YEAR): Report {
  const base = filledReport(year);
  return { ...base, id: newReportId(), agencyName: name, values: { ...base.values, ...values } };
}

export function unit(
  name: string,
  report: Report | null,
  options: { category?: UnitCategory; confirmed?: boolean; forceReason?: string } = {},
): SummaryUnit {
  return {
    id: newReportId(),
    name,
    category: options.category ?? 'department',
    forceReason: options.forceReason ?? '',
    receipt: report && {
      report,
      source: 'backup',
      fileName: `${name}.json`,
      draftId: '',
      receivedAt: 1,
      confirmed: options.confirmed ?? true,
    },
  };
}

export function workspace(units: SummaryUnit[], year = YEAR): SummaryWorkspace {
  return { id: newReportId(), name: '某某县人民政府', year, agencyLevel: 'county', units, summaryDraftId: '', createdAt: 1, updatedAt: 1 };
}
