// The findings in one line that never leaves the screen (it sits in the sticky header): 「N 个错误，M 个提醒」,
// 「下一个」 (F8; Shift+F8 goes back), and 「全面检查」 until the clerk has asked for the full checks once.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { summarise } from '../checks/summary';
import { stepFinding } from './go-to-finding';
import type { EditorState } from './state';

export function FindingsBar({ state }: { state: EditorState }) {
  const { errors, warnings } = summarise(state.shownFindings.value, state.confirmations.value);
  const current = useSignal('');
  const next = (step: 1 | -1) => {
    const hit = stepFinding(state, step);
    current.value = hit ? `第 ${hit.index + 1}/${hit.count} 个：${hit.finding.message}` : '未发现问题。';
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F8' || e.ctrlKey || e.metaKey || e.altKey || state.yearChange.pending.value) return;
      e.preventDefault();
      next(e.shiftKey ? -1 : 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state]);
  return (
    <div class="findings-bar" role="group" aria-label="检查结果摘要">
      <span class={`fb-count${errors ? ' has-errors' : ''}`} data-testid="findings-bar-summary">
        {errors} 个错误，{warnings} 个提醒
      </span>
      <button
        type="button"
        onClick={() => next(1)}
        disabled={errors + warnings === 0}
        aria-keyshortcuts="F8"
        title="F8：下一个；Shift+F8：上一个"
      >
        下一个<span class="fb-key">（F8）</span>
      </button>
      {!state.checksAsked.value && (
        <button type="button" onClick={() => state.askChecks()} title="新草稿中尚未填写的部分先作为提醒显示；点此按正式要求全面检查">
          全面检查
        </button>
      )}
      <PasteResult state={state} />
      <span class="fb-current" role="status">
        {current.value}
      </span>
    </div>
  );
}

/** The last paste's notice lives in the findings panel, which a narrow window puts below the report: this
    button brings it into view without covering the grid. */
function PasteResult({ state }: { state: EditorState }) {
  const notice = state.pasteNotice.value;
  if (!notice) return null;
  const show = () => {
    const el = document.querySelector<HTMLElement>('.paste-notice');
    el?.scrollIntoView?.({ block: 'nearest' });
    el?.focus();
  };
  return (
    <button type="button" class={notice.problems.length ? 'fb-paste has-problems' : 'fb-paste'} onClick={show}>
      粘贴结果{notice.problems.length ? `（${notice.problems.length} 处需核对）` : ''}
    </button>
  );
}
