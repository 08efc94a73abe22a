// Finds where a pasted block sits on a statutory table by its own labels: every text in the block that reads
// as one of the table's labels votes for the offset that would put it on that label; the offset most texts
// agree on wins. Pure: the format data is the only reference.
import type { LabelCell, TableDef } from '../formats';
import { expandSpans, type GridSlot } from './spans';

export type OfficialSlot = { kind: 'label'; text: string } | { kind: 'value'; key: string };

const officialCache = new WeakMap<TableDef, (GridSlot<OfficialSlot> | undefined)[][]>();

/** The table as the official template lays it out: label and value cells with their merges. */
export function officialGrid(table: TableDef): (GridSlot<OfficialSlot> | undefined)[][] {
  let grid = officialCache.get(table);
  if (!grid) {
    grid = expandSpans(
      table.rows.map((row) =>
        row.map((cell) => ({
          item: cell.type === 'value' ? ({ kind: 'value', key: cell.key } as const) : ({ kind: 'label', text: labelText(cell) } as const),
          rowspan: cell.rowspan ?? 1,
          colspan: cell.colspan ?? 1,
        })),
      ),
    );
    officialCache.set(table, grid);
  }
  return grid;
}

function labelText(cell: LabelCell): string {
  return cell.lines ? cell.lines.join('') : cell.text;
}

const NUMBERING = /^(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d))\s*/;

/** A label as compared: numbering, brackets' width, spaces, line breaks, quotes and 釆/采 do not matter. */
export function normaliseLabel(text: string): string {
  let s = text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/釆/g, '采')
    .replace(/[\s\u00a0\u3000]+/g, '');
  for (let i = 0; i < 3 && NUMBERING.test(s); i++) s = s.replace(NUMBERING, '');
  return s.replace(/[“”"‘’'「」《》：:，,。.]/g, '');
}

/** Whether a pasted piece is meant as a number (or a blank mark), not as a label. */
export function looksNumeric(text: string): boolean {
  const t = text.trim();
  return t === '' || /^[-+−－—–/／\\]*[\d０-９,，.．\s]*$/.test(t) || t === '无';
}

export interface BlockOffset {
  /** Block position minus table position. */
  rows: number;
  cols: number;
  /** Weighted count of the block's texts that sit on their labels at this offset. */
  matched: number;
  /**
   * Row offset of each block row: its own, when the row carries a label the table holds once (so a block that
   * skips or adds a row still lands by label); else the row above's; else `rows`.
   */
  rowOffsets: number[];
}

/** The offset of a pasted block that carries the table's labels, or null when it carries none. */
export function locateByLabels(table: TableDef, block: string[][]): BlockOffset | null {
  const byText = new Map<string, { top: number; left: number }[]>();
  for (const line of officialGrid(table)) {
    for (const slot of line) {
      if (!slot?.origin || slot.item.kind !== 'label') continue;
      const key = normaliseLabel(slot.item.text);
      if (!key) continue;
      const list = byText.get(key) ?? [];
      list.push({ top: slot.top, left: slot.left });
      byText.set(key, list);
    }
  }
  const votes = new Map<string, number>();
  block.forEach((pieces, r) => {
    pieces.forEach((piece, c) => {
      if (looksNumeric(piece)) return;
      const places = byText.get(normaliseLabel(piece)) ?? [];
      // A label the table holds once says more than 「其他」, which it holds in several places.
      const weight = places.length === 1 ? 2 : 1;
      for (const at of places) {
        const key = `${r - at.top},${c - at.left}`;
        votes.set(key, (votes.get(key) ?? 0) + weight);
      }
    });
  });
  let best: BlockOffset | null = null;
  let tie = false;
  for (const [key, n] of votes) {
    const [rows, cols] = key.split(',').map(Number) as [number, number];
    if (!best || n > best.matched) {
      best = { rows, cols, matched: n, rowOffsets: [] };
      tie = false;
    } else if (n === best.matched) tie = true;
  }
  if (!best || tie || best.matched < 2) return null;
  const found = best;
  let carried = found.rows;
  found.rowOffsets = block.map((pieces, r) => {
    for (let c = pieces.length - 1; c >= 0; c--) {
      const piece = pieces[c]!;
      if (looksNumeric(piece)) continue;
      const places = byText.get(normaliseLabel(piece)) ?? [];
      if (places.length === 1 && c - places[0]!.left === found.cols) return (carried = r - places[0]!.top);
    }
    return carried;
  });
  return found;
}
