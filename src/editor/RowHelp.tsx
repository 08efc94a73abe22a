// The counting rule of the focused row, quoted from the official text. Only the focus tracking is in the
// first load; the quotations and their view come with the first focus in a table (RowHelpNote).
import { signal } from '@preact/signals';
import type { FormatDef, TableId } from '../formats';

type View = typeof import('./RowHelpNote');

/** Key of the value cell that last took focus. */
export const focusedCell = signal<string | null>(null);
const view = signal<View | null>(null);

/** focusin handler of a table block: remembers the focused value cell. */
export function trackFocus(e: FocusEvent): void {
  const key = (e.target as HTMLElement | null)?.dataset?.key;
  if (!key) return;
  focusedCell.value = key;
  if (!view.value) void import('./RowHelpNote').then((m) => (view.value = m));
}

export function RowHelp({ format, table }: { format: FormatDef; table: TableId }) {
  const key = focusedCell.value;
  const def = key ? format.cellsByKey.get(key) : undefined;
  const v = view.value;
  return def && def.table === table && v ? <v.RowHelpNote format={format} def={def} /> : null;
}
