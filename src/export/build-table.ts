// One statutory table as a docx Table. Labels come from the format description (src/formats): none is typed here.
// Every cell paragraph carries its size on the paragraph mark too (the end-of-cell mark counts in the row height:
// without it a blank row is one 三号 line tall) and uses the 表格文字 style, which keeps it off the character grid.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell as DocxCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { LabelCell, TableCell, TableDef } from '../formats';
import { STYLE } from './docx-parts';
import { CELL_MARGIN, COLUMN_WIDTHS, FONT, SIZE, TEXT_WIDTH, labelAlignment } from './layout';
import { cleanText } from './sanitize';
import { placeCells } from './table-grid';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

export function fontOf(eastAsia: string, latin: string = FONT.latin) {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

export function run(text: string, font: string, size: number, extra: { break?: number } = {}): TextRun {
  return new TextRun({ text: cleanText(text), font: fontOf(font), size, ...extra });
}

/** 表二 fits in 五号; 表三 (10 columns) and 表四 (15 columns) need 小五 to fit the 156 mm text width. */
export const tableTextSize = (table: TableDef): number => (table.id === 't2' ? SIZE.table : SIZE.tableSmall);

function labelRuns(cell: LabelCell, size: number): TextRun[] {
  // The 勾稽 note is set in 楷体 (S1, S6); so is （二）部分公开's parenthesis (S6).
  if (cell.type === 'note') return [run(cell.text, FONT.kai, size)];
  if (cell.lines) return cell.lines.map((line, i) => run(line, FONT.song, size, i > 0 ? { break: 1 } : {}));
  if (cell.kaiSuffix && cell.text.endsWith(cell.kaiSuffix)) {
    return [run(cell.text.slice(0, cell.text.length - cell.kaiSuffix.length), FONT.song, size), run(cell.kaiSuffix, FONT.kai, size)];
  }
  return [run(cell.text, FONT.song, size)];
}

function cellParagraph(children: TextRun[], alignment: Align, size: number): Paragraph {
  return new Paragraph({
    style: STYLE.table,
    alignment,
    spacing: { before: 0, after: 0 },
    run: { font: fontOf(FONT.song), size },
    children,
  });
}

/**
 * Rows kept with the next one: all but the row before a 第二十条第（X）项 block, so 表二 may break between
 * blocks instead of leaving half a page blank; 表三 and 表四 (no blocks) stay whole, their merges never cut.
 */
export function keepsWithNext(table: TableDef, rowIndex: number): boolean {
  const next = table.rows[rowIndex + 1];
  return next !== undefined && next[0]?.type !== 'block';
}

export function buildTable(table: TableDef, values: Readonly<Record<string, string>>): Table {
  const widths = COLUMN_WIDTHS[table.id];
  if (widths.length !== table.grid) throw new Error(`${table.id}: ${widths.length} widths for a grid of ${table.grid}`);
  const size = tableTextSize(table);
  const spanWidth = (column: number, colspan: number) => widths.slice(column, column + colspan).reduce((a, b) => a + b, 0);

  const placed = placeCells(table.rows, table.grid);
  const rows = placed.map(
    (slots, rowIndex) =>
      new TableRow({
        ...(rowIndex < table.headerRows ? { tableHeader: true } : {}),
        cantSplit: true,
        ...(keepsWithNext(table, rowIndex) ? { keepNext: true } : {}),
        children: slots.map((slot) => {
          const common = {
            width: { size: spanWidth(slot.column, slot.colspan), type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            ...(slot.colspan > 1 ? { columnSpan: slot.colspan } : {}),
          };
          if (slot.kind === 'continue') {
            return new DocxCell({
              ...common,
              verticalMerge: VerticalMergeType.CONTINUE,
              children: [cellParagraph([], AlignmentType.CENTER, size)],
            });
          }
          const merge = slot.rowspan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {};
          return new DocxCell({ ...common, ...merge, children: [cellContent(table, rowIndex, slot.cell, slot.rowspan, size, values)] });
        }),
      }),
  );

  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows,
  });
}

function cellContent(
  table: TableDef,
  rowIndex: number,
  cell: TableCell,
  rowspan: number,
  size: number,
  values: Readonly<Record<string, string>>,
): Paragraph {
  // Values as the report holds them: a blank stays blank (the editor offers filling blanks with 0).
  if (cell.type === 'value') return cellParagraph([run(values[cell.key] ?? '', FONT.song, size)], AlignmentType.CENTER, size);
  const align = labelAlignment(table, rowIndex, cell, rowspan) === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return cellParagraph(labelRuns(cell, size), align, size);
}
