// The reason form of 「已核实」, loaded when the clerk first opens it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorState } from './state';
import './confirm-form.css';

const REASON_LIMIT = 200;

/** One undo step that adds or removes a confirmation. */
export function setConfirmation(state: EditorState, key: string, reason: string | null): void {
  const r = state.report.value;
  const confirmations = { ...r.confirmations };
  if (reason === null) delete confirmations[key];
  else confirmations[key] = { reason, at: Date.now() };
  state.endGroup();
  state.commit({ ...r, confirmations });
  state.endGroup();
}

export function ConfirmForm({ state, findingKey, onClose }: { state: EditorState; findingKey: string; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Opened by the clerk's click on 「已核实…」: the reason is what they type next.
  useEffect(() => input.current?.focus(), []);
  const trimmed = reason.trim();
  return (
    <form
      class="confirm-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed === '') return;
        setConfirmation(state, findingKey, trimmed.slice(0, REASON_LIMIT));
        onClose();
      }}
    >
      <label>
        核实说明（为什么这样填是对的）
        <input
          ref={input}
          type="text"
          value={reason}
          maxLength={REASON_LIMIT}
          placeholder="如：本年机构改革，口径有变化"
          onInput={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
          }}
        />
      </label>
      <button type="submit" disabled={trimmed === ''}>
        标记为已核实
      </button>
      <button type="button" onClick={onClose}>
        取消
      </button>
    </form>
  );
}
