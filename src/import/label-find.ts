// Finding a statutory label among the source's tokens: one cell, or (text from PDF and web copies) a label
// wrapped over several lines, perhaps around the line of its numbers, with a group label's fragments between.
import { matchLabel, normaliseLabel } from './labels';
import type { Token } from './table-walker';
import { isEmpty, isValueText } from './value-text';

export interface Span {
  start: number;
  end: number;
  /** A row label wrapped around its numbers: the token of the numbers, inside the span. */
  valuesAt?: number;
}

export interface FindOptions {
  /** A row label: it may end a longer text token (flattened copies) and wrap around its numbers. */
  row: boolean;
  /** Fragments of other labels of the table (a group label set beside the rows) that may sit between the parts. */
  fragment: (text: string) => boolean;
}

/** Label numbering ((3), 1.) is no value; anything else with digits before a label is. */
const hasValueDigits = (text: string) => /\d/.test(text.replace(/\(\d{1,2}\)|\d{1,2}\.(?!\d)/g, ''));

export function findLabel(tokens: Token[], label: string, from: number, to: number, options: FindOptions): Span | null {
  const wanted = normaliseLabel(label);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // A long paragraph is no label (nor a label ending a glued run, which is bounded below): skipped unread.
    if (t.used || t.text.length > label.length + 90 || isEmpty(t.text)) continue;
    if (matchLabel(t.text, label) !== 'none') return { start: i, end: i };
    if (isValueText(t.text)) continue;
    const own = normaliseLabel(t.text);
    // 「第二十条第（一）项信息内容…规章」 then 「007」: the row label ends a run of glued text.
    if (
      options.row &&
      wanted.length >= 2 &&
      own.length <= wanted.length + 60 &&
      own.endsWith(wanted) &&
      !hasValueDigits(own.slice(0, -wanted.length))
    ) {
      return { start: i, end: i };
    }
    if (t.row !== null || !wanted.startsWith(own)) continue;
    let joined = t.text;
    let valuesAt: number | undefined;
    for (let j = i + 1, parts = 1; j < to && parts < 4; j++) {
      const next = tokens[j]!;
      if (isEmpty(next.text)) continue;
      if (next.used || next.row !== null) break;
      if (isValueText(next.text)) {
        // The line of numbers the label wraps around (one line: its tab-separated pieces are tokens too).
        if (!options.row || (valuesAt !== undefined && tokens[valuesAt]!.block !== next.block)) break;
        if (valuesAt === undefined) {
          // Empty fields leading the line of numbers are its first (blank) cells (PDF grid lines keep them).
          let k = j;
          while (k - 1 > i && tokens[k - 1]!.block === next.block && tokens[k - 1]!.text === '') k--;
          valuesAt = k;
        }
        continue;
      }
      const longer = normaliseLabel(joined + next.text);
      if (!wanted.startsWith(longer) && matchLabel(joined + next.text, label) === 'none') {
        if (options.fragment(next.text)) continue;
        break;
      }
      joined += next.text;
      parts++;
      if (matchLabel(joined, label) !== 'none') return { start: i, end: j, valuesAt };
    }
  }
  return null;
}

export function valuesFollow(tokens: Token[], i: number, to: number): boolean {
  for (let j = i + 1; j < to; j++) {
    if (isEmpty(tokens[j]!.text) && tokens[j]!.block === tokens[i]!.block) continue;
    return isValueText(tokens[j]!.text);
  }
  return false;
}

/**
 * A row label alone on its line, its numbers on the line above (a label centred below them in a tall cell):
 * those numbers, but only when the previous row's tokens end right before them, so numbers of a row that
 * was not read are never moved to the next.
 */
export function valuesAbove(tokens: Token[], labelStart: number, fragment: (text: string) => boolean): number | undefined {
  let i = labelStart - 1;
  const skip = () => {
    while (i >= 0 && (isEmpty(tokens[i]!.text) || (!tokens[i]!.used && !isValueText(tokens[i]!.text) && fragment(tokens[i]!.text)))) i--;
  };
  skip();
  if (i < 0 || tokens[i]!.used || tokens[i]!.row !== null || !isValueText(tokens[i]!.text)) return undefined;
  const block = tokens[i]!.block;
  while (i > 0 && tokens[i - 1]!.block === block && (isValueText(tokens[i - 1]!.text) || isEmpty(tokens[i - 1]!.text))) i--;
  const first = i;
  i--;
  skip();
  return i >= 0 && tokens[i]!.used ? first : undefined;
}
