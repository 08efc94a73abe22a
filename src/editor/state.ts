// The editor's state around one DraftSession: derived values and findings as computed signals (a keystroke
// recomputes only what depends on it), the undo history, refused entries, and the Excel-like cell modes.
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftSession } from '../store/session';
import type { FieldRef, Finding } from '../checks';
import { isConfirmed } from '../checks/finding-key';
import { checker, loadChecks } from '../checks/lazy';
import { getFormat, isInputKind, type FormatDef, type TableId, type ValueCellDef } from '../formats';
import { computeAll, parseValue, type Report } from '../model';
import { applyPaste, fillZeros, isBlockPaste, moveFrom, parseClipboardBlock, tableGeometry, type Direction } from './grid';
import { breakGroup, canRedo, canUndo, createHistory, record, redo, undo, type History } from './history';
import { planYearChange, type DroppedValue } from './year-change';

export interface Rejected {
  raw: string;
  message: string;
}

/** ready: the cell is selected (typing replaces it, arrows move); enter: typing after ready; edit: F2/double-click. */
export type CellMode = 'ready' | 'enter' | 'edit';

export type Mark = 'error' | 'warning' | 'empty';

export interface PasteNotice {
  table: TableId;
  summary: string;
  problems: string[];
}

export type FactField = 'agencyName' | 'dateWritten' | 'signature' | 'agencyLevel';

export type Facts = Pick<Report, 'agencyName' | 'year' | 'formatId' | 'dateWritten' | 'signature' | 'agencyLevel'>;

/** Two reports hold the same content (timestamps aside). */
export function sameContent(a: Report, b: Report): boolean {
  return a.agencyName === b.agencyName && a.year === b.year && a.formatId === b.formatId && a.dateWritten === b.dateWritten
    && a.signature === b.signature && a.agencyLevel === b.agencyLevel && a.scope === b.scope && a.sealed === b.sealed
    && JSON.stringify(a.confirmations) === JSON.stringify(b.confirmations) && JSON.stringify(a.dataNotes) === JSON.stringify(b.dataNotes)
    && JSON.stringify(a.texts) === JSON.stringify(b.texts) && sameRecord(a.values, b.values) && sameRecord(a.declaredTotals, b.declaredTotals);
}

function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== '');
  const kb = Object.keys(b).filter((k) => b[k] !== '');
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

export class EditorState {
  readonly report: ReadonlySignal<Report>;
  readonly format: ReadonlySignal<FormatDef>;
  /** Every cell's shown value: inputs as stored, totals computed. */
  readonly all: ReadonlySignal<Record<string, string>>;
  readonly findings: ReadonlySignal<Finding[]>;
  readonly cellMarks: ReadonlySignal<Map<string, Mark>>;
  readonly fieldMarks: ReadonlySignal<Map<FieldRef, Mark>>;
  /** The report's facts, a new object only when one of them changes (typing in a cell leaves them alone). */
  readonly facts: ReadonlySignal<Facts>;
  readonly rejected = signal<Record<string, Rejected>>({});
  /** Raw text of the cell being typed in, shown as typed until the edit ends (then shown canonical). */
  readonly draft = signal<{ key: string; raw: string } | null>(null);
  readonly pasteNotice = signal<PasteNotice | null>(null);
  readonly pendingYear = signal<{ next: Report; dropped: DroppedValue[] } | null>(null);
  readonly yearError = signal('');
  readonly notice = signal('');
  readonly undoable = signal(false);
  readonly redoable = signal(false);

  private history: History<Report>;
  private readonly inputs = new Map<string, HTMLInputElement>();
  private active: { key: string; mode: CellMode; original: string; seq: number } | null = null;
  private seq = 0;
  private readonly stopWatching: () => void;

