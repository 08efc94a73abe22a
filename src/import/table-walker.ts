// Walks the statutory label sequence of each table over the source's tokens, reading the values after each row label.
import type { FormatDef, TableCell, TableDef, TableId, ValueCellDef } from '../formats';
import { findLabel, valuesAbove, valuesFollow, type Span } from './label-find';
import { matchLabel, normaliseLabel } from './labels';
import { clip, type NoteSink } from './notes';
import { collectRowValues, splitGluedDigits, sumOfParts } from './row-values';
import { isEmpty, isValueText } from './value-text';

export interface Token {
  text: string;
  block: number;
  /** Serial number of the docx table row the cell belongs to; null for text (cells separated by tabs or lines). */
  row: number | null;
  where: string;
  used: boolean;
  /** Digits that were glued to the text before them (「规章007」). */
  glued?: boolean;
}

/** Walks the expected label sequence of each table over the tokens with one cursor, reading the values after each row label. */
export class TableWalker {
  private cursor = 0;
  private variants: { found: string; label: string; where: string }[] = [];

  constructor(
    private tokens: Token[],
    private format: FormatDef,
    private note: NoteSink,
    private put: (def: ValueCellDef, raw: string) => void,
  ) {}

  walk(tableId: TableId): void {
    const table = this.format.tables[tableId];
    const walkStart = this.cursor;
    const tableLabels = table.rows.flatMap((r) => r.flatMap((c) => (c.type === 'value' ? [] : [normaliseLabel(c.text)])));
    const fragment = (text: string) => {
      const own = normaliseLabel(text);
      return own !== '' && !/\d/.test(own) && tableLabels.some((l) => l.includes(own));
    };
    const find = (label: string, from: number, to: number, row = false) => findLabel(this.tokens, label, from, to, { row, fragment });
    let headerSeen = 0;
    let headerLabels = 0;
    for (const row of table.rows) {
      const labels = row.filter((c): c is Extract<TableCell, { type: 'label' | 'block' | 'note' }> => c.type !== 'value');
      const values = row
        .filter((c): c is Extract<TableCell, { type: 'value' }> => c.type === 'value')
        .map((c) => this.format.cellsByKey.get(c.key)!);
      if (values.length === 0) {
        // A header or block row: its labels right ahead of the cursor, if they are there.
        for (const label of labels) {
          headerLabels++;
          const at = find(label.text, this.cursor, this.windowEnd(labels.length + 4));
          if (at) {
            headerSeen++;
            this.take(at, label.text);
          }
        }
        continue;
      }
      const rowLabel = labels[labels.length - 1];
      if (rowLabel) {
        const at = find(rowLabel.text, this.cursor, this.tokens.length, true);
        if (!at) {
          this.note({
            level: 'doubt',
            cells: values.map((v) => v.key),
            message: `未能读到「${values[0]!.rowLabel}」这一行（原文可能写法不同或被拆散），该行留空，请对照原文填写。`,
          });
          continue;
        }
        // The group labels of the row (三、本年度办理结果, （三）不予公开) sit between the cursor and the row label.
        for (const label of labels.slice(0, -1)) {
          const g = find(label.text, this.cursor, at.start);
          if (g) this.take(g, label.text);
        }
        this.take(at, rowLabel.text);
        const labelBlock = this.tokens[at.end]!.block;
        const above =
          at.valuesAt === undefined && this.tokens[at.end]!.row === null && !valuesFollow(this.tokens, at.end, this.tokens.length)
            ? valuesAbove(this.tokens, at.start, fragment)
            : undefined;
        if (above !== undefined) at.valuesAt = above;
        if (at.valuesAt !== undefined) this.readValues(at.valuesAt, values, null, this.tokens[at.valuesAt]!.block);
        else this.readValues(at.end + 1, values, this.tokens[at.end]!.row, labelBlock);
      } else {
        // 表四: the value row has no label of its own; its values follow the header.
        if (headerLabels > 0 && headerSeen === 0) {
          this.note({
            level: 'doubt',
            cells: values.map((v) => v.key),
            message: `没有找到「${table.caption}」的表头，下面读到的数字请逐一核对。`,
          });
        }
        let start = this.cursor;
        while (
          start < this.tokens.length &&
          (this.tokens[start]!.used ||
            isEmpty(this.tokens[start]!.text) ||
            (this.tokens[start]!.row === null &&
              !isValueText(this.tokens[start]!.text) &&
              (isProse(this.tokens[start]!.text) || this.tokens[start]!.text.trim().split(/\s+/).every(fragment))))
        )
          start++;
        if (start >= this.tokens.length || !isValueText(this.tokens[start]!.text)) {
          this.note({ level: 'doubt', cells: values.map((v) => v.key), message: `没有读到「${table.caption}」的数字，该表留空。` });
          continue;
        }
        const row = this.tokens[start]!.row;
        if (row !== null) while (start > this.cursor && this.tokens[start - 1]!.row === row) start--;
        this.readValues(start, values, row, this.tokens[start]!.block);
      }
    }
    this.sweepFragments(walkStart, tableLabels);
    this.reportVariants(table);
  }

