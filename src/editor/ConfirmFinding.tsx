// A confirmed warning (「已核实」): the clerk's reason, with 取消核实. Confirmed warnings leave the count and stay
// marked (report.confirmations, so they travel with the draft and its backups); errors cannot be confirmed, they are
// fixed. A stale data paragraph (C-R12) is not confirmed but rewritten from today's numbers. The 「已核实…」 button
// and its form are FindingActions' and ConfirmForm's.
import type { Finding } from '../checks';
import { findingKey } from '../checks/finding-key';
import type { EditorState } from './state';
import './text-tools.css';

export function ConfirmFinding({ state, finding }: { state: EditorState; finding: Finding }) {
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
  return null;
}
