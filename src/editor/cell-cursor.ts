// The Excel-like cursor of the value cells: which cell is active and in which mode, where Tab/Enter/arrows
// go (Tab and Enter skip computed totals; Enter after a run of Tabs returns to the column the run began in),
// and what typing does in each mode, including a Chinese input method composing from the first key.
import { isInputKind, type ValueCellDef } from '../formats';
import { moveFrom, cellAt, tableGeometry, type Direction, type TableGeometry } from './grid';
import { clearCell, computedTyped, revertCell, typed } from './cell-edits';
import type { EditorState } from './state';

/** ready: the cell is selected (typing replaces it, arrows move); enter: typing after ready; edit: F2/double-click. */
export type CellMode = 'ready' | 'enter' | 'edit';

export class CellCursor {
  private readonly inputs = new Map<string, HTMLInputElement>();
  private active: { key: string; mode: CellMode; original: string; seq: number } | null = null;
  private seq = 0;
  /** Where a run of Tabs began (Excel: Enter then goes to the next row in that column). */
  private tabRunStart: string | null = null;
  private moving = false;

  constructor(private readonly state: EditorState) {}

  register(key: string, el: HTMLInputElement | null): void {
    if (el) this.inputs.set(key, el);
    else this.inputs.delete(key);
  }

  focus(key: string): boolean {
    const el = this.inputs.get(key);
    if (!el) return false;
    el.focus();
    el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    return true;
  }

  mode(key: string): CellMode | null {
    return this.active?.key === key ? this.active.mode : null;
  }

  get activeKey(): string | null {
    return this.active?.key ?? null;
  }

  onFocus(def: ValueCellDef): void {
    this.seq++;
    this.active = { key: def.key, mode: 'ready', original: this.state.report.value.values[def.key] ?? '', seq: this.seq };
    if (!this.moving) this.tabRunStart = null;
    this.selectActive(true);
  }

  onBlur(def: ValueCellDef): void {
    if (this.active?.key === def.key) this.finishEdit();
    this.active = null;
  }

  /** An input method starts composing: the cell leaves 'ready' now, so nothing reselects it mid-composition. */
  onCompositionStart(def: ValueCellDef): void {
    if (!this.active || this.active.key !== def.key) this.onFocus(def);
    if (this.active!.mode === 'ready') this.active!.mode = 'enter';
  }

  onInput(def: ValueCellDef, el: HTMLInputElement, composing: boolean): void {
    if (!this.active || this.active.key !== def.key) this.onFocus(def);
    const active = this.active!;
    if (active.mode === 'ready') active.mode = 'enter';
    typed(this.state, def, el.value, composing ? null : `cell:${def.key}:${active.seq}`);
  }