  /** The index up to which header labels are looked for: a few non-empty tokens ahead. */
  private windowEnd(count: number): number {
    let seen = 0;
    let i = this.cursor;
    while (i < this.tokens.length && seen < count) {
      if (!isEmpty(this.tokens[i]!.text)) seen++;
      i++;
    }
    return i;
  }

  private take(span: Span, label: string): void {
    let text = '';
    for (let i = span.start; i <= span.end; i++) {
      const t = this.tokens[i]!;
      if (i === span.valuesAt || t.used) continue;
      t.used = true;
      text += t.text;
    }
    const where = this.tokens[span.start]!.where;
    if (matchLabel(text, label) === 'variant') this.variants.push({ found: text.replace(/\s+/g, ''), label, where });
    this.cursor = Math.max(this.cursor, span.end + 1);
  }

  /** Label deviations of one table: one note each, or one note listing them all when there are many (1、 for 1. in every row). */
  private reportVariants(table: TableDef): void {
    const list = this.variants.splice(0);
    if (list.length <= 3) {
      for (const v of list)
        this.note({
          level: 'info',
          where: v.where,
          message: `表格中的「${v.found}」与法定格式「${v.label}」写法不同，已按「${v.label}」识别。`,
        });
      return;
    }
    this.note({
      level: 'info',
      where: list[0]!.where,
      message: `「${table.caption}」的表格中有 ${list.length} 处写法与法定格式不同，均已按法定格式识别：${list.map((v) => `「${v.found}」→「${v.label}」`).join('；')}。`,
    });
  }

