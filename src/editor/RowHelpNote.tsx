// The note RowHelp shows: the row's counting rule from src/formats/counting-notes.ts, with its source.
import { countingNote } from '../formats/counting-notes';
import type { FormatDef, ValueCellDef } from '../formats';
import './row-help.css';

export function RowHelpNote({ format, def }: { format: FormatDef; def: ValueCellDef }) {
  const note = countingNote(format.id, def.table, def.rowKey);
  if (!note) return null;
  return (
    <p class="row-help" role="note" aria-live="polite" data-testid="row-help">
      <strong>「{def.rowLabel}」怎么计：</strong>
      <span class="kai">{note.text}</span>（{note.source}）
    </p>
  );
}
