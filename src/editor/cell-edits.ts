// Edits of value cells beyond plain typing: Delete, Esc, typing on a computed total, 「空白单元格填0」.
// Each is one undo step of its own.
import { batch } from '@preact/signals';
import { isInputKind, type ValueCellDef } from '../formats';
import { fillZeros } from './grid';
import type { EditorState } from './state';

/** Text typed in a cell: shown as typed; stored (group non-null) when it parses, else kept with the reason. */
export function typed(state: EditorState, def: ValueCellDef, raw: string, group: string | null): void {
  batch(() => {
    state.draft.value = { key: def.key, raw };
    if (group !== null) state.typeInCell(def, raw, group);
  });
}

/** Delete on an input cell. */
export function clearCell(state: EditorState, key: string): void {
  state.clearRejected(key);
  state.endGroup();
  state.setCellValue(key, '', null);
  state.endGroup();
  state.draft.value = null;
}

/** Esc in a cell: back to `original`, the refused entry dropped. */
export function revertCell(state: EditorState, def: ValueCellDef, original: string, group: string): void {
  // One batch: the value, the refused entry and the draft reach the cells (and the checks) as one change.
  batch(() => {
    state.clearRejected(def.key);
    if (isInputKind(def.kind) && (state.report.value.values[def.key] ?? '') !== original) state.setCellValue(def.key, original, group);
    state.draft.value = null;
  });
  state.endGroup();
}

/** Typing on a computed total: nothing is stored, and the clerk is told why. */
export function computedTyped(state: EditorState, def: ValueCellDef): void {
  state.notice.value = `「${def.ariaLabel}」是自动计算的合计，不能直接填写；请修改它的各个分项。`;
}

export function fillBlankZeros(state: EditorState): number {
  const r = state.report.value;
  const values = fillZeros(state.format.value, r.values, new Set(Object.keys(state.rejected.value)));
  const filled = Object.keys(values).filter((k) => (r.values[k] ?? '') !== values[k]).length;
  if (filled === 0) {
    state.notice.value = '没有需要填0的空白单元格。';
    return 0;
  }
  state.endGroup();
  state.commit({ ...r, values });
  state.notice.value = `已在 ${filled} 个空白单元格中填入0（可按 Ctrl+Z 撤销）。`;
  return filled;
}