  private readValues(start: number, defs: ValueCellDef[], row: number | null, labelBlock: number): void {
    const where = this.tokens[start]?.where ?? this.tokens[start - 1]?.where;
    const { pieces, from, end } = collectRowValues(this.tokens, start, defs, row, labelBlock);
    this.cursor = Math.max(this.cursor, end);
    const rowName = defs[0]!.rowLabel;
    const cells = defs.map((d) => d.key);
    // Nothing but empty cells (「行政许可 | ||||」): a row without numbers, not a row of the wrong length.
    if (pieces.every((p) => p === '')) {
      this.note({ level: 'info', where, cells, message: `「${rowName}」这一行没有数字，已留空。` });
      return;
    }
    const glued = this.tokens[from[0]!]!.glued ? splitGluedDigits(pieces, defs.length) : null;
    if (glued) {
      this.note({
        level: 'info',
        where,
        cells,
        message: `「${rowName}」的数字与文字连在一起（${pieces[0]}），每格一位数，已拆成 ${glued.join(' ')}，请核对。`,
      });
      for (const [k, def] of defs.entries()) this.put(def, glued[k]!);
      return;
    }
    const lastDef = defs[defs.length - 1]!;
    if (row === null && lastDef.kind === 'total' && pieces.length === defs.length + 1 && from[from.length - 1] !== from[from.length - 2]) {
      // 3269⏎7 under a row's numbers: one total wrapped in a narrow cell, taken only when it then equals the parts' sum.
      const [a, b] = pieces.slice(-2) as [string, string];
      if (sumOfParts(pieces.slice(0, -2)) === a + b) {
        this.note({
          level: 'info',
          where,
          message: `「${lastDef.ariaLabel}」「${a}」「${b}」分在两行，合起来 ${a + b} 与各项之和相符，已按 ${a + b} 读取。`,
        });
        pieces.splice(-2, 2, a + b);
        from.pop();
      }
    }
    if (pieces.length !== defs.length) {
      const together = this.tokens[from[0]!]!.glued ? '数字连在一起，' : '';
      this.note({
        level: 'doubt',
        where,
        cells,
        message: `「${rowName}」这一行应有 ${defs.length} 个数，读到 ${pieces.length} 个（${clip(pieces.join(' '), 60)}），${together}无法确定各数对应哪一格，该行留空，请手工填写。`,
      });
      return;
    }
    const lineOf = (k: number) => this.tokens[from[k]!]!.block;
    const aloneBelow =
      pieces.length > 2 &&
      lineOf(pieces.length - 1) !== lineOf(pieces.length - 2) &&
      pieces.slice(0, -1).every((_, k) => lineOf(k) === lineOf(0));
    if (row === null && lastDef.kind === 'total' && aloneBelow) {
      // A total on a line of its own: a number wrapped in a narrow cell (3269⏎7) must not become 7.
      const total = this.wrappedTotal(pieces, start, where);
      if (total === null) {
        this.note({
          level: 'doubt',
          where,
          cells: [lastDef.key],
          message: `「${lastDef.ariaLabel}」的数字不在这一行的其他数字旁边（读到「${pieces[pieces.length - 1]}」），可能被折行，已留空，请核对。`,
        });
        pieces[pieces.length - 1] = '';
      } else pieces[pieces.length - 1] = total;
    }
    for (const [k, def] of defs.entries()) this.put(def, pieces[k]!);
  }

  /** The row's total when it agrees with its parts, perhaps joined with an unused number just above the label. */
  private wrappedTotal(pieces: string[], start: number, where: string | undefined): string | null {
    const sum = sumOfParts(pieces.slice(0, -1));
    const last = pieces[pieces.length - 1]!;
    if (sum === null) return null;
    if (last === sum) return last;
    for (let i = start - 1; i >= Math.max(0, start - 6); i--) {
      const t = this.tokens[i]!;
      if (t.used || isEmpty(t.text) || !/^\d+$/.test(t.text.trim())) continue;
      if (t.text.trim() + last === sum) {
        t.used = true;
        this.note({
          level: 'info',
          where,
          message: `总计「${t.text.trim()}」「${last}」分在两行，合起来 ${sum} 与各项之和相符，已按 ${sum} 读取。`,
        });
        return sum;
      }
    }
    return null;
  }

  /** Fragments of this table's labels the walk passed over (a label set vertically, header words): not text to report. */
  private sweepFragments(from: number, labels: string[]): void {
    for (let i = from; i < this.cursor; i++) {
      const t = this.tokens[i]!;
      if (t.used || isEmpty(t.text) || /\d/.test(t.text)) continue;
      if (
        t.text
          .trim()
          .split(/\s+/)
          .every((part) => labels.some((l) => l.includes(normaliseLabel(part))))
      )
        t.used = true;
    }
  }
}

/** A sentence under the heading (「未出现…的情况。」): labels carry no such punctuation. */
const isProse = (text: string) => /[。，,；;]/.test(text);

export function unusedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.used) {
      if (run.length) runs.push(run);
      run = [];
    } else if (!isEmpty(t.text)) run.push(t);
  }
  if (run.length) runs.push(run);
  return runs;
}
