// The editor's state around one DraftSession: derived values and findings as computed signals (a keystroke
// recomputes only what depends on it), the undo history, refused entries and pastes. The cell cursor
// (modes, keys) lives in cell-cursor.ts, the paste's reading and wording in paste-action.ts.
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DraftSession } from '../store/session';
import type { FieldRef, Finding } from '../checks';
import { isConfirmed } from '../checks/finding-key';
import { checker, loadChecks } from '../checks/lazy';
import { getFormat, isInputKind, type FormatDef, type ValueCellDef } from '../formats';
import { computeAll, parseValue, type Report } from '../model';
import { CellCursor } from './cell-cursor';
import { cellViews, type CellViews } from './cell-signals';
import { cellMarksOf, fieldMarksOf, sameMapComputed, type Mark } from './marks';
import { calmFindings } from '../checks/calm';
import { checksAsked, rememberChecksAsked } from '../store/checks-asked';
import { cellFindingIdsFrom, listFindings, type ListedFindings } from './go-to-finding';
import { breakGroup, canRedo, canUndo, createHistory, record, redo, undo, type History } from './history';
import { deferFindings, type DeferredFindings } from './deferred-findings';
import type { PasteNotice } from './paste-action';
import { sameContent } from './same-content';
import { YearChangeState } from './year-state';

export { sameContent } from './same-content';
export type { CellMode } from './cell-cursor';
export type { PasteNotice } from './paste-action';

export interface Rejected {
  raw: string;
  message: string;
}

export type { Mark } from './marks';

export type FactField = 'agencyName' | 'dateWritten' | 'signature' | 'agencyLevel' | 'scope';

export type Facts = Pick<Report, 'agencyName' | 'year' | 'formatId' | 'dateWritten' | 'signature' | 'agencyLevel' | 'scope' | 'sealed'>;

export class EditorState {
  readonly report: ReadonlySignal<Report>;
  readonly format: ReadonlySignal<FormatDef>;
  /** Every cell's shown value: inputs as stored, totals computed. */
  readonly all: ReadonlySignal<Record<string, string>>;
  /** Every finding as the checks give it (the export decides on these). */
  readonly findings: ReadonlySignal<Finding[]>;
  /** The findings not settled by 已核实: what the export dialog lists. */
  readonly openFindings: ReadonlySignal<Finding[]>;
  /** The report's 已核实 records, a new object only when they change (typing leaves dependents alone). */
  readonly confirmations: ReadonlySignal<Report['confirmations']>;
  /** The findings run after the keystroke's frame; `checks.pending` says they are being brought up to date. */
  readonly checks: DeferredFindings;
  /** What the editor shows: until the clerk asks for checks, parts not yet written are reminders, not errors. */
  readonly shownFindings: ReadonlySignal<Finding[]>;
  readonly checksAsked: ReturnType<typeof signal<boolean>>;
  readonly cellMarks: ReadonlySignal<Map<string, Mark>>;
  /** The panel's order of the shown findings, with each item's key and element id. */
  readonly listedFindings: ReadonlySignal<ListedFindings>;
  /** Ids of the panel's findings about each cell, for the cell's aria-describedby. */
  readonly cellFindingIds: ReadonlySignal<Map<string, string>>;
  readonly fieldMarks: ReadonlySignal<Map<FieldRef, Mark>>;
  /** The report's facts, a new object only when one of them changes (typing in a cell leaves them alone). */
  readonly facts: ReadonlySignal<Facts>;
  readonly rejected = signal<Record<string, Rejected>>({});
  /** Raw text of the cell being typed in, shown as typed until the edit ends (then shown canonical). */
  readonly draft = signal<{ key: string; raw: string } | null>(null);
  readonly pasteNotice = signal<PasteNotice | null>(null);
  readonly notice = signal('');
  readonly undoable = signal(false);
  readonly redoable = signal(false);
  readonly cursor = new CellCursor(this);
  readonly cells: CellViews;
  readonly yearChange = new YearChangeState(this);

  private history: History<Report>;
  /** When each cell was last changed here (a counter): a finding's click goes to the most recent of its cells. */
  private readonly edited = new Map<string, number>();
  private editCount = 0;
  private readonly stopWatching: () => void;