  constructor(readonly session: DraftSession) {
    this.report = session.report;
    this.history = createHistory(session.report.value);
    this.format = computed(() => getFormat(this.report.value.formatId));
    this.all = computed(() => computeAll(this.format.value, this.report.value.values));
    void loadChecks();
    this.findings = computed(() => checker.value?.(this.report.value, session.previous.value) ?? []);
    this.cellMarks = computed(() => {
      const marks = new Map<string, Mark>();
      const confirmed = this.report.value.confirmations;
      for (const f of this.findings.value) {
        if (isConfirmed(f, confirmed)) continue; // 已核实: settled, no longer highlighted
        const mark: Mark = f.severity === 'error' ? 'error' : f.rule === 'C-R7' ? 'empty' : 'warning';
        for (const key of f.cells) marks.set(key, stronger(marks.get(key), mark));
      }
      return marks;
    });
    let lastFacts: Facts | null = null;
    this.facts = computed(() => {
      const r = this.report.value;
      const next: Facts = { agencyName: r.agencyName, year: r.year, formatId: r.formatId, dateWritten: r.dateWritten, signature: r.signature, agencyLevel: r.agencyLevel };
      if (lastFacts && (Object.keys(next) as (keyof Facts)[]).every((k) => lastFacts![k] === next[k])) return lastFacts;
      return (lastFacts = next);
    });
    // A report replaced from outside (the store reloading it) starts a new history: undo must not bring back
    // a snapshot this editor never showed over someone else's change.
    this.stopWatching = effect(() => {
      const r = this.report.value;
      if (r !== this.history.present && !sameContent(r, this.history.present)) {
        this.history = createHistory(r);
        this.syncFlags();
      }
    });
    this.fieldMarks = computed(() => {
      const marks = new Map<FieldRef, Mark>();
      const confirmed = this.report.value.confirmations;
      for (const f of this.findings.value) {
        if (isConfirmed(f, confirmed)) continue;
        for (const field of f.fields ?? []) marks.set(field, stronger(marks.get(field), f.severity));
      }
      return marks;
    });
  }

  dispose(): void {
    this.stopWatching();
  }

  get readOnly(): boolean {
    return this.session.readOnly.value;
  }

  // ---- changes -------------------------------------------------------------------------------

  /** Every change goes through here: one new Report per change, recorded for undo, refused when read-only. */
  commit(next: Report, group: string | null = null): boolean {
    if (this.readOnly) return false;
    const current = this.report.value;
    if (this.history.present !== current) this.history = { ...this.history, present: current, group: null };
    const stamped = { ...next, updatedAt: Date.now() };
    this.history = record(this.history, stamped, group, sameContent);
    // A grouped step that came back to where it started (typing undone by Esc) collapsed to the earlier snapshot.
    const shown = this.history.present === stamped ? stamped : { ...this.history.present, updatedAt: stamped.updatedAt };
    this.history = { ...this.history, present: shown };
    this.syncFlags();
    this.session.update(shown);
    return true;
  }

  endGroup(): void {
    this.history = breakGroup(this.history);
  }

  undo(): void {
    this.travel(undo(this.history));
  }

  redo(): void {
    this.travel(redo(this.history));
  }

  private travel(h: History<Report>): void {
    if (this.readOnly || h === this.history) return;
    const before = this.report.value;
    const next = { ...h.present, updatedAt: Date.now() };
    this.history = { ...h, present: next };
    batch(() => {
      this.session.update(next);
      this.forgetChanged(before, next);
      this.syncFlags();
    });
    if (this.active) this.active = { ...this.active, mode: 'ready', original: next.values[this.active.key] ?? '' };
    this.selectActive();
  }

  private syncFlags(): void {
    this.undoable.value = canUndo(this.history);
    this.redoable.value = canRedo(this.history);
  }

  /** Refused entries and the typing draft of cells whose value just changed under them are stale. */
  private forgetChanged(before: Report, after: Report): void {
    const rejected = { ...this.rejected.value };
    let changed = false;
    for (const key of Object.keys(rejected)) {
      if ((before.values[key] ?? '') !== (after.values[key] ?? '') || !(key in after.values || getFormat(after.formatId).cellsByKey.has(key))) {
        delete rejected[key];
        changed = true;
      }
    }
    if (changed) this.rejected.value = rejected;
    this.draft.value = null;
  }

  setFact(field: FactField, value: string, group = true): void {
    const r = this.report.value;
    if (r[field] === value) return;
    this.commit({ ...r, [field]: value } as Report, group ? `fact:${field}` : null);
  }

  setText(section: keyof Report['texts'], text: string): void {
    const r = this.report.value;
    if (r.texts[section] === text) return;
    this.commit({ ...r, texts: { ...r.texts, [section]: text } }, `text:${section}`);
  }

  /** Typed text of an input cell: stored when it parses, otherwise kept beside the cell with the reason. */
  typeInCell(def: ValueCellDef, raw: string, group: string | null): void {
    if (!isInputKind(def.kind)) return;
    const parsed = parseValue(raw, def.kind);
    const rejected = { ...this.rejected.value };
    if (!parsed.ok) {
      rejected[def.key] = { raw, message: parsed.message };
      this.rejected.value = rejected;
      return;
    }
    if (def.key in rejected) {
      delete rejected[def.key];
      this.rejected.value = rejected;
    }
    this.setCellValue(def.key, parsed.value, group);
  }

