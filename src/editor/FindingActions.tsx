// What a finding offers besides going to its place (已核实, updating a stale data paragraph). Findings appear
// only once the check engine has loaded, so these actions load then too (ConfirmFinding), off the first load.
import { signal } from '@preact/signals';
import type { Finding } from '../checks';
import type { EditorState } from './state';

type Actions = typeof import('./ConfirmFinding');
const actions = signal<Actions | null>(null);
let loading = false;

export function FindingActions({ state, finding }: { state: EditorState; finding: Finding }) {
  if (finding.severity !== 'warning') return null;
  const loaded = actions.value;
  if (!loaded) {
    if (!loading) {
      loading = true;
      void import('./ConfirmFinding').then((m) => (actions.value = m));
    }
    return null;
  }
  return <loaded.ConfirmFinding state={state} finding={finding} />;
}
