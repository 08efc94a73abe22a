// Changing 报告年度 from the editor: applied at once when no value would be lost, otherwise held for the
// clerk to confirm in a dialog that lists what the new format has no place for.
import { signal } from '@preact/signals';
import type { Report } from '../model';
import type { EditorState } from './state';
import { planYearChange, type DroppedValue } from './year-change';

export class YearChangeState {
  readonly pending = signal<{ next: Report; dropped: DroppedValue[] } | null>(null);
  readonly error = signal('');

  constructor(private readonly state: EditorState) {}

  request(text: string): void {
    this.error.value = '';
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
