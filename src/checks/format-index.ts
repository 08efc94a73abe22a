// Per-format lookups the rules need, built once per FormatDef (not per call: runChecks runs on every edit).
import type { FormatDef, SectionDef, TableId, TextSectionId, ValueCellDef } from '../formats';
import { cellLayout } from '../model';
import type { FieldRef } from './types';

export interface T3Column {
  colKey: string;
  /** How a message names the column. */
  name: string;
  /** 一、二、三（七）总计、四 of this column. */
  newCell: ValueCellDef;
  carried: ValueCellDef;
  results: ValueCellDef;
  carryover: ValueCellDef;
}

export interface T4Group {
  name: string;
  total: ValueCellDef;
  parts: ValueCellDef[];
}

export interface T2Row {
  rowKey: string;
  name: string;
  cells: Record<string, ValueCellDef>;
}

export interface TextSection {
  id: TextSectionId;
  heading: string;
  field: FieldRef;
}

export interface FormatIndex {
  format: FormatDef;
  inputs: Record<TableId, ValueCellDef[]>;
  /** Where each of `inputs` sits in YearData.cells (cellLayout), in the same order. */
  inputPositions: Record<TableId, number[]>;
  totals: Record<TableId, ValueCellDef[]>;
  captions: Record<TableId, string>;
  t3Columns: T3Column[];
  /** 总计-column cells of the （六）其他处理 rows (one row in 2019, three items in 2021). */
  t3OtherRows: ValueCellDef[];
  /** 总计-column cell of 2021 （六）3.其他; undefined in 2019. */
  t3Other3?: ValueCellDef;
  /** 「三、本年度办理结果（六）其他处理」as the format names it. */
  t3OtherGroupName: string;
  /** （七）总计 in the 总计 column. */
  t3ResultsTotal: ValueCellDef;
  t4Groups: T4Group[];
  /** 表二 rows by row key, with their cells by column key. */
  t2Rows: T2Row[];
  texts: TextSection[];
  sections: Record<string, SectionDef>;
}

const cache = new WeakMap<FormatDef, FormatIndex>();

export function indexOf(format: FormatDef): FormatIndex {
  let ix = cache.get(format);
  if (!ix) {
    ix = build(format);
    cache.set(format, ix);
  }
  return ix;
}

const TABLES: TableId[] = ['t2', 't3', 't4'];
const TEXT_FIELDS: Record<TextSectionId, FieldRef> = { overview: 'text:overview', problems: 'text:problems', other: 'text:other' };

/** The column as the reader sees it: ariaLabel is 「row，column」 with the column named in full. */
function longColumnLabel(cell: ValueCellDef): string {
  return cell.ariaLabel.slice(cell.rowLabel.length + 1);
}

function build(format: FormatDef): FormatIndex {
  const inputs = {} as Record<TableId, ValueCellDef[]>;
  const inputPositions = {} as Record<TableId, number[]>;
  const { position } = cellLayout(format);
  const totals = {} as Record<TableId, ValueCellDef[]>;
  const captions = {} as Record<TableId, string>;
  for (const t of TABLES) {
    const table = format.tables[t];
    inputs[t] = table.cells.filter((c) => c.kind !== 'total');
    inputPositions[t] = inputs[t].map((c) => position.get(c.key)!);
    totals[t] = table.cells.filter((c) => c.kind === 'total');
    captions[t] = table.caption;
  }
  const cell = (key: string): ValueCellDef => {
    const def = format.cellsByKey.get(key);
    if (!def) throw new Error(`format ${format.id} has no cell ${key}`);
    return def;
  };

  const t3 = format.tables.t3.cells;
  const colKeys = [...new Set(t3.map((c) => c.colKey))];
  const t3Columns = colKeys.map((colKey): T3Column => {
    const newCell = cell(`t3.new.${colKey}`);
    // 「其他」alone is ambiguous next to （六）其他处理: name it with its group (法人或其他组织·其他).
    const name = newCell.colLabel.length <= 2 && colKey !== 'total' && colKey !== 'natural' ? longColumnLabel(newCell) : newCell.colLabel;
    return {
      colKey,
      name,
      newCell,
      carried: cell(`t3.carried.${colKey}`),
      results: cell(`t3.results.${colKey}`),
      carryover: cell(`t3.carryover.${colKey}`),
    };
  });
  const resultsTotal = cell('t3.results.total');
  const t3OtherRows = t3.filter((c) => c.colKey === 'total' && /^other\d*$/.test(c.rowKey));
  const other3 = format.cellsByKey.get('t3.other3.total');
  // 2021 item rows read 「…（六）其他处理 1.…」: the group name is the part before the item.
  const t3OtherGroupName = t3OtherRows[0]!.rowLabel.split(' ')[0]!;

  const t4Groups = format.tables.t4.cells
    .filter((c) => c.kind === 'total')
    .map((total): T4Group => ({ name: total.rowLabel, total, parts: total.parts!.map(cell) }));

  const t2Rows: T2Row[] = [];
  for (const c of format.tables.t2.cells) {
    let row = t2Rows.find((r) => r.rowKey === c.rowKey);
    if (!row) {
      row = { rowKey: c.rowKey, name: c.rowLabel, cells: {} };
      t2Rows.push(row);
    }
    row.cells[c.colKey] = c;
  }

  const texts: TextSection[] = [];
  const sections: Record<string, SectionDef> = {};
  for (const s of format.sections) {
    sections[s.id] = s;
    if (!s.table) texts.push({ id: s.id as TextSectionId, heading: s.heading, field: TEXT_FIELDS[s.id as TextSectionId] });
  }

  return {
    format,
    inputs,
    inputPositions,
    totals,
    captions,
    t3Columns,
    t3OtherRows,
    t3OtherGroupName,
    t3ResultsTotal: resultsTotal,
    ...(other3 ? { t3Other3: other3 } : {}),
    t4Groups,
    t2Rows,
    texts,
    sections,
  };
}
