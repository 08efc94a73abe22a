// The check engine loaded after the first render: the grid is editable at once and the findings follow a
// moment later (keeps the first load within its size budget). Import this module directly, not the index.
// It loads in two parts: the engine without the text rules, and the text rules once a draft has text (until
// then they could find nothing). While a needed part is loading the checker answers null: findings pending.
import { signal } from '@preact/signals';
import type { Report } from '../model';
import { loadFailed } from '../platform/load-once';
import type { Finding } from './types';

export type RunChecks = (report: Report, previous?: Report | null) => Finding[] | null;

/** null until the engine has loaded; replaced (so the findings rerun) when the text rules arrive. */
export const checker = signal<RunChecks | null>(null);
/** Set when a part of the engine could not be loaded (offline without its cached file): say so, in Chinese. */
export const checksLoadError = signal('');

const LOAD_FAILED = loadFailed('检查功能', '检查结果暂不可用');

let loading: Promise<RunChecks> | null = null;
let textLoading: Promise<void> | null = null;
let engine: typeof import('./engine') | null = null;

export function loadChecks(): Promise<RunChecks> {
  loading ??= import('./engine').then(
    (m) => {
      engine = m;
      const core = m.makeRunChecks(null);
      const run: RunChecks = (report, previous) => {
        if (!m.hasTexts(report)) return core(report, previous);
        loadTextChecks().catch(() => undefined); // said in checksLoadError
        return null;
      };
      if (!checker.value) checker.value = run;
      return run;
    },
    (e: unknown) => {
      loading = null;
      checksLoadError.value = LOAD_FAILED;
      throw e;
    },
  );
  return loading;
}

/** The text rules (and with them the complete engine); tests and a draft with text load them. */
export function loadTextChecks(): Promise<void> {
  textLoading ??= Promise.all([loadChecks(), import('./text-rules')]).then(
    ([, text]) => {
      checker.value = engine!.makeRunChecks(text);
      checksLoadError.value = '';
    },
    (e: unknown) => {
      textLoading = null; // the next change tries again
      checksLoadError.value = LOAD_FAILED;
      throw e;
    },
  );
  return textLoading;
}
