// A new draft opens calm: until the clerk asks for the full checks (or opens the export), a part not yet
// written is a reminder, not an error. The ask is remembered per draft in localStorage — a property of this
// browser's editing session, not of the report, so it is not in the report schema.
// 首页 reads it too, so a draft's counts there are the ones its editor shows.
const KEY_PREFIX = 'nianbao.checksAsked.';

export function checksAsked(reportId: string): boolean {
  try {
    return localStorage.getItem(KEY_PREFIX + reportId) === '1';
  } catch {
    return false; // storage blocked: the calm view until asked again
  }
}

export function rememberChecksAsked(reportId: string): void {
  try {
    localStorage.setItem(KEY_PREFIX + reportId, '1');
  } catch {
    // storage blocked or full: the ask holds for this page only
  }
}
