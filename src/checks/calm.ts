// The calm view of a new draft's findings (see src/store/checks-asked.ts): until the clerk asks for the full
// checks, a part not yet written is a reminder, not an error. The editor shows it; 首页 counts it the same way.
import type { Finding } from './types';

/** Rules that only say something is not filled in yet. */
const UNFILLED_RULES = new Set(['C-R1']);

export function calmFindings(findings: Finding[]): Finding[] {
  // Nothing to calm (a written report): the same array, so asking for the full checks redraws nothing.
  if (!findings.some((f) => f.severity === 'error' && UNFILLED_RULES.has(f.rule))) return findings;
  return findings.map((f) => (f.severity === 'error' && UNFILLED_RULES.has(f.rule) ? { ...f, severity: 'warning' } : f));
}
