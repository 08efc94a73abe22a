// One signal per cell for a value every cell shows (its text, its mark), kept up to date by a single effect that
// compares the cells' new values with their signals. A keystroke then wakes only the cells whose value changed
// (the typed cell, its totals), not a computed in each of the 205 cells that would all re-run and compare; and after
// a check the marks' effects visit only the cells whose entry changed, not every cell.
import { effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Mark } from './marks';
import type { EditorState, Rejected } from './state';

export interface CellSignals<T> {
  /** The cell's signal (made on first use). */
  get(key: string): ReadonlySignal<T>;
  dispose(): void;
}

/**
 * `sources` reads the signals the values come from; `cellValue` derives one cell's value from them (run untracked).
 * `changedKeys`, when given, names the cells whose value may differ between two readings of the sources, so a
 * change visits those cells instead of every cell of the report.
 */
export function cellSignals<S, T>(
  sources: () => S,
  cellValue: (sources: S, key: string) => T,
  changedKeys?: (before: S, after: S) => Iterable<string>,
): CellSignals<T> {
  const cells = new Map<string, Signal<T>>();
  let latest: S;
  let read = false;
  const stop = effect(() => {
    const before = latest;
    latest = sources();
    untracked(() => {
      const keys = read && changedKeys ? changedKeys(before, latest) : cells.keys();
      read = true;
      for (const key of keys) {
        const cell = cells.get(key);
        if (!cell) continue;
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

/** Keys whose entry differs between two maps (added, removed or replaced). */
export function changedInMaps<V>(before: ReadonlyMap<string, V>, after: ReadonlyMap<string, V>): Set<string> {
  const out = new Set<string>();
  if (before === after) return out;
  for (const [key, v] of before) if (after.get(key) !== v) out.add(key);
  for (const [key, v] of after) if (before.get(key) !== v) out.add(key);
  return out;
}

interface TextSources {
  draft: EditorState['draft']['value'];
  rejected: Record<string, Rejected>;
  all: Record<string, string>;
}

/** What a cell shows: the draft while typing, a refused entry, or the value. */
export function shownText(s: TextSources, key: string): string {
  const refused = s.rejected[key];
  return s.draft && s.draft.key === key ? s.draft.raw : refused ? refused.raw : (s.all[key] ?? '');
}

/** What each value cell shows, one signal per cell for each part. */
export interface CellViews {
  /** The draft while typing, a refused entry, or the value (shownText). */
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
    text: cellSignals((): TextSources => ({ draft: state.draft.value, rejected: state.rejected.value, all: state.all.value }), shownText),
    mark: cellSignals(
      () => state.cellMarks.value,
      (marks, key) => marks.get(key),
      changedInMaps,
    ),
    about: cellSignals(
      () => state.cellFindingIds.value,
      (ids, key) => ids.get(key),
      changedInMaps,
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
