// What a finding offers besides going to its place. 「已核实…」 on an open warning is drawn here: every new draft
// shows a few warnings, and the button is all they need until it is clicked (the form loads then, ConfirmForm).
// A confirmed warning's note and the stale-paragraph action (C-R12) load when such a finding is shown (ConfirmFinding).
import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { Finding } from '../checks';
import { findingKey } from '../checks/finding-key';
import { loadFailed } from '../platform/load-once';
import type { EditorState } from './state';

type Actions = typeof import('./ConfirmFinding');
type Form = typeof import('./ConfirmForm');
const actions = signal<Actions | null>(null);
let loadingActions = false;
const loadForm = (): Promise<Form> => import('./ConfirmForm');

/** The confirmed note's code; fetched too when a form opens, so the note shows in the frame the warning is confirmed. */
function loadActions(): void {
  if (actions.value || loadingActions) return;
  loadingActions = true;
  import('./ConfirmFinding').then(
    (m) => (actions.value = m),
    () => (loadingActions = false), // offline without the cached file: the next render tries again
  );
}

export function FindingActions({ state, finding }: { state: EditorState; finding: Finding }) {
  if (finding.severity !== 'warning') return null;
  const key = findingKey(finding);
  if (state.confirmations.value[key] || (finding.rule === 'C-R12' && finding.subject)) {
    const loaded = actions.value;
    if (!loaded) loadActions();
    return loaded ? <loaded.ConfirmFinding state={state} finding={finding} /> : null;
  }
  if (state.session.readOnly.value) return null;
  return <ConfirmOpener state={state} findingKey={key} />;
}

function ConfirmOpener({ state, findingKey }: { state: EditorState; findingKey: string }) {
  const [form, setForm] = useState<Form | null>(null);
  const [failed, setFailed] = useState(false);
  if (form) return <form.ConfirmForm state={state} findingKey={findingKey} onClose={() => setForm(null)} />;
  const open = () => {
    loadActions();
    return loadForm().then(
      (m) => setForm(m),
      () => setFailed(true),
    );
  };
  return (
    <>
      {/* Fetched on hover or focus, so the form opens at once on the click. */}
      <button
        type="button"
        class="confirm-open"
        onClick={open}
        onPointerEnter={() => void loadForm().catch(() => {})}
        onFocus={() => void loadForm().catch(() => {})}
      >
        已核实…
      </button>
      {failed && <p class="field-msg field-error">{loadFailed('核实表单')}</p>}
    </>
  );
}
