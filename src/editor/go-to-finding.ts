// Going to a finding: its cell most likely wrong (the one edited last), else its report field. The summary
// bar's 「下一个」 and F8 walk the findings in the panel's order: errors first.
import type { Finding } from '../checks';
import { isConfirmed } from '../checks/finding-key';
import type { Report } from '../model';
import type { EditorState } from './state';

/** Errors, then open warnings, then the warnings the clerk confirmed (已核实). */
export function orderedFindings(findings: readonly Finding[], confirmations: Report['confirmations']): Finding[] {
  const open = findings.filter((f) => f.severity !== 'error' && !isConfirmed(f, confirmations));
  const settled = findings.filter((f) => f.severity !== 'error' && isConfirmed(f, confirmations));
  return [...findings.filter((f) => f.severity === 'error'), ...open, ...settled];
}

/** The element id of the i-th finding in the panel (cells point at it with aria-describedby). */
export function findingId(index: number): string {
  return `finding-${index}`;
}

export function goToFinding(state: EditorState, f: Finding): void {
  const key = state.likelyWrong(f.cells);
  if (key && state.focusCell(key)) return;
  const field = f.fields?.[0];
  if (!field) return;
  const el = document.querySelector<HTMLElement>(`[data-field="${field}"]`);
  el?.focus();
  el?.scrollIntoView?.({ block: 'center' });
}

const position = new WeakMap<EditorState, number>();

/** Goes to the next (step 1) or previous (step -1) finding; returns it, or null when there is none. */
export function stepFinding(state: EditorState, step: 1 | -1): { finding: Finding; index: number; count: number } | null {
  const confirmations = state.confirmations.value;
  const list = orderedFindings(state.shownFindings.value, confirmations).filter((f) => !isConfirmed(f, confirmations));
  if (list.length === 0) return null;
  const last = position.get(state) ?? -1;
  const index = (((last + step) % list.length) + list.length) % list.length;
  position.set(state, index);
  goToFinding(state, list[index]!);
  return { finding: list[index]!, index, count: list.length };
}
