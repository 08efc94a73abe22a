// Hands the session the checks' counts each time the findings are brought up to date, so the store can keep
// them with the report they describe and 首页 can list a draft's errors and warnings without the check engine.
import { effect, untracked } from '@preact/signals';
import { calmFindings } from '../checks/calm';
import { summarise } from '../checks/summary';
import { CHECKS_VERSION } from '../checks/version';
import { previousKey } from '../store/drafts';
import type { EditorState } from './state';

/** Starts following the findings; returns the stop function. */
export function shareCheckCounts(state: EditorState): () => void {
  const session = state.session;
  if (!session.noteCheckCounts) return () => {};
  return effect(() => {
    // Only the findings and their pending flag are followed: when they settle, the report and previous year
    // they were computed from are still the session's current ones (any later change marks them pending first).
    const findings = state.checks.findings.value;
    if (state.checks.pending.value) return;
    untracked(() => {
      const report = session.report.value;
      const { errors, warnings } = summarise(findings, report.confirmations);
      const calm = summarise(calmFindings(findings), report.confirmations);
      const previous = previousKey(session.previous.value);
      const counts = { checks: CHECKS_VERSION, previous, errors, warnings, calmErrors: calm.errors, calmWarnings: calm.warnings };
      session.noteCheckCounts?.(counts, report);
    });
  });
}
