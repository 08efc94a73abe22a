// The live list of findings: a summary, then each finding in plain Chinese; clicking one goes to its cell or field.
import { useComputed } from '@preact/signals';
import { isConfirmed } from '../checks/finding-key';
import { checksLoadError } from '../checks/lazy';
import { summarise } from '../checks/summary';
import { FindingActions } from './FindingActions';
import { goToFinding } from './go-to-finding';
import { undoPaste } from './paste-event';
import type { EditorState } from './state';

export function ProblemsPanel({ state }: { state: EditorState }) {
  const findings = state.shownFindings.value;
  const confirmations = state.confirmations.value;
  const confirmed = findings.filter((f) => isConfirmed(f, confirmations)).length;
  const { errors, warnings } = summarise(findings, confirmations);
  const rejected = Object.entries(state.rejected.value);
  const format = state.format.value;
  // An item's key follows its finding: one added at the top does not rebuild the rest.
  const { ordered, keys, ids } = state.listedFindings.value;
  return (
    <aside class="problems" aria-label="检查结果" aria-busy={state.checks.busy}>
      <PasteNotice state={state} />
      <h2>
        检查结果<span class="checks-pending-note">检查中…</span>
      </h2>
      {checksLoadError.value && (
        <p class="rejected-list" role="alert">
          {checksLoadError.value}
        </p>
      )}
      <p class={`problems-summary${errors ? ' has-errors' : ''}`} data-testid="problems-summary">
        {errors} 个错误，{warnings} 个提醒{confirmed > 0 && `（另有 ${confirmed} 个提醒已核实）`}
      </p>
      {rejected.length > 0 && (
        <div class="rejected-list">
          <p>另有 {rejected.length} 个单元格的输入未被接受（未保存）：</p>
          <ul>
            {rejected.map(([key, r]) => (
              <li key={key}>
                <button type="button" onClick={() => state.focusCell(key)}>
                  「{format.cellsByKey.get(key)?.ariaLabel ?? key}」：{r.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {findings.length === 0 && rejected.length === 0 && <p class="problems-none">未发现问题。</p>}
      <ul class="finding-list">
        {ordered.map((f, i) => (
          <li
            key={keys[i]}
            data-rule={f.rule}
            data-severity={f.severity}
            data-confirmed={isConfirmed(f, confirmations) || undefined}
            class={`finding finding-${f.severity}${isConfirmed(f, confirmations) ? ' finding-confirmed' : ''}`}
          >
            <button type="button" id={ids[i]} onClick={() => goToFinding(state, f)}>
              <span class="finding-tag">{f.severity === 'error' ? '错误' : '提醒'}</span>
              {f.message}
            </button>
            <FindingActions state={state} finding={f} />
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** What the last paste did, kept in view here (the panel stays on screen while the table scrolls). */
function PasteNotice({ state }: { state: EditorState }) {
  // Whether the paste is still the last change: a keystroke re-renders this only when that answer changes.
  const undoable = useComputed(() => {
    const n = state.pasteNotice.value;
    return !!n?.undoable && state.report.value === n.after;
  });
  const notice = state.pasteNotice.value;
  if (!notice) return null;
  return (
    <div
      class={`paste-notice${notice.problems.length ? ' has-problems' : ''}`}
      role={notice.problems.length ? 'alert' : 'status'}
      tabIndex={-1}
    >
      <p>{notice.summary}</p>
      {notice.problems.length > 0 && (
        <ul>
          {notice.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      <div class="paste-actions">
        {undoable.value && (
          <button type="button" onClick={() => undoPaste(state)}>
            撤销这次粘贴
          </button>
        )}
        <button type="button" onClick={() => (state.pasteNotice.value = null)}>
          知道了
        </button>
      </div>
    </div>
  );
}
