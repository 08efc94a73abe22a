// One open draft as the editor sees it. The store (src/store) provides sessions backed by IndexedDB;
// tests and the import preview use the in-memory one below.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Report } from '../model';
import type { CheckCounts } from './drafts';

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: number } | { state: 'error'; message: string };

export interface DraftSession {
  readonly report: ReadonlySignal<Report>;
  /** The previous year's draft of the same agency, for the cross-year checks (X-R*, C-R4). */
  readonly previous: ReadonlySignal<Report | null>;
  /** True when another tab changed this draft: the editor must not write. */
  readonly readOnly: ReadonlySignal<boolean>;
  readonly readOnlyReason: ReadonlySignal<string>;
  readonly saveStatus: ReadonlySignal<SaveStatus>;
  /** Replaces the report (the editor passes a new object per change); persistence is the session's job. */
  update(next: Report): void;
  /** The checks' counts for `forReport` (that very object): stored with it when it is saved, for 首页's list. */
  noteCheckCounts?(counts: CheckCounts, forReport: Report): void;
  /** Writes pending changes now (pagehide, leaving the editor). */
  flush(): Promise<void>;
  close(): void;
}

export function createMemorySession(initial: Report, previous: Report | null = null): DraftSession {
  const report = signal(initial);
  const readOnly = signal(false);
  return {
    report,
    previous: signal(previous),
    readOnly,
    readOnlyReason: computed(() => (readOnly.value ? '只读' : '')),
    saveStatus: signal<SaveStatus>({ state: 'idle' }),
    update(next) {
      report.value = next;
    },
    flush: async () => {},
    close() {},
  };
}