  onKeyDown(def: ValueCellDef, e: KeyboardEvent): void {
    if (e.isComposing || e.keyCode === 229) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (!this.active || this.active.key !== def.key) this.onFocus(def);
    const active = this.active!;
    const editing = active.mode === 'edit';
    const geo = tableGeometry(this.state.format.value.tables[def.table]);
    switch (e.key) {
      case 'ArrowUp':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowRight':
        if (editing) return;
        e.preventDefault();
        this.go(moveFrom(geo, def.key, ({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[e.key]));
        return;
      case 'Enter': {
        e.preventDefault();
        const start = !e.shiftKey && this.tabRunStart ? this.tabRunStart : null;
        this.go(start ? belowInColumn(geo, def.key, start) : skipTotals(geo, def.key, e.shiftKey ? 'up' : 'down'));
        return;
      }
      case 'Tab': {
        const target = skipTotals(geo, def.key, e.shiftKey ? 'prev' : 'next');
        this.finishEdit();
        if (target) {
          e.preventDefault();
          const start = this.tabRunStart ?? def.key;
          this.move(target);
          this.tabRunStart = start;
        }
        return;
      }
      case 'Escape':
        e.preventDefault();
        this.revert(def);
        return;
      case 'F2':
        e.preventDefault();
        active.mode = 'edit';
        this.caretToEnd();
        return;
      case 'Delete':
        if (editing) return;
        e.preventDefault();
        if (!isInputKind(def.kind)) {
          this.state.clearDeclaredTotal(def.key);
          return;
        }
        clearCell(this.state, def.key);
        active.original = '';
        this.selectActive();
        return;
    }
    if (!isInputKind(def.kind) && e.key.length === 1) computedTyped(this.state, def);
  }

  onDoubleClick(def: ValueCellDef): void {
    if (!this.active || this.active.key !== def.key) this.onFocus(def);
    this.active!.mode = 'edit';
    this.caretToEnd();
  }

  /** Arrows and Enter: any Tab run ends here. */
  private go(target: string | null): void {
    this.finishEdit();
    this.tabRunStart = null;
    if (target) this.move(target);
    else this.selectActive();
  }

  private move(target: string): void {
    this.moving = true;
    try {
      this.focus(target);
    } finally {
      this.moving = false;
    }
  }

  /** Esc: back to the value before this edit; a refused entry is dropped. */
  private revert(def: ValueCellDef): void {
    const active = this.active;
    if (!active) return;
    revertCell(this.state, def, active.original, `cell:${def.key}:${active.seq}`);
    this.seq++;
    this.active = { ...active, mode: 'ready', seq: this.seq };
    this.selectActive();
  }

  /** Ends typing in the active cell: the next key starts a new undo step and replaces the value. */
  finishEdit(): void {
    this.state.draft.value = null;
    this.state.endGroup();
    if (this.active) {
      this.seq++;
      this.active = { ...this.active, mode: 'ready', original: this.state.report.value.values[this.active.key] ?? '', seq: this.seq };
    }
  }

  /** After the value under the cursor changed from outside the cell (undo, paste). */
  resetActive(): void {
    if (this.active) this.active = { ...this.active, mode: 'ready', original: this.state.report.value.values[this.active.key] ?? '' };
    this.selectActive();
  }

  /**
   * Selects the active cell's text after the re-render that shows its canonical value (setting an input's value
   * drops the selection), and also at once when `now` (on focus, where no re-render follows). Each select() lays
   * the page out, so a change (Esc, Delete, undo) selects once, not before and after its re-render.
   */
  selectActive(now = false): void {
    const el = this.active && this.inputs.get(this.active.key);
    if (!el) return;
    queueMicrotask(() => {
      // Reading the selection lays nothing out; select() does, so it runs only when the selection was lost.
      const whole = el.selectionStart === 0 && el.selectionEnd === el.value.length;
      if (document.activeElement === el && this.active?.mode === 'ready' && !whole) el.select();
    });
    if (now && document.activeElement === el) el.select();
  }

  private caretToEnd(): void {
    const el = this.active && this.inputs.get(this.active.key);
    if (!el) return;
    const end = el.value.length;
    el.setSelectionRange(end, end);
  }
}

/** Tab/Enter move like the arrows but pass over computed totals, which nobody types into. */
function skipTotals(geo: TableGeometry, key: string, dir: Direction): string | null {
  let target = moveFrom(geo, key, dir);
  while (target && geo.byKey.get(target)!.def.kind === 'total') target = moveFrom(geo, target, dir);
  return target;
}

/** Enter after Tabs: the first input cell below the current row, in the column where the Tab run began. */
function belowInColumn(geo: TableGeometry, key: string, startKey: string): string | null {
  const cur = geo.byKey.get(key)!;
  const start = geo.byKey.get(startKey);
  if (!start) return skipTotals(geo, key, 'down');
  for (const row of geo.valueRows) {
    if (row < cur.row + cur.rowspan) continue;
    const hit = cellAt(geo, row, start.col);
    if (hit && hit.def.kind !== 'total') return hit.def.key;
  }
  return null;
}
