// Going to a finding: its cell most likely wrong (the one edited last), else its report field. The summary
// bar's 「下一个」 and F8 walk the findings in the panel's order: errors first.
import type { Finding } from '../checks';
import { findingKey, isConfirmed } from '../checks/finding-key';
import type { Report } from '../model';
import type { EditorState } from './state';

/** Errors, then open warnings, then the warnings the clerk confirmed (已核实). */
export function orderedFindings(findings: readonly Finding[], confirmations: Report['confirmations']): Finding[] {
  const open = findings.filter((f) => f.severity !== 'error' && !isConfirmed(f, confirmations));
  const settled = findings.filter((f) => f.severity !== 'error' && isConfirmed(f, confirmations));
  return [...findings.filter((f) => f.severity === 'error'), ...open, ...settled];
}

/** Keys that follow each finding (its stable key, numbered when two findings share one), in the given order. */
export function listKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = findingKey(f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n ? `${key}#${n}` : key;
  });
}

const serials = new WeakMap<object, Map<string, number>>();

/**
 * Element ids of the panel's findings (cells point at them with aria-describedby), one per list key, kept for as
 * long as the finding is listed: a finding added at the top does not renumber the others, so the cells it does not
 * concern keep their aria-describedby and are not redrawn.
 */
export function findingIds(owner: object, keys: readonly string[]): string[] {
  let known = serials.get(owner);
  if (!known) serials.set(owner, (known = new Map()));
  const ids = known;
  return keys.map((key) => {
    let n = ids.get(key);
    if (n === undefined) ids.set(key, (n = ids.size));
    return `finding-${n}`;
  });
}

/** The panel's list: its order, each item's key and element id (one reading for the panel, the cells and F8). */
export interface ListedFindings {
  ordered: Finding[];
  keys: string[];
  ids: string[];
}

export function listFindings(owner: object, findings: readonly Finding[], confirmations: Report['confirmations']): ListedFindings {
  const ordered = orderedFindings(findings, confirmations);
  const keys = listKeys(ordered);
  return { ordered, keys, ids: findingIds(owner, keys) };
}

/** For each cell, the ids of the panel's findings about it (its aria-describedby), in the panel's order. */
export function cellFindingIdsFrom({ ordered, ids: elementIds }: ListedFindings): Map<string, string> {
  const ids = new Map<string, string>();
  ordered.forEach((f, i) => {
    const id = elementIds[i]!;
    for (const key of f.cells) ids.set(key, ids.has(key) ? `${ids.get(key)} ${id}` : id);
  });
  return ids;
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
  const list = state.listedFindings.value.ordered.filter((f) => !isConfirmed(f, confirmations));
  if (list.length === 0) return null;
  const last = position.get(state) ?? -1;
  const index = (((last + step) % list.length) + list.length) % list.length;
  position.set(state, index);
  goToFinding(state, list[index]!);
  return { finding: list[index]!, index, count: list.length };
}
