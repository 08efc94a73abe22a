// The counting rule of the focused row, quoted from the official text (src/formats/counting-notes.ts).
import { signal } from '@preact/signals';
import { countingNote, type FormatDef, type TableId } from '../formats';

/** Key of the value cell that last took focus. */
export const focusedCell = signal<string | null>(null);

/** focusin handler of a table block: remembers the focused value cell. */
export function trackFocus(e: FocusEvent): void {
  const key = (e.target as HTMLElement | null)?.dataset?.key;
  if (key) focusedCell.value = key;
}

export function RowHelp({ format, table }: { format: FormatDef; table: TableId }) {
  const key = focusedCell.value;
  const def = key ? format.cellsByKey.get(key) : undefined;
  if (!def || def.table !== table) return null;
  const note = countingNote(format.id, table, def.rowKey);
  if (!note) return null;
  return (
    <p class="row-help" role="note" aria-live="polite" data-testid="row-help">
      <strong>「{def.rowLabel}」怎么计：</strong><span class="kai">{note.text}</span>（{note.source}）
    </p>
  );
}