  setCellValue(key: string, value: string, group: string | null): void {
    const r = this.report.value;
    if ((r.values[key] ?? '') === value) return;
    const values = { ...r.values };
    if (value === '') delete values[key];
    else values[key] = value;
    this.commit({ ...r, values }, group);
  }

  fillZeros(): number {
    const r = this.report.value;
    const values = fillZeros(this.format.value, r.values, new Set(Object.keys(this.rejected.value)));
    const filled = Object.keys(values).filter((k) => (r.values[k] ?? '') !== values[k]).length;
    if (filled === 0) {
      this.notice.value = '没有需要填0的空白单元格。';
      return 0;
    }
    this.endGroup();
    this.commit({ ...r, values });
    this.notice.value = `已在 ${filled} 个空白单元格中填入0（可按 Ctrl+Z 撤销）。`;
    return filled;
  }

  paste(anchorKey: string, text: string): void {
    if (this.readOnly) return;
    const def = this.format.value.cellsByKey.get(anchorKey);
    if (!def) return;
    const r = this.report.value;
    const out = applyPaste(this.format.value, r.values, r.declaredTotals, anchorKey, parseClipboardBlock(text));
    this.endGroup();
    const changed = !sameRecord(out.values, r.values) || !sameRecord(out.declaredTotals, r.declaredTotals);
    if (changed) this.commit({ ...r, values: out.values, declaredTotals: out.declaredTotals });
    this.endGroup();
    // Pasted pieces replace whatever refused entry those cells showed.
    const rejected = { ...this.rejected.value };
    for (const key of out.touched) delete rejected[key];
    this.rejected.value = rejected;
    this.draft.value = null;
    const fmt = this.format.value;
    const totals = out.touched.filter((k) => fmt.cellsByKey.get(k)?.kind === 'total').length;
    const refused = out.problems.length;
    this.pasteNotice.value = {
      table: def.table,
      summary: `已粘贴到 ${out.accepted} 个单元格${totals ? `，并核对了 ${totals} 个自动计算的合计` : ''}。`
        + (refused ? `有 ${refused} 处未按原样填入，请核对：` : ''),
      problems: out.problems,
    };
    if (this.active) this.active = { ...this.active, mode: 'ready', original: this.report.value.values[this.active.key] ?? '' };
  }

  clearDeclaredTotal(key: string): void {
    const r = this.report.value;
    if (!(key in r.declaredTotals)) return;
    const declaredTotals = { ...r.declaredTotals };
    delete declaredTotals[key];
    this.endGroup();
    this.commit({ ...r, declaredTotals });
  }

  requestYear(text: string): void {
    this.yearError.value = '';
    const plan = planYearChange(this.report.value, text);
    if (!plan.ok) {
      this.yearError.value = plan.message;
      return;
    }
    if (plan.next.year === this.report.value.year) return;
    if (plan.dropped.length > 0) {
      this.pendingYear.value = plan;
      return;
    }
    this.endGroup();
    this.commit(plan.next);
  }

  confirmYear(): void {
    const pending = this.pendingYear.value;
    this.pendingYear.value = null;
    if (!pending) return;
    this.endGroup();
    this.commit({ ...pending.next, updatedAt: Date.now() });
    const rejected = { ...this.rejected.value };
    for (const key of Object.keys(rejected)) if (!this.format.value.cellsByKey.has(key)) delete rejected[key];
    this.rejected.value = rejected;
  }

  cancelYear(): void {
    this.pendingYear.value = null;
  }

  // ---- cells and focus -------------------------------------------------------------------------

  registerInput(key: string, el: HTMLInputElement | null): void {
    if (el) this.inputs.set(key, el);
    else this.inputs.delete(key);
  }

  focusCell(key: string): boolean {
    const el = this.inputs.get(key);
    if (!el) return false;
    el.focus();
    el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    return true;
  }

  /** What a cell shows: the draft while typing, a refused entry, or the value. */
  shown(key: string): string {
    const d = this.draft.value;
    if (d && d.key === key) return d.raw;
    return this.rejected.value[key]?.raw ?? this.all.value[key] ?? '';
  }

  onCellFocus(def: ValueCellDef): void {
    this.seq++;
    this.active = { key: def.key, mode: 'ready', original: this.report.value.values[def.key] ?? '', seq: this.seq };
    this.selectActive();
  }

