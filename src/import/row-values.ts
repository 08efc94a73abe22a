// Collecting the source pieces of one table row's values, and checking them before any cell receives one.
import type { ValueCellDef } from '../formats';
import type { Token } from './table-walker';
import { isEmpty, isValueText } from './value-text';

export interface RowPieces {
  pieces: string[];
  /** The token (line) each piece came from. */
  from: number[];
  /** First token after the row's values. */
  end: number;
}

const splitValues = (text: string) => text.trim().split(/[\s\u00a0\u3000]+/);

/**
 * Word or web tables: exactly the cells of this row, an empty cell an empty value.
 * Text: the value pieces up to the next label. An empty tab field on a line of the row is a blank cell
 * (web-table copies keep one per blank cell); empty lines only separate. A line that already gave the
 * whole row ends it, so numbers on the next line are never taken for this row.
 */
export function collectRowValues(tokens: Token[], start: number, defs: ValueCellDef[], row: number | null, labelBlock: number): RowPieces {
  const pieces: string[] = [];
  const from: number[] = [];
  let i = start;
  if (row !== null) {
    for (; i < tokens.length && tokens[i]!.row === row; i++) {
      tokens[i]!.used = true;
      pieces.push(tokens[i]!.text);
      from.push(i);
    }
  } else {
    let lineBlock = labelBlock;
    let lines = 0;
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.row !== null) break;
      if (isEmpty(t.text)) {
        if (t.block === lineBlock && t.text.length === 0 && pieces.length < defs.length) {
          pieces.push('');
          from.push(i);
        }
        continue;
      }
      if (!isValueText(t.text)) break;
      if (t.block !== lineBlock && lines === 1 && pieces.filter((p) => p !== '').length >= defs.length) break;
      if (t.block !== lineBlock)
        while (pieces.length > 0 && pieces[pieces.length - 1] === '') {
          pieces.pop();
          from.pop();
        }
      if (t.block !== lineBlock || lines === 0) lines++;
      lineBlock = t.block;
      t.used = true;
      for (const p of splitValues(t.text)) {
        pieces.push(p);
        from.push(i);
      }
    }
    while (i > start && isEmpty(tokens[i - 1]!.text)) i--;
  }
  // Surplus empties: covered cells of a merged label (web grids) lead, a trailing tab ends a line.
  while (pieces.length > defs.length && pieces[0] === '') {
    pieces.shift();
    from.shift();
  }
  while (pieces.length > defs.length && pieces[pieces.length - 1] === '') {
    pieces.pop();
    from.pop();
  }
  return { pieces, from, end: i };
}

/** Glued digits (「规章007」 for three columns): split only when each column gets exactly one digit. */
export function splitGluedDigits(pieces: string[], count: number): string[] | null {
  if (pieces.length !== 1 || count < 2) return null;
  const digits = pieces[0]!;
  return /^\d+$/.test(digits) && digits.length === count ? [...digits] : null;
}

/** Sum of the row's parts when all are whole numbers, as a string; null when any is not. */
export function sumOfParts(pieces: string[]): string | null {
  let sum = 0n;
  for (const p of pieces) {
    if (p === '') continue;
    if (!/^\d+$/.test(p)) return null;
    sum += BigInt(p);
  }
  return sum.toString();
}
