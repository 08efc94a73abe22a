// One statutory table drawn like the official one (header rows, merges, labels verbatim), with an <input>
// per value cell in reading order. Each cell subscribes only to its own value and mark (cell-signals.ts).
import { useMemo } from 'preact/hooks';
import type { LabelCell, TableCell, TableDef, ValueCellDef } from '../formats';
import { LastYearValue } from './LastYearValue';
import { onCellPaste, preparePaste } from './paste-event';
import { RowHelp, trackFocus } from './RowHelp';
import type { EditorState } from './state';

export function StatTable({ state, table, caption }: { state: EditorState; table: TableDef; caption: string }) {
  const format = state.format.value;
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  return (
    <div class="table-block" onFocusIn={trackFocus}>
      <div class="table-wrap">
        <table class={`stat stat-${table.id}`} data-table={table.id}>
          <caption>{caption}</caption>
          <Columns table={table} />
          {head.length > 0 && (
            <thead>
              {head.map((row, i) => (
                <Row key={i} state={state} row={row} defs={format.cellsByKey} />
              ))}
            </thead>
          )}
          <tbody>
            {body.map((row, i) => (
              <Row key={i} state={state} row={row} defs={format.cellsByKey} head={isColumnHead(body, i)} />
            ))}
          </tbody>
        </table>
      </div>
      <RowHelp format={format} table={table.id} />
      {table.help && <p class="table-help">说明：{table.help}</p>}
    </div>
  );
}

/** Column widths that keep 表三's ten columns readable at 1366 px without scrolling. */
function Columns({ table }: { table: TableDef }) {
  const widths: string[] =
    table.id === 't3'
      ? ['2.2em', '6.2em', 'auto', ...Array<string>(7).fill('4.6em')]
      : table.id === 't4'
        ? Array<string>(table.grid).fill(`${100 / table.grid}%`)
        : ['auto', ...Array<string>(table.grid - 1).fill('9em')];
  return (
    <colgroup>
      {widths.map((w, i) => (
        <col key={i} style={w === 'auto' ? undefined : { width: w }} />
      ))}
    </colgroup>
  );
}

/** 表二's column headers sit under each block heading; they stay in view while that block's rows scroll. */
function isColumnHead(body: TableCell[][], i: number): boolean {
  const before = body[i - 1];
  return before !== undefined && before.length === 1 && before[0]!.type === 'block' && body[i]!.every((c) => c.type === 'label');
}

function Row({
  state,
  row,
  defs,
  head,
}: {
  state: EditorState;
  row: TableCell[];
  defs: ReadonlyMap<string, ValueCellDef>;
  head?: boolean;
}) {
  const isBlock = row.length === 1 && row[0]!.type === 'block';
  return (
    <tr class={isBlock ? 'row-block' : head ? 'row-head' : undefined}>
      {row.map((cell) => {
        if (cell.type === 'value') {
          const def = defs.get(cell.key)!;
          return (
            <td key={cell.key} rowSpan={cell.rowspan} colSpan={cell.colspan} class={`vcell${def.kind === 'total' ? ' vcell-total' : ''}`}>
              <CellInput state={state} def={def} />
            </td>
          );
        }
        return <Label key={cell.text} cell={cell} />;
      })}
    </tr>
  );
}

function Label({ cell }: { cell: LabelCell }) {
  const cls = cell.type === 'block' ? 'lbl-block' : cell.type === 'note' ? 'lbl-note kai' : 'lbl';
  let content: preact.ComponentChildren = cell.text;
  if (cell.lines) content = cell.lines.flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]));
  else if (cell.kaiSuffix && cell.text.endsWith(cell.kaiSuffix)) {
    content = (
      <>
        {cell.text.slice(0, -cell.kaiSuffix.length)}
        <span class="kai">{cell.kaiSuffix}</span>
      </>
    );
  }
  return (
    <th scope={cell.type === 'block' ? 'rowgroup' : undefined} rowSpan={cell.rowspan} colSpan={cell.colspan} class={cls}>
      {content}
    </th>
  );
}

function CellInput({ state, def }: { state: EditorState; def: ValueCellDef }) {
  const { cells } = state;
  const shown = cells.text.get(def.key);
  const mark = cells.mark.get(def.key);
  const about = cells.about.get(def.key);
  const rejected = cells.rejected.get(def.key);
  const readOnlySession = state.session.readOnly.value;
  const total = def.kind === 'total';
  const declared = total ? cells.declared.get(def.key) : null;
  const bad = rejected.value;
  const m = mark.value;
  const msgId = `msg-${def.key}`;
  const cls = ['cell', total && 'cell-total', m && `cell-${m}`, bad && 'cell-rejected'].filter(Boolean).join(' ');
  const on = useMemo(() => cellHandlers(state, def), [state, def]);
  return (
    <>
      <input
        class={cls}
        data-key={def.key}
        aria-label={def.ariaLabel}
        aria-invalid={bad || m === 'error' ? 'true' : undefined}
        aria-describedby={[bad && msgId, about.value].filter(Boolean).join(' ') || undefined}
        readOnly={total || readOnlySession}
        title={total ? '自动计算的合计，不能直接填写' : undefined}
        inputMode={def.kind === 'money' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellcheck={false}
        value={shown.value}
        {...on}
      />
      {bad && (
        <span id={msgId} class="cell-msg" role="alert">
          {bad.message}
        </span>
      )}
      <LastYearValue state={state} def={def} />
      {declared && declared.value !== undefined && (
        <span
          class="cell-declared"
          title={`粘贴或导入时原表填写的总计为 ${declared.value}，与按分项计算的结果不同。选中此格按 Delete 可清除。`}
        >
          原表{declared.value}
        </span>
      )}
    </>
  );
}

/**
 * A cell's ref and event handlers, made once per cell: a cell redrawn for its value or mark then changes only
 * those attributes, instead of swapping ten handlers and unregistering and registering its input again.
 */
function cellHandlers(state: EditorState, def: ValueCellDef) {
  return {
    ref: (el: HTMLInputElement | null) => state.cursor.register(def.key, el),
    onFocus: () => {
      state.cursor.onFocus(def);
      preparePaste();
    },
    onBlur: () => state.cursor.onBlur(def),
    onMouseDown: (e: MouseEvent) => {
      // Clicking selects the cell (typing then replaces it); double-click edits in place.
      const el = e.currentTarget as HTMLInputElement;
      if (document.activeElement !== el) {
        e.preventDefault();
        el.focus();
      } else if (state.cursor.mode(def.key) !== 'edit') e.preventDefault();
    },
    onDblClick: () => state.cursor.onDoubleClick(def),
    onInput: (e: Event) => state.cursor.onInput(def, e.currentTarget as HTMLInputElement, (e as InputEvent).isComposing === true),
    onCompositionStart: () => state.cursor.onCompositionStart(def),
    onCompositionEnd: (e: CompositionEvent) => state.cursor.onInput(def, e.currentTarget as HTMLInputElement, false),
    onKeyDown: (e: KeyboardEvent) => state.cursor.onKeyDown(def, e),
    onPaste: (e: ClipboardEvent) => onCellPaste(state, def, e),
  };
}
