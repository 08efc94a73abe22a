// Turns the compact statutory descriptions (blocks, row groups, columns) into full tables:
// rows of cells with their merges, and the value cells in official reading order.
import type { FormatDef, FormatId, InputKind, LabelCell, SectionDef, TableCell, TableDef, TableId, ValueCellDef, ValueKind } from './types';

export interface Column {
  key: string;
  label: string;
  kind: ValueKind;
  colspan?: number;
}

/** 表二: blocks headed 第二十条第（X）项, each with a header row and value rows. */
export interface T2Block {
  heading: string;
  columns: Column[];
  rows: { key: string; label: string }[];
}

export function buildT2(caption: string, blocks: T2Block[], grid: number): TableDef {
  const rows: TableCell[][] = [];
  const cells: ValueCellDef[] = [];
  for (const block of blocks) {
    rows.push([{ type: 'block', text: block.heading, colspan: grid }]);
    rows.push([
      { type: 'label', text: '信息内容' },
      ...block.columns.map((c): LabelCell => withSpan({ type: 'label', text: c.label }, 1, c.colspan)),
    ]);
    for (const row of block.rows) {
      const rowIndex = rows.length;
      const tableRow: TableCell[] = [{ type: 'label', text: row.label }];
      let gridColumn = 1;
      for (const col of block.columns) {
        const key = `t2.${row.key}.${col.key}`;
        tableRow.push(withSpan({ type: 'value', key }, 1, col.colspan));
        cells.push({
          key,
          table: 't2',
          kind: col.kind,
          rowKey: row.key,
          colKey: col.key,
          rowLabel: `${block.heading} ${row.label}`,
          colLabel: col.label,
          ariaLabel: `${block.heading} ${row.label}，${col.label}`,
          rowIndex,
          gridColumn,
        });
        gridColumn += col.colspan ?? 1;
      }
      rows.push(tableRow);
    }
  }
  return { id: 't2', caption, grid, headerRows: 0, rows, cells };
}

/** 表三 result rows: a single row (label over two columns) or a group with numbered items. */
export type T3ResultGroup =
  | { key: string; label: string; kaiSuffix?: string; total?: boolean }
  | { label: string; items: { key: string; label: string }[] };

export interface T3Description {
  caption: string;
  note: string;
  applicantColumns: { key: string; label: string; lines?: string[] }[];
  topRows: { key: string; label: string }[];
  resultsLabel: string;
  resultGroups: T3ResultGroup[];
  bottomRows: { key: string; label: string }[];
}

const T3_TOTAL_COLUMN = 'total';

export function buildT3(d: T3Description): TableDef {
  const orgColumns = d.applicantColumns.slice(1);
  const rows: TableCell[][] = [
    [
      { type: 'note', text: d.note, rowspan: 3, colspan: 3 },
      { type: 'label', text: '申请人情况', colspan: 7 },
    ],
    [
      { type: 'label', text: d.applicantColumns[0]!.label, rowspan: 2 },
      { type: 'label', text: '法人或其他组织', colspan: orgColumns.length },
      { type: 'label', text: '总计', rowspan: 2 },
    ],
    orgColumns.map((c): LabelCell => (c.lines ? { type: 'label', text: c.label, lines: c.lines } : { type: 'label', text: c.label })),
  ];
  const columns = [
    ...d.applicantColumns.map((c, i) => ({ key: c.key, label: i === 0 ? c.label : `法人或其他组织·${c.label}`, short: c.label })),
    { key: T3_TOTAL_COLUMN, label: '总计', short: '总计' },
  ];
  const cells: ValueCellDef[] = [];
  const resultRowKeys: string[] = [];
  let totalRowKey = '';

  const valueRow = (rowKey: string, rowLabel: string, isTotalRow: boolean): TableCell[] => {
    const rowIndex = rows.length;
    return columns.map((col, i) => {
      const key = `t3.${rowKey}.${col.key}`;
      const isTotalCol = col.key === T3_TOTAL_COLUMN;
      const def: ValueCellDef = {
        key,
        table: 't3',
        kind: isTotalCol || isTotalRow ? 'total' : 'count',
        rowKey,
        colKey: col.key,
        rowLabel,
        colLabel: col.short,
        ariaLabel: `${rowLabel}，${col.label}`,
        rowIndex,
        gridColumn: 3 + i,
      };
      // The 总计 column sums its row; the （七）总计 row sums the result rows of its column.
      if (isTotalCol) def.parts = columns.filter((c) => c.key !== T3_TOTAL_COLUMN).map((c) => `t3.${rowKey}.${c.key}`);
      else if (isTotalRow) def.parts = resultRowKeys.map((r) => `t3.${r}.${col.key}`);
      cells.push(def);
      return { type: 'value', key };
    });
  };

  for (const top of d.topRows) rows.push([{ type: 'label', text: top.label, colspan: 3 }, ...valueRow(top.key, top.label, false)]);

  const resultRowCount = d.resultGroups.reduce((n, g) => n + ('items' in g ? g.items.length : 1), 0);
  let first = true;
  for (const group of d.resultGroups) {
    const lead: TableCell[] = first ? [{ type: 'label', text: d.resultsLabel, rowspan: resultRowCount }] : [];
    first = false;
    if ('items' in group) {
      group.items.forEach((item, i) => {
        const groupCell: TableCell[] = i === 0 ? [{ type: 'label', text: group.label, rowspan: group.items.length }] : [];
        resultRowKeys.push(item.key);
        rows.push([
          ...(i === 0 ? lead : []),
          ...groupCell,
          { type: 'label', text: item.label },
          ...valueRow(item.key, `${d.resultsLabel}${group.label} ${item.label}`, false),
        ]);
      });
    } else {
      if (group.total) totalRowKey = group.key;
      else resultRowKeys.push(group.key);
      const label: LabelCell = { type: 'label', text: group.label, colspan: 2 };
      if (group.kaiSuffix) label.kaiSuffix = group.kaiSuffix;
      rows.push([...lead, label, ...valueRow(group.key, `${d.resultsLabel}${group.label}`, group.total === true)]);
    }
  }
  if (!totalRowKey) throw new Error('表三 needs a total row');
  for (const bottom of d.bottomRows)
    rows.push([{ type: 'label', text: bottom.label, colspan: 3 }, ...valueRow(bottom.key, bottom.label, false)]);

  return { id: 't3', caption: d.caption, grid: 3 + columns.length, headerRows: 3, rows, cells };
}

