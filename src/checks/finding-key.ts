// A finding's stable key: what 「已核实」 is stored under (report.confirmations). It names the rule and what
// the finding is about, not its message, so a confirmation outlives a changed number in the message
// only when the finding is still about the same cells and sentence.
import type { Finding } from './types';

export function findingKey(f: Finding): string {
  return `${f.rule}|${f.cells.join(',')}|${(f.fields ?? []).join(',')}|${f.subject ?? ''}`;
}

/** Warnings the clerk has confirmed; errors can never be confirmed. */
export function isConfirmed(f: Finding, confirmations: Readonly<Record<string, unknown>>): boolean {
  return f.severity === 'warning' && findingKey(f) in confirmations;
}
