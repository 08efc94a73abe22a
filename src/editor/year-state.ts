// Changing 报告年度 from the editor: applied at once when no value would be lost, otherwise held for the
// clerk to confirm in a dialog that lists what the new format has no place for. The planning code loads when the
// 报告年度 field gets the focus (Facts), so it is there by the time a typed year is committed.
import { signal } from '@preact/signals';
import type { Report } from '../model';
import { loadFailed, loadOnce } from '../platform/load-once';
import type { EditorState } from './state';
import type { DroppedValue } from './year-change';

type Planner = typeof import('./year-change');
const planner = loadOnce(() => import('./year-change'));
export const loadYearPlanner = planner.load;

export class YearChangeState {
  readonly pending = signal<{ next: Report; dropped: DroppedValue[] } | null>(null);
  readonly error = signal('');

  constructor(private readonly state: EditorState) {}

  /**
   * Applied at once when the planner is there (the field's focus fetched it); otherwise once it has loaded, if
   * `stillWanted` then (the clerk has not typed another year meanwhile).
   */
  request(text: string, stillWanted: () => boolean = () => true): Promise<void> | undefined {
    this.error.value = '';
    if (planner.loaded) {
      this.apply(planner.loaded.planYearChange, text);
      return undefined;
    }
    return loadYearPlanner().then(
      (m) => {
        if (stillWanted()) this.apply(m.planYearChange, text);
      },
      () => {
        this.error.value = loadFailed('更改年度的功能', '年度未更改');
      },
    );
  }

  private apply(planYearChange: Planner['planYearChange'], text: string): void {
    const plan = planYearChange(this.state.report.value, text);
    if (!plan.ok) {
      this.error.value = plan.message;
      return;
    }
    if (plan.next.year === this.state.report.value.year) return;
    if (plan.dropped.length > 0) {
      this.pending.value = plan;
      return;
    }
    this.state.endGroup();
    this.state.commit(plan.next);
  }

  confirm(): void {
    const pending = this.pending.value;
    this.pending.value = null;
    if (!pending) return;
    this.state.endGroup();
    this.state.commit({ ...pending.next, updatedAt: Date.now() });
    const rejected = { ...this.state.rejected.value };
    for (const key of Object.keys(rejected)) if (!this.state.format.value.cellsByKey.has(key)) delete rejected[key];
    this.state.rejected.value = rejected;
  }

  cancel(): void {
    this.pending.value = null;
  }
}
