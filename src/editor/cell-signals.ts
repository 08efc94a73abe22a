// One signal per cell for a value every cell shows (its text, its mark), kept up to date by a single effect that
// compares the cells' new values with their signals. A keystroke then wakes only the cells whose value changed
// (the typed cell, its totals), not a computed in each of the 205 cells that would all re-run and compare.
import { effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Mark } from './marks';
import type { EditorState, Rejected } from './state';

export interface CellSignals<T> {
  /** The cell's signal (made on first use). */
  get(key: string): ReadonlySignal<T>;
  dispose(): void;
}

/** `sources` reads the signals the values come from; `cellValue` derives one cell's value from them (run untracked). */
export function cellSignals<S, T>(sources: () => S, cellValue: (sources: S, key: string) => T): CellSignals<T> {
  const cells = new Map<string, Signal<T>>();
  let latest: S;
  const stop = effect(() => {
    latest = sources();
    untracked(() => {
      for (const [key, cell] of cells) {
        const next = cellValue(latest, key);
        if (!Object.is(cell.peek(), next)) cell.value = next;
      }
    });
  });
  return {
    get(key) {
      let cell = cells.get(key);
      if (!cell) {
        cell = signal(untracked(() => cellValue(latest, key))); // a render reading this must not subscribe to the sources
        cells.set(key, cell);
      }
      return cell;
    },
    dispose: stop,
  };
}

/** What each value cell shows, one signal per cell for each part. */
export interface CellViews {
  /** The draft while typing, a refused entry, or the value (EditorState.shown). */
  readonly text: CellSignals<string>;
  readonly mark: CellSignals<Mark | undefined>;
  /** Ids of the panel's findings about the cell, for its aria-describedby. */
  readonly about: CellSignals<string | undefined>;
  readonly rejected: CellSignals<Rejected | undefined>;
  /** A total as the pasted or imported table declared it, when it differs from the computed one. */
  readonly declared: CellSignals<string | undefined>;
  dispose(): void;
}

export function cellViews(state: EditorState): CellViews {
  const views = {
    text: cellSignals(
      () => [state.draft.value, state.rejected.value, state.all.value],
      (_, key) => state.shown(key),
    ),
    mark: cellSignals(
      () => state.cellMarks.value,
      (marks, key) => marks.get(key),
    ),
    about: cellSignals(
      () => state.cellFindingIds.value,
      (ids, key) => ids.get(key),
    ),
    rejected: cellSignals(
      () => state.rejected.value,
      (rejected, key) => rejected[key],
    ),
    declared: cellSignals(
      () => state.report.value.declaredTotals,
      (declared, key) => declared[key],
    ),
  };
  return {
    ...views,
    dispose: () => {
      for (const view of Object.values(views)) view.dispose();
    },
  };
}
