// A paste into a value cell: what the clipboard holds (an HTML table from Word/WPS/web pages, or a
// spreadsheet's tab-separated text), laid on the table in one undo step, with a notice of what went where.
import { batch } from '@preact/signals';
import type { TableId } from '../formats';
import { htmlTableGrids } from '../table-input/html-grid';
import { isBlockPaste, parseClipboardBlock } from '../table-input/text-grid';
import { applyPaste } from './paste';
import type { Report } from '../model';
import { sameRecord } from './same-content';
import type { EditorState } from './state';
import './paste-notice.css';

export interface PasteNotice {
  table: TableId;
  summary: string;
  problems: string[];
  /** The report right after the paste: 撤销 applies while nothing else has changed since. */
  after: Report;
  /** Whether the paste changed anything (a paste that changed nothing has nothing to undo). */
  undoable: boolean;
}

/** The block a clipboard carries, or null for a single value (the input takes that as typing). */
export function clipboardBlock(data: { html: string; text: string }): string[][] | null {
  if (data.html && /<table/i.test(data.html)) {
    const grids = htmlTableGrids(data.html).filter((g) => g.length > 0);
    const biggest = grids.sort((a, b) => cellCount(b) - cellCount(a))[0];
    if (biggest && cellCount(biggest) > 1) return biggest;
  }
  return isBlockPaste(data.text) ? parseClipboardBlock(data.text) : null;
}

function cellCount(grid: string[][]): number {
  return grid.reduce((n, row) => n + row.length, 0);
}

export interface PasteResult {
  values: Record<string, string>;
  declaredTotals: Record<string, string>;
  touched: string[];
  notice: Omit<PasteNotice, 'after' | 'undoable'>;
}

/** Lays the block on the anchor's table and words the notice. */
export function planPaste(report: Report, format: Parameters<typeof applyPaste>[0], anchorKey: string, block: string[][]): PasteResult {
  const out = applyPaste(format, report.values, report.declaredTotals, anchorKey, block);
  const def = format.cellsByKey.get(anchorKey)!;
  const totals = out.touched.filter((k) => format.cellsByKey.get(k)?.kind === 'total').length;
  const inputs = out.acceptedKeys;
  const first = inputs[0] && format.cellsByKey.get(inputs[0])!.ariaLabel;
  const last = inputs.length > 1 ? format.cellsByKey.get(inputs[inputs.length - 1]!)!.ariaLabel : null;
  const where = !first ? '' : last ? `（从「${first}」到「${last}」）` : `（「${first}」）`;
  const how =
    out.placedBy === 'labels'
      ? `已按复制内容中的栏目名称对齐，粘贴到 ${out.accepted} 个单元格${where}${out.labelsSkipped ? `，跳过了 ${out.labelsSkipped} 个栏目名称` : ''}`
      : `已从所选单元格开始，粘贴到 ${out.accepted} 个单元格${where}`;
  const refused = out.problems.length + (out.capped ? 1 : 0);
  return {
    values: out.values,
    declaredTotals: out.declaredTotals,
    touched: out.touched,
    notice: {
      table: def.table,
      summary: `${how}${totals ? `，并核对了 ${totals} 个自动计算的合计` : ''}。${refused ? `以下内容未按原样填入，请核对：` : ''}`,
      problems: out.capped ? [out.capped, ...out.problems] : out.problems,
    },
  };
}

/** Lays a pasted block on the anchor's table as one undo step, and says what happened. */
export function pasteBlock(state: EditorState, anchorKey: string, block: string[][]): void {
  const format = state.format.value;
  if (state.readOnly || !format.cellsByKey.has(anchorKey)) return;
  const r = state.report.value;
  const plan = planPaste(r, format, anchorKey, block);
  const changed = !sameRecord(plan.values, r.values) || !sameRecord(plan.declaredTotals, r.declaredTotals);
  // One batch: the values, the refused entries and the typing draft reach the cells as one change, so the cells'
  // effects run once for the paste instead of once per signal (each run visits every cell of the report).
  batch(() => {
    state.endGroup();
    if (changed) state.commit({ ...r, values: plan.values, declaredTotals: plan.declaredTotals });
    state.endGroup();
    state.markEdited(plan.touched);
    state.forgetRejected(plan.touched);
    state.draft.value = null;
  });
  // After that batch (its effects scheduled the check): a paste is one act, not a run of keys, so its findings
  // paint in its own frame, together with the notice.
  batch(() => {
    state.checks.flush();
    state.pasteNotice.value = { ...plan.notice, after: state.report.value, undoable: changed };
  });
  state.cursor.resetActive();
}
