// Walks the statutory label sequence of each table over the source's tokens, reading the values after each row label.
import type { FormatDef, TableCell, TableDef, TableId, ValueCellDef } from '../formats';
import { matchLabel, normaliseLabel } from './labels';
import { clip, type NoteSink } from './notes';
import { isEmpty, isValueText } from './value-text';

export interface Token {
  text: string;
  block: number;
  /** Serial number of the docx table row the cell belongs to; null for text (cells separated by tabs or lines). */
  row: number | null;
  where: string;
  used: boolean;
}

interface Span { start: number; end: number }

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
    let headerSeen = 0;
    let headerLabels = 0;
    for (const row of table.rows) {
      const labels = row.filter((c): c is Extract<TableCell, { type: 'label' | 'block' | 'note' }> => c.type !== 'value');
      const values = row.filter((c): c is Extract<TableCell, { type: 'value' }> => c.type === 'value').map((c) => this.format.cellsByKey.get(c.key)!);
      if (values.length === 0) {
        // A header or block row: its labels right ahead of the cursor, if they are there.
        for (const label of labels) {
          headerLabels++;
          const at = this.find(label.text, this.cursor, this.windowEnd(labels.length + 4));
          if (at) {
            headerSeen++;
            this.take(at, label.text);
          }
        }
        continue;
      }
      const rowLabel = labels[labels.length - 1];
      if (rowLabel) {
        const at = this.find(rowLabel.text, this.cursor, this.tokens.length);
        if (!at) {
          this.note({
            level: 'doubt', cells: values.map((v) => v.key),
            message: `没有找到「${values[0]!.rowLabel}」这一行，该行留空。`,
          });
          continue;
        }
        // The group labels of the row (三、本年度办理结果, （三）不予公开) sit between the cursor and the row label.
        for (const label of labels.slice(0, -1)) {
          const g = this.find(label.text, this.cursor, at.start);
          if (g) this.take(g, label.text);
        }
        this.take(at, rowLabel.text);
        this.readValues(at.end + 1, values, this.tokens[at.end]!.row);
      } else {
        // 表四: the value row has no label of its own; its values follow the header.
        if (headerLabels > 0 && headerSeen === 0) {
          this.note({ level: 'doubt', cells: values.map((v) => v.key), message: `没有找到「${table.caption}」的表头，下面读到的数字请逐一核对。` });
        }
        let start = this.cursor;
        while (start < this.tokens.length && isEmpty(this.tokens[start]!.text)) start++;
        if (start >= this.tokens.length || !isValueText(this.tokens[start]!.text)) {
          this.note({ level: 'doubt', cells: values.map((v) => v.key), message: `没有读到「${table.caption}」的数字，该表留空。` });
          continue;
        }
        const row = this.tokens[start]!.row;
        if (row !== null) while (start > this.cursor && this.tokens[start - 1]!.row === row) start--;
        this.readValues(start, values, row);
      }
    }
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

  /** The label at or after `from`: one token, or (pasted text) a label wrapped over up to three lines. */
  private find(label: string, from: number, to: number): Span | null {
    const wanted = normaliseLabel(label);
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (t.used || isEmpty(t.text)) continue;
      if (matchLabel(t.text, label) !== 'none') return { start: i, end: i };
      if (t.row !== null || isValueText(t.text) || !wanted.startsWith(normaliseLabel(t.text))) continue;
      let joined = t.text;
      for (let j = i + 1, parts = 1; j < to && parts < 3; j++) {
        const next = this.tokens[j]!;
        if (isEmpty(next.text)) continue;
        if (next.used || next.row !== null || isValueText(next.text)) break;
        joined += next.text;
        parts++;
        if (matchLabel(joined, label) !== 'none') return { start: i, end: j };
        if (!wanted.startsWith(normaliseLabel(joined))) break;
      }
    }
    return null;
  }

  private take(span: Span, label: string): void {
    let text = '';
    for (let i = span.start; i <= span.end; i++) {
      const t = this.tokens[i]!;
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
      for (const v of list) this.note({ level: 'info', where: v.where, message: `表格中的「${v.found}」与法定格式「${v.label}」写法不同，已按「${v.label}」识别。` });
      return;
    }
    this.note({
      level: 'info', where: list[0]!.where,
      message: `「${table.caption}」的表格中有 ${list.length} 处写法与法定格式不同，均已按法定格式识别：${list.map((v) => `「${v.found}」→「${v.label}」`).join('；')}。`,
    });
  }

  private readValues(start: number, defs: ValueCellDef[], row: number | null): void {
    const pieces: string[] = [];
    const where = this.tokens[start]?.where ?? this.tokens[start - 1]?.where;
    let i = start;
    if (row !== null) {
      // A Word table: exactly the cells of this row; an empty cell is an empty value.
      for (; i < this.tokens.length && this.tokens[i]!.row === row; i++) {
        this.tokens[i]!.used = true;
        pieces.push(this.tokens[i]!.text);
      }
      while (pieces.length > defs.length && isEmpty(pieces[pieces.length - 1]!)) pieces.pop();
    } else {
      // Pasted text: the value pieces up to the next label; empty lines separate, they are not cells.
      for (; i < this.tokens.length; i++) {
        const t = this.tokens[i]!;
        if (t.row !== null) break;
        if (isEmpty(t.text)) continue;
        if (!isValueText(t.text)) break;
        t.used = true;
        pieces.push(...t.text.trim().split(/[\s\u00a0\u3000]+/));
      }
      while (i > start && isEmpty(this.tokens[i - 1]!.text)) i--;
    }
    this.cursor = Math.max(this.cursor, i);
    const rowName = defs[0]!.rowLabel;
    if (pieces.length === defs.length) {
      defs.forEach((def, k) => this.put(def, pieces[k]!));
      return;
    }
    if (pieces.length === 0 || (row === null && pieces.every((p) => isEmpty(p)))) {
      this.note({ level: 'info', where, cells: defs.map((d) => d.key), message: `「${rowName}」这一行没有数字，已留空。` });
      return;
    }
    this.note({
      level: 'doubt', where, cells: defs.map((d) => d.key),
      message: `「${rowName}」这一行应有 ${defs.length} 个数，读到 ${pieces.length} 个（${clip(pieces.join(' '), 60)}），无法确定各数对应哪一格，该行留空，请手工填写。`,
    });
  }
}


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
