// Undo/redo over whole snapshots (a Report is a few kB): simple, and every step restores exactly.
// Consecutive changes with the same group (typing in one cell or one text area) form one step.

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** Group of the step that produced `present`; null = the next change starts a new step. */
  readonly group: string | null;
}

/** Enough for a working session; older steps are forgotten first. */
export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], group: null };
}

/**
 * Records `next` as the new present. With the same non-null group as the last step, it replaces that step
 * instead of adding one; when the grouped step then equals the state before it (typing undone by Esc), it vanishes.
 */
export function record<T>(h: History<T>, next: T, group: string | null = null, same?: (a: T, b: T) => boolean): History<T> {
  if (group !== null && group === h.group && h.past.length > 0) {
    const before = h.past[h.past.length - 1]!;
    if (same?.(before, next)) return { past: h.past.slice(0, -1), present: before, future: [], group: null };
    return { past: h.past, present: next, future: [], group };
  }
  const past = [...h.past, h.present];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, present: next, future: [], group };
}

/** Ends the current group: the next change is a step of its own. */
export function breakGroup<T>(h: History<T>): History<T> {
  return h.group === null ? h : { ...h, group: null };
}

export function canUndo(h: History<unknown>): boolean {
  return h.past.length > 0;
}

export function canRedo(h: History<unknown>): boolean {
  return h.future.length > 0;
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future], group: null };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1), group: null };
}
