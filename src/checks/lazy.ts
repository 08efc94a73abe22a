// The check engine loaded after the first render: the grid is editable at once and the findings follow a
// moment later (keeps the first load within its size budget). Import this module directly, not the index.
import { signal } from '@preact/signals';
import type { runChecks } from './run-checks';

export type RunChecks = typeof runChecks;

/** null until the engine has loaded. */
export const checker = signal<RunChecks | null>(null);

let loading: Promise<RunChecks> | null = null;

export function loadChecks(): Promise<RunChecks> {
  loading ??= import('./run-checks').then((m) => (checker.value = m.runChecks));
  return loading;
}