  onCellBlur(def: ValueCellDef): void {
    if (this.active?.key === def.key) this.finishEdit();
    this.active = null;
  }

  onCellInput(def: ValueCellDef, el: HTMLInputElement, composing: boolean): void {
    if (!this.active || this.active.key !== def.key) this.onCellFocus(def);
    const active = this.active!;
    if (active.mode === 'ready') active.mode = 'enter';
    batch(() => {
      this.draft.value = { key: def.key, raw: el.value };
      if (!composing) this.typeInCell(def, el.value, `cell:${def.key}:${active.seq}`);
    });
  }

  onCellKeyDown(def: ValueCellDef, e: KeyboardEvent): void {
    if (e.isComposing || e.keyCode === 229) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (!this.active || this.active.key !== def.key) this.onCellFocus(def);
    const active = this.active!;
    const editing = active.mode === 'edit';
    const go = (dir: Direction): boolean => {
      const geo = tableGeometry(this.format.value.tables[def.table]);
      const target = moveFrom(geo, def.key, dir);
      this.finishEdit();
      if (target) this.focusCell(target);
      else this.selectActive();
      return target !== null;
    };
    switch (e.key) {
      case 'ArrowUp':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowRight':
        if (editing) return;
        e.preventDefault();
        go(({ ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' } as const)[e.key]);
        return;
      case 'Enter':
        e.preventDefault();
        go(e.shiftKey ? 'up' : 'down');
        return;
      case 'Tab': {
        const geo = tableGeometry(this.format.value.tables[def.table]);
        const target = moveFrom(geo, def.key, e.shiftKey ? 'prev' : 'next');
        this.finishEdit();
        if (target) {
          e.preventDefault();
          this.focusCell(target);
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
          this.clearDeclaredTotal(def.key);
          return;
        }
        this.clearRejected(def.key);
        this.endGroup();
        this.setCellValue(def.key, '', null);
        this.endGroup();
        this.draft.value = null;
        active.original = '';
        this.selectActive();
        return;
    }
  }

  onCellDoubleClick(def: ValueCellDef): void {
    if (!this.active || this.active.key !== def.key) this.onCellFocus(def);
    this.active!.mode = 'edit';
    this.caretToEnd();
  }

  onCellPaste(def: ValueCellDef, e: ClipboardEvent): void {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!isBlockPaste(text) && isInputKind(def.kind)) return; // one value: the input takes it as typing
    e.preventDefault();
    this.finishEdit();
    this.paste(def.key, text);
    this.selectActive();
  }

  /** Esc: back to the value before this edit; a refused entry is dropped. */
  private revert(def: ValueCellDef): void {
    const active = this.active;
    if (!active) return;
    this.clearRejected(def.key);
    if (isInputKind(def.kind) && (this.report.value.values[def.key] ?? '') !== active.original) {
      this.setCellValue(def.key, active.original, `cell:${def.key}:${active.seq}`);
    }
    this.draft.value = null;
    this.endGroup();
    this.seq++;
    this.active = { ...active, mode: 'ready', seq: this.seq };
    this.selectActive();
  }

  private clearRejected(key: string): void {
    if (!(key in this.rejected.value)) return;
    const rejected = { ...this.rejected.value };
    delete rejected[key];
    this.rejected.value = rejected;
  }

  private finishEdit(): void {
    this.draft.value = null;
    this.endGroup();
    if (this.active) {
      this.seq++;
      this.active = { ...this.active, mode: 'ready', original: this.report.value.values[this.active.key] ?? '', seq: this.seq };
    }
  }

  private selectActive(): void {
    const el = this.active && this.inputs.get(this.active.key);
    if (!el) return;
    // After the re-render that shows the canonical value.
    queueMicrotask(() => {
      if (document.activeElement === el && this.active?.mode === 'ready') el.select();
    });
    if (document.activeElement === el) el.select();
  }

  private caretToEnd(): void {
    const el = this.active && this.inputs.get(this.active.key);
    if (!el) return;
    const end = el.value.length;
    el.setSelectionRange(end, end);
  }

  cellMode(key: string): CellMode | null {
    return this.active?.key === key ? this.active.mode : null;
  }
}

function stronger(a: Mark | undefined, b: Mark): Mark {
  const rank = { empty: 0, warning: 1, error: 2 } as const;
  return a === undefined || rank[b] > rank[a] ? b : a;
}
