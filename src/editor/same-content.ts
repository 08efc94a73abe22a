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
    JSON.stringify(a.confirmations) === JSON.stringify(b.confirmations) &&
    JSON.stringify(a.dataNotes) === JSON.stringify(b.dataNotes) &&
    JSON.stringify(a.texts) === JSON.stringify(b.texts) &&
    sameRecord(a.values, b.values) &&
    sameRecord(a.declaredTotals, b.declaredTotals)
  );
}

/** Same entries, a blank value counting as absent. */
export function sameRecord(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== '');
  const kb = Object.keys(b).filter((k) => b[k] !== '');
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
