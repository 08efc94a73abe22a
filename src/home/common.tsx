// Small pieces every part of 首页 shares: how a missing 单位 and a time read, the notice type, the
// two-step confirm button, and the one way an action reports its failure.
import { useState } from 'preact/hooks';
import { clockTime } from '../store/save-status';

export const NO_AGENCY = '（未填写单位名称）';

export function dateTime(at: number): string {
  if (!at) return '—';
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${clockTime(at).slice(0, 5)}`;
}

export function openDraft(id: string): void {
  location.hash = `#/draft/${encodeURIComponent(id)}`;
}

export type Notice = { kind: 'ok' | 'error'; text: string; undoTrash?: string };

/** Runs one home action; its failure becomes one Chinese notice (never the browser's English text). */
// biome-ignore lint/suspicious/noConfusingVoidType: an action that has nothing to say simply returns
export type Act = (action: string, what: () => Promise<Notice | null | void>) => Promise<void>;

/** Loaded on the first failure only: the messages stay out of the page's first load. */
export async function failureNotice(e: unknown, action: string): Promise<Notice> {
  const { actionErrorMessage } = await import('../store/action-error');
  return { kind: 'error', text: actionErrorMessage(e, action) };
}

export function ConfirmButton({ label, confirm, onConfirm }: { label: string; confirm: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span class="confirm" role="group" aria-label={confirm}>
      <span>{confirm}</span>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        确定{label}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        取消
      </button>
    </span>
  );
}
