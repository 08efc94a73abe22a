// 「显示上年数」: last year's value in the corner of each cell (from session.previous, the draft of the same
// 单位 for the year before), and a chart of the main 表三 outcomes over the years in this browser (loaded
// when first shown, not on the first load).
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { getFormat, type ValueCellDef } from '../formats';
import { computeAll, type Report } from '../model';
import type { EditorState } from './state';

export const showLastYear = signal(false);

const allValues = new WeakMap<Report, Record<string, string>>();

function lastYearValues(prev: Report): Record<string, string> {
  const known = allValues.get(prev);
  if (known) return known;
  const all = computeAll(getFormat(prev.formatId), prev.values);
  allValues.set(prev, all);
  return all;
}

export function LastYearValue({ state, def }: { state: EditorState; def: ValueCellDef }) {
  if (!showLastYear.value) return null;
  const prev = state.session.previous.value;
  if (!prev) return null;
  const v = lastYearValues(prev)[def.key];
  if (v === undefined || v === '') return null;
  return <span class="cell-last">上年{v}</span>;
}

export function LastYearToggle({ state }: { state: EditorState }) {
  const prev = state.session.previous.value;
  const on = showLastYear.value;
  return (
    <button
      type="button"
      aria-pressed={on}
      disabled={!prev && !on}
      title={prev ? undefined : '没有同一单位上一年度的草稿'}
      onClick={() => (showLastYear.value = !on)}
    >
      {on ? '隐藏上年数' : '显示上年数'}
    </button>
  );
}

/** The chart, loaded the first time the toggle is on. */
export function LastYearPanel({ state }: { state: EditorState }) {
  const [Chart, setChart] = useState<typeof import('./TrendChart').TrendChart | null>(null);
  const on = showLastYear.value;
  useEffect(() => {
    if (on && !Chart) void import('./TrendChart').then((m) => setChart(() => m.TrendChart));
  }, [on, Chart]);
  if (!on || !Chart) return null;
  return <Chart report={state.report.value} />;
}
