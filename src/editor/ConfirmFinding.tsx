// 「已核实」 on a warning: the clerk states in a few words why the figure is right, the warning leaves the
// count and stays marked (report.confirmations, so it travels with the draft and its backups).
// Errors cannot be confirmed: they are fixed. The form itself is loaded on first use. A stale data paragraph
// (C-R12) is not confirmed but rewritten from today's numbers.
import { useState } from 'preact/hooks';
import type { Finding } from '../checks';
import { findingKey } from '../checks/finding-key';
import type { EditorState } from './state';
import './text-tools.css';

type Form = typeof import('./ConfirmForm');

export function ConfirmFinding({ state, finding }: { state: EditorState; finding: Finding }) {
  const [form, setForm] = useState<Form | null>(null);
  if (finding.severity !== 'warning') return null;
  const key = findingKey(finding);
  const confirmed = state.confirmations.value[key];
  const readOnly = state.session.readOnly.value;
  if (confirmed) {
    const undo = () => void import('./ConfirmForm').then((m) => m.setConfirmation(state, key, null));
    return (
      <p class="finding-confirmed-note">
        <span class="finding-confirmed-tag">已核实</span>
        {confirmed.reason}
        {!readOnly && (
          <button type="button" class="link-button" onClick={undo}>
            取消核实
          </button>
        )}
      </p>
    );
  }
  if (readOnly) return null;
  if (finding.rule === 'C-R12' && finding.subject) {
    const id = finding.subject;
    const refresh = () => void import('./data-note-insert').then((m) => m.refreshDataNote(state, id));
    return (
      <button type="button" class="confirm-open" onClick={refresh}>
        按现在的数字更新这段
      </button>
    );
  }
  if (!form)
    return (
      <button type="button" class="confirm-open" onClick={() => void import('./ConfirmForm').then(setForm)}>
        已核实…
      </button>
    );
  return <form.ConfirmForm state={state} findingKey={key} onClose={() => setForm(null)} />;
}
