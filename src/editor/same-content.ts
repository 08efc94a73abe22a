// Whether two snapshots of a report hold the same content (timestamps aside): the undo history and the
// store's reload both ask it.
import type { Report } from '../model';

export function sameContent(a: Report, b: Report): boolean {
  return (
    a.agencyName === b.agencyName &&
    a.year === b.year &&
    a.formatId === b.formatId &&
    a.dateWritten === b.dateWritten &&
    a.signature === b.signature &&
    a.agencyLevel === b.agencyLevel &&
    a.scope === b.scope &&
    a.sealed === b.sealed &&
    sameJson(a.confirmations, b.confirmations) &&
    sameJson(a.dataNotes, b.dataNotes) &&
    sameJson(a.texts, b.texts) &&
    sameRecord(a.values, b.values) &&
    sameRecord(a.declaredTotals, b.declaredTotals)
  );
}

/** The same object, as after typing in a cell, is not serialised: the texts of a full report run to kilobytes. */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Same entries, a blank value counting as absent. */
export function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  if (a === b) return true;
  const ka = Object.keys(a).filter((k) => a[k] !== '');
  const kb = Object.keys(b).filter((k) => b[k] !== '');
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
