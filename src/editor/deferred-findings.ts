// The full checks run after the keystroke's frame is painted: the cell's own feedback (its value, the totals)
// shows at once, the findings follow in the next task. While a run is pending the previous findings stay on
// screen but are flagged: `pending` is true and, if the wait lasts (`busy`), the findings panel is aria-busy and says
// 「检查中…」 (its list fades, see deferred-findings.css) — never stale marks shown as current.
import { batch, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import type { Finding } from '../checks';
import './deferred-findings.css';

export interface DeferredFindings {
  readonly findings: ReadonlySignal<Finding[]>;
  readonly pending: ReadonlySignal<boolean>;
  /**
   * `pending` once it has lasted BUSY_AFTER_MS: what the panel shows (aria-busy, 「检查中…」, the fading list).
   * A check that follows within a frame or two, as after every keystroke, then changes nothing on screen, so the
   * keystroke's frame restyles only the cell and its totals, not the panel.
   */
  readonly busy: ReadonlySignal<boolean>;
  /** Runs a pending check now (export, tests). */
  flush(): void;
  dispose(): void;
}

/** Runs `task` once, after the next frame is painted (at once in a hidden tab, where frames never come). */
function afterPaint(task: () => void): () => void {
  let stop = () => {};
  let done = false;
  const once = () => {
    if (done) return;
    stop();
    task();
  };
  if (typeof requestAnimationFrame !== 'function' || document.hidden) {
    const timer = setTimeout(once, 0);
    stop = () => {
      done = true;
      clearTimeout(timer);
    };
    return stop;
  }
  // A message posted from the frame callback runs right after that frame is painted (no timer clamping).
  const channel = new MessageChannel();
  channel.port1.onmessage = once;
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  // A tab hidden before its frame would never run the task: a timer catches that case.
  const fallback = setTimeout(once, 250);
  stop = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    channel.port1.onmessage = null;
  };
  return stop;
}

/**
 * `read` names the inputs (reading signals, cheap); `check` turns them into findings (the expensive part), or
 * null while the check engine is still loading (then the findings count as pending).
 * The first run is immediate, so a page opens with its findings; every later change of the inputs runs after paint.
 */
export const BUSY_AFTER_MS = 100;

export function deferFindings<T>(read: () => T, check: (input: T) => Finding[] | null): DeferredFindings {
  const findings = signal<Finding[]>([]);
  const pending = signal(false);
  const busy = signal(false);
  let busyTimer: ReturnType<typeof setTimeout> | undefined;
  const showBusy = (on: boolean) => {
    clearTimeout(busyTimer);
    busyTimer = undefined;
    if (!on) busy.value = false;
    else if (!busy.value) busyTimer = setTimeout(() => (busy.value = pending.value), BUSY_AFTER_MS);
  };
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
    showBusy(result === null);
  };

  const stop = effect(() => {
    latest = read();
    if (first) {
      first = false;
      const result = untracked(() => check(latest));
      findings.value = result ?? [];
      pending.value = result === null;
      untracked(() => showBusy(result === null));
      return;
    }
    pending.value = true;
    untracked(() => showBusy(true));
    cancel?.();
    cancel = afterPaint(run);
  });

  return {
    findings,
    pending,
    busy,
    flush: () => {
      if (cancel) run();
    },
    dispose: () => {
      stop();
      clearTimeout(busyTimer);
      cancel?.();
      cancel = null;
    },
  };
}
