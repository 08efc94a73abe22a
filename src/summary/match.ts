// Which unit a received report probably belongs to, by name only (its 单位名称, else the file name).
// Only a proposal: the clerk confirms every match, since the same name (「区财政局」) exists in many places.
import type { SummaryUnit } from '../store/summary-record';

/** Name as compared: no spaces, brackets or punctuation. */
export function comparableName(name: string): string {
  return name.replace(/[\s\u3000（）()【】[\]《》“”"'、，,.。·\-_—]/g, '');
}

/** The unit whose name equals the report's 单位名称, else the longest unit name found in it or in the file name. */
export function proposeUnit(units: readonly SummaryUnit[], agencyName: string, fileName: string): SummaryUnit | null {
  const agency = comparableName(agencyName);
  const file = comparableName(fileName.replace(/\.[^.]+$/, ''));
  if (agency) {
    const exact = units.find((u) => comparableName(u.name) === agency);
    if (exact) return exact;
  }
  let best: SummaryUnit | null = null;
  let bestLength = 0;
  for (const u of units) {
    const n = comparableName(u.name);
    if (n.length < 2 || n.length <= bestLength) continue;
    if ((agency.length >= 2 && (agency.includes(n) || n.includes(agency))) || file.includes(n)) {
      best = u;
      bestLength = n.length;
    }
  }
  return best;
}
