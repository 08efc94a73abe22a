// 「已核实」 on a warning: the clerk states in a few words why the figure is right, the warning leaves the
// count and stays marked (report.confirmations, so it travels with the draft and its backups).
// Errors cannot be confirmed: they are fixed.
import { useState } from 'preact/hooks';
import type { Finding } from '../checks';
import { findingKey } from '../checks/finding-key';
import type { EditorState } from './state';
import './text-tools.css';

const REASON_LIMIT = 200;

/** One undo step that adds or removes a confirmation. */
function setConfirmation(state: EditorState, key: string, reason: string | null): void {
  const r = state.report.value;
  const confirmations = { ...r.confirmations };
  if (reason === null) delete confirmations[key];
  else confirmations[key] = { reason, at: Date.now() };
  state.endGroup();
  state.commit({ ...r, confirmations });
  state.endGroup();
}

export function ConfirmFinding({ state, finding }: { state: EditorState; finding: Finding }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (finding.severity !== 'warning') return null;
  const key = findingKey(finding);
  const confirmed = state.report.value.confirmations[key];
  const readOnly = state.session.readOnly.value;
  if (confirmed) {
    return (
      <p class="finding-confirmed-note">
        <span class="finding-confirmed-tag">已核实</span>{confirmed.reason}
        {!readOnly && <button type="button" class="link-button" onClick={() => setConfirmation(state, key, null)}>取消核实</button>}
      </p>
    );
  }
  if (readOnly) return null;
  if (!open) {
    return <button type="button" class="confirm-open" onClick={() => setOpen(true)}>已核实…</button>;
  }
  const trimmed = reason.trim();
  return (
    <form
      class="confirm-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed === '') return;
        setConfirmation(state, key, trimmed.slice(0, REASON_LIMIT));
        setOpen(false);
        setReason('');
      }}
    >
      <label>
        核实说明（为什么这样填是对的）
        <input type="text" value={reason} maxLength={REASON_LIMIT} autoFocus placeholder="如：本年机构改革，口径有变化"
          onInput={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }} />
      </label>
      <button type="submit" disabled={trimmed === ''}>标记为已核实</button>
      <button type="button" onClick={() => setOpen(false)}>取消</button>
    </form>
  );
}
