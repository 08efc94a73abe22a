// Last year's value in the corner of a cell, loaded with the chart the first time 「显示上年数」 is switched on
// (LastYearValue.tsx): until then no cell shows it, so the editor's first load does without it.
import { getFormat, type ValueCellDef } from '../formats';
import { computeAll, type Report } from '../model';
import type { EditorState } from './state';

const allValues = new WeakMap<Report, Record<string, string>>();

function lastYearValues(prev: Report): Record<string, string> {
  const known = allValues.get(prev);
  if (known) return known;
  const all = computeAll(getFormat(prev.formatId), prev.values);
  allValues.set(prev, all);
  return all;
}

export function LastYearCorner({ state, def }: { state: EditorState; def: ValueCellDef }) {
  const prev = state.session.previous.value;
  if (!prev) return null;
  const v = lastYearValues(prev)[def.key];
  if (v === undefined || v === '') return null;
  return <span class="cell-last">上年{v}</span>;
}
