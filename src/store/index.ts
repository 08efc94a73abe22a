// PLACEHOLDER until IndexedDB storage lands (issue 4): drafts live in memory only.
import { createMemorySession, type DraftSession } from '../app/session';
import { blankReport, type Report } from '../model';

const drafts = new Map<string, Report>();

export async function createDraft(init: { year: number; agencyName?: string }): Promise<Report> {
  const report = blankReport(init);
  drafts.set(report.id, report);
  return report;
}

/** Stores a complete report (from an import or a backup) as a new draft. */
export async function createDraftFrom(report: Report): Promise<Report> {
  drafts.set(report.id, report);
  return report;
}

export async function openDraftSession(id: string): Promise<DraftSession | null> {
  const report = drafts.get(id);
  if (!report) return null;
  const session = createMemorySession(report);
  const update = session.update;
  session.update = (next) => {
    drafts.set(next.id, next);
    update(next);
  };
  return session;
}
