// The statutory formats as data. Everything that draws, checks, exports or imports a report
// reads these descriptions; no statutory label is typed anywhere else.

export type FormatId = '2019' | '2021';
export type TableId = 't2' | 't3' | 't4';
export type SectionId = 'overview' | 'proactive' | 'requests' | 'review' | 'problems' | 'other';
export type TextSectionId = 'overview' | 'problems' | 'other';

/** count: non-negative integer; signed: integer that may be negative (2019 本年增/减); money: exact decimal. */
export type InputKind = 'count' | 'signed' | 'money';
export type ValueKind = InputKind | 'total';

/** A label cell of the official table; `block` is a full-width 第二十条第（X）项 row, `note` the 勾稽 note. */
export interface LabelCell {
  type: 'label' | 'block' | 'note';
  text: string;
  rowspan?: number;
  colspan?: number;
  /** Where the official template breaks the label onto several lines (商业⏎企业). */
  lines?: string[];
  /** A trailing part the template sets in 楷体 (（二）部分公开's parenthesis). */
  kaiSuffix?: string;
}

export interface ValueCell {
  type: 'value';
  key: string;
  rowspan?: number;
  colspan?: number;
}

export type TableCell = LabelCell | ValueCell;

/** One value cell with everything the grid, the checks and the export need to know about it. */
export interface ValueCellDef {
  key: string;
  table: TableId;
  kind: ValueKind;
  /** Keys this total sums, when kind === 'total'. */
  parts?: string[];
  rowKey: string;
  colKey: string;
  /** Row label as a reader names it, e.g. 「三、本年度办理结果（三）不予公开 1.属于国家秘密」. */
  rowLabel: string;
  colLabel: string;
  /** Row and column named in full, for screen readers and tests (aria-label). */
  ariaLabel: string;
  /** Position in the table's rows (index into TableDef.rows) and in the grid. */
  rowIndex: number;
  gridColumn: number;
}

export interface TableDef {
  id: TableId;
  caption: string;
  grid: number;
  headerRows: number;
  rows: TableCell[][];
  /** Value cells in official reading order: row by row, left to right, totals included. */
  cells: ValueCellDef[];
  /** Help text shown with the table (a counting instruction of the official text). */
  help?: string;
}

export interface SectionDef {
  id: SectionId;
  heading: string;
  /** Text sections are edited as paragraphs; table sections hold one statutory table. */
  table?: TableId;
  /** The template's hint under the heading, shown as a placeholder. */
  hint?: string;
}

export interface FormatDef {
  id: FormatId;
  notice: string;
  name: string;
  /** First and last report year the format applies to (last undefined = still in force). */
  firstYear: number;
  lastYear?: number;
  sections: SectionDef[];
  tables: Record<TableId, TableDef>;
  /** Every value cell of the format, by key. */
  cellsByKey: ReadonlyMap<string, ValueCellDef>;
}
