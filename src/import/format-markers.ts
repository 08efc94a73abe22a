// Which format (2019 or 2021) the source's tables use, voted by labels that only one format has.
import { FORMATS, type FormatDef, type FormatId } from '../formats';
import { normaliseLabel } from './labels';
import type { Token } from './table-walker';
import { isEmpty } from './value-text';

let markerCache: Record<FormatId, Set<string>> | null = null;

/** Labels that only one of the two formats has (本年制发件数, 政府集中采购, （六）'s items…), from src/formats. */
function formatMarkers(): Record<FormatId, Set<string>> {
  if (markerCache) return markerCache;
  const labelsOf = (f: FormatDef) => {
    const set = new Set<string>();
    for (const t of Object.values(f.tables))
      for (const row of t.rows) for (const c of row) if (c.type !== 'value') set.add(normaliseLabel(c.text));
    return set;
  };
  const a = labelsOf(FORMATS['2019']);
  const b = labelsOf(FORMATS['2021']);
  markerCache = { '2019': new Set([...a].filter((l) => !b.has(l))), '2021': new Set([...b].filter((l) => !a.has(l))) };
  return markerCache;
}

export function countFormatMarkers(tokens: Token[]): Record<FormatId, number> {
  const markers = formatMarkers();
  const votes: Record<FormatId, number> = { '2019': 0, '2021': 0 };
  for (const t of tokens) {
    if (isEmpty(t.text)) continue;
    const n = normaliseLabel(t.text);
    if (markers['2019'].has(n)) votes['2019']++;
    if (markers['2021'].has(n)) votes['2021']++;
  }
  return votes;
}
