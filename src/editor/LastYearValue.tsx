// 「显示上年数」: last year's value in the corner of each cell (from session.previous, the draft of the same
// 单位 for the year before), and a chart of the main 表三 outcomes over the years in this browser. Both load
// the first time the toggle is switched on (LastYearCorner.tsx, TrendChart.tsx), not on the first load.
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ValueCellDef } from '../formats';
import { loadFailed } from '../platform/load-once';
import type { EditorState } from './state';

export const showLastYear = signal(false);

type CornerProps = { state: EditorState; def: ValueCellDef };
const corner = signal<ComponentType<CornerProps> | null>(null);

/** A cell's corner: nothing until the toggle is on and its code has arrived. */
export function LastYearValue(props: CornerProps) {
  const Corner = showLastYear.value ? corner.value : null;
  return Corner ? <Corner {...props} /> : null;
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

/** The chart and the cells' corners, loaded the first time the toggle is on. */
export function LastYearPanel({ state }: { state: EditorState }) {
  const [Chart, setChart] = useState<typeof import('./TrendChart').TrendChart | null>(null);
  const on = showLastYear.value;
  useEffect(() => {
    if (!on || Chart) return;
    Promise.all([import('./TrendChart'), import('./LastYearCorner')]).then(
      ([chart, cells]) => {
        corner.value = cells.LastYearCorner;
        setChart(() => chart.TrendChart);
      },
      () => (state.notice.value = loadFailed('上年数')),
    );
  }, [on, Chart]);
  if (!on || !Chart) return null;
  return <Chart report={state.report.value} />;
}