/** 表四: 行政复议 and the two kinds of 行政诉讼, each four results and a 总计. */
export interface T4Description {
  caption: string;
  review: { key: string; label: string };
  litigationLabel: string;
  litigation: { key: string; label: string }[];
  results: { key: string; label: string }[];
  totalLabel: string;
  help: string;
}

export function buildT4(d: T4Description): TableDef {
  const groupWidth = d.results.length + 1;
  const resultLabels = (rowspan?: number): LabelCell[] =>
    [...d.results.map((r) => r.label), d.totalLabel].map((text) => withSpan({ type: 'label', text }, rowspan));
  const rows: TableCell[][] = [
    [
      { type: 'label', text: d.review.label, colspan: groupWidth },
      { type: 'label', text: d.litigationLabel, colspan: groupWidth * d.litigation.length },
    ],
    [...resultLabels(2), ...d.litigation.map((g): LabelCell => ({ type: 'label', text: g.label, colspan: groupWidth }))],
    d.litigation.flatMap(() => resultLabels()),
  ];
  const cells: ValueCellDef[] = [];
  const valueRow: TableCell[] = [];
  const groups = [{ ...d.review, path: d.review.label }, ...d.litigation.map((g) => ({ ...g, path: `${d.litigationLabel}·${g.label}` }))];
  for (const group of groups) {
    const parts = d.results.map((r) => `t4.${group.key}.${r.key}`);
    for (const col of [...d.results, { key: 'total', label: d.totalLabel }]) {
      const key = `t4.${group.key}.${col.key}`;
      const def: ValueCellDef = {
        key,
        table: 't4',
        kind: col.key === 'total' ? 'total' : 'count',
        rowKey: group.key,
        colKey: col.key,
        rowLabel: group.path,
        colLabel: col.label,
        ariaLabel: `${group.path}，${col.label}`,
        rowIndex: 3,
        gridColumn: cells.length,
      };
      if (col.key === 'total') def.parts = parts;
      cells.push(def);
      valueRow.push({ type: 'value', key });
    }
  }
  rows.push(valueRow);
  return { id: 't4', caption: d.caption, grid: cells.length, headerRows: 3, rows, cells, help: d.help };
}

export function assembleFormat(spec: {
  id: FormatId;
  notice: string;
  name: string;
  firstYear: number;
  lastYear?: number;
  sections: SectionDef[];
  tables: Record<TableId, TableDef>;
}): FormatDef {
  const cellsByKey = new Map<string, ValueCellDef>();
  for (const table of Object.values(spec.tables)) for (const cell of table.cells) cellsByKey.set(cell.key, cell);
  return { ...spec, cellsByKey };
}

function withSpan<T extends LabelCell | { type: 'value'; key: string }>(cell: T, rowspan?: number, colspan?: number): T {
  if (rowspan && rowspan > 1) (cell as { rowspan?: number }).rowspan = rowspan;
  if (colspan && colspan > 1) (cell as { colspan?: number }).colspan = colspan;
  return cell;
}

export const isInputKind = (kind: ValueKind): kind is InputKind => kind !== 'total';
