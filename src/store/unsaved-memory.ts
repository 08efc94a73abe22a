// Typing of closed editor sessions that could not be written (storage fault or conflict), kept in this page's
// memory. Its own module so 首页 can warn about it without loading the editor's session code.
import type { Report } from '../model';

/** By draft id. */
export const unsavedInMemory = new Map<string, { report: Report; baseRevision: number }>();

/** Drafts whose latest typing exists only in this page's memory (the home page warns and exports them). */
export function unsavedReports(): Report[] {
  return [...unsavedInMemory.values()].map((u) => u.report);
}