  constructor(readonly session: DraftSession) {
    this.report = session.report;
    this.history = createHistory(session.report.value);
    this.format = computed(() => getFormat(this.report.value.formatId));
    this.all = computed(() => computeAll(this.format.value, this.report.value.values));
    void loadChecks();
    const input = () => ({ report: this.report.value, previous: session.previous.value, run: checker.value });
    this.checks = deferFindings(input, (i) => i.run?.(i.report, i.previous) ?? null);
    this.findings = this.checks.findings;
    this.confirmations = computed(() => this.report.value.confirmations);
    this.openFindings = computed(() => this.findings.value.filter((f) => !isConfirmed(f, this.confirmations.value)));
    this.checksAsked = signal(checksAsked(session.report.value.id));
    this.shownFindings = computed(() => (this.checksAsked.value ? this.findings.value : calmFindings(this.findings.value)));
    this.cellMarks = sameMapComputed(() => cellMarksOf(this.shownFindings.value, this.confirmations.value));
    this.listedFindings = computed(() => listFindings(this, this.shownFindings.value, this.confirmations.value));
    this.cellFindingIds = computed(() => cellFindingIdsFrom(this.listedFindings.value));
    let lastFacts: Facts | null = null;
    this.facts = computed(() => {
      const r = this.report.value;
      const next: Facts = {
        agencyName: r.agencyName,
        year: r.year,
        formatId: r.formatId,
        dateWritten: r.dateWritten,
        signature: r.signature,
        agencyLevel: r.agencyLevel,
        scope: r.scope,
        sealed: r.sealed,
      };
      if (lastFacts && (Object.keys(next) as (keyof Facts)[]).every((k) => lastFacts![k] === next[k])) return lastFacts;
      lastFacts = next;
      return next;
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
    this.fieldMarks = sameMapComputed(() => fieldMarksOf(this.shownFindings.value, this.confirmations.value));
    this.cells = cellViews(this);
  }

  dispose(): void {
    this.stopWatching();
    this.cells.dispose();
    this.checks.dispose();
  }

  get readOnly(): boolean {
    return this.session.readOnly.value;
  }

  /** The clerk asked for the full checks (the summary bar's button, or opening the export). */
  askChecks(): void {
    if (this.checksAsked.value) return;
    rememberChecksAsked(this.report.value.id);
    this.checksAsked.value = true;
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
    this.cursor.resetActive();
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
      if (
        (before.values[key] ?? '') !== (after.values[key] ?? '') ||
        !(key in after.values || getFormat(after.formatId).cellsByKey.has(key))
      ) {
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

  setSealed(sealed: boolean): void {
    const r = this.report.value;
    if (r.sealed !== sealed) this.commit({ ...r, sealed });
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
    if (!parsed.ok) {
      this.rejected.value = { ...this.rejected.value, [def.key]: { raw, message: parsed.message } };
      return;
    }
    this.clearRejected(def.key);
    this.setCellValue(def.key, parsed.value, group);
  }

  setCellValue(key: string, value: string, group: string | null): void {
    const r = this.report.value;
    if ((r.values[key] ?? '') === value) return;
    const values = { ...r.values };
    if (value === '') delete values[key];
    else values[key] = value;
    this.edited.set(key, ++this.editCount);
    this.commit({ ...r, values }, group);
  }

  /** Of a finding's cells, the one most likely wrong: the most recently edited here, else the first. */
  likelyWrong(cells: readonly string[]): string | undefined {
    let best = cells[0];
    let when = -1;
    for (const key of cells) {
      const t = this.edited.get(key) ?? -1;
      if (t > when) [best, when] = [key, t];
    }
    return best;
  }

  /** Cells just changed by something other than typing (a paste), for likelyWrong. */
  markEdited(keys: readonly string[]): void {
    for (const key of keys) this.edited.set(key, ++this.editCount);
  }

  /** Pasted pieces replace whatever refused entry those cells showed. */
  forgetRejected(keys: readonly string[]): void {
    const current = this.rejected.value;
    if (!keys.some((key) => key in current)) return; // no new object: the cells need not look again
    const rejected = { ...current };
    for (const key of keys) delete rejected[key];
    this.rejected.value = rejected;
  }

  clearDeclaredTotal(key: string): void {
    const r = this.report.value;
    if (!(key in r.declaredTotals)) return;
    const declaredTotals = { ...r.declaredTotals };
    delete declaredTotals[key];
    this.endGroup();
    this.commit({ ...r, declaredTotals });
  }

  // ---- cells -------------------------------------------------------------------------------------

  focusCell(key: string): boolean {
    return this.cursor.focus(key);
  }

  clearRejected(key: string): void {
    if (!(key in this.rejected.value)) return;
    const rejected = { ...this.rejected.value };
    delete rejected[key];
    this.rejected.value = rejected;
  }
}
