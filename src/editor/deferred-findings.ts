// The full checks run after the keystroke's frame is painted: the cell's own feedback (its value, the totals)
// shows at once, the findings follow in the next task. While a run is pending the previous findings stay on
// screen but are flagged: `pending` is true, the editor root carries data-checks="pending" (marks fade after a
// short delay, see deferred-findings.css) and the panel says 「检查中…」 — never stale marks shown as current.
import { batch, computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import type { Finding } from '../checks';
import './deferred-findings.css';

export interface DeferredFindings {
  readonly findings: ReadonlySignal<Finding[]>;
  readonly pending: ReadonlySignal<boolean>;
  /** 'pending' | 'current', bound straight to a DOM attribute (no component re-renders for it). */
  readonly status: ReadonlySignal<'pending' | 'current'>;
  /** Runs a pending check now (export, tests). */
  flush(): void;
  dispose(): void;
}

/** Runs `task` after the next frame is painted (at once in a hidden tab, where frames never come). */
function afterPaint(task: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function' || document.hidden) {
    const t = setTimeout(task, 0);
    return () => clearTimeout(t);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  // A tab hidden before its frame would never run the task: fall back to a timer.
  const fallback = setTimeout(task, 250);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}

/**
 * `read` names the inputs (reading signals, cheap); `check` turns them into findings (the expensive part), or
 * null while the check engine is still loading (then the findings count as pending).
 * The first run is immediate, so a page opens with its findings; every later change of the inputs runs after paint.
 */
export function deferFindings<T>(read: () => T, check: (input: T) => Finding[] | null): DeferredFindings {
  const findings = signal<Finding[]>([]);
  const pending = signal(false);
  let latest: T;
  let cancel: (() => void) | null = null;
  let first = true;

  const run = () => {
    cancel?.();
    cancel = null;
    const result = check(latest);
    batch(() => {
      if (result) findings.value = result;
      pending.value = result === null;
    });
  };

  const stop = effect(() => {
    latest = read();
    if (first) {
      first = false;
      const result = untracked(() => check(latest));
      findings.value = result ?? [];
      pending.value = result === null;
      return;
    }
    pending.value = true;
    cancel?.();
    cancel = afterPaint(run);
  });

  return {
    findings,
    pending,
    status: computed(() => (pending.value ? 'pending' : 'current')),
    flush: () => {
      if (cancel) run();
    },
    dispose: () => {
      stop();
      cancel?.();
      cancel = null;
    },
  };
}
