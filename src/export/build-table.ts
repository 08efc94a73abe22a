// One statutory table as a docx Table. Labels come from the format description (src/formats): none is typed here.
// Every cell paragraph uses the 表格文字 style of its table's size (五号 or 小五, 宋体), which keeps it off the
// character grid and gives its runs and its paragraph mark that size (the end-of-cell mark counts in the row height:
// a blank row must be one table line tall, not one 三号 line). Runs carry fonts only where they differ (楷体).
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell as DocxCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { LabelCell, TableCell, TableDef } from '../formats';
import { STYLE, STYLE_FONT } from './docx-parts';
import { CELL_MARGIN, COLUMN_WIDTHS, FONT, SIZE, TEXT_WIDTH, labelAlignment } from './layout';
import { cleanText } from './sanitize';
import { placeCells } from './table-grid';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function fontOf(eastAsia: string, latin: string = FONT.latin) {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

/**
 * A run in a paragraph whose style sets `styleFont` and the size: the run names its fonts only when they differ
 * (as the style does: Times New Roman for Latin, `font` for 汉字, hint eastAsia). Formatting through styles keeps
 * document.xml a third of the size, and the export's time goes with it (docs/decisions.md «Export»).
 */
export function styledRun(text: string, font: string, styleFont: string, extra: { break?: number } = {}): TextRun {
  return new TextRun({ text: cleanText(text), ...(font === styleFont ? {} : { font: fontOf(font) }), ...extra });
}

/** 表二 fits in 五号; 表三 (10 columns) and 表四 (15 columns) need 小五 to fit the 156 mm text width. */
export const tableTextSize = (table: TableDef): number => (table.id === 't2' ? SIZE.table : SIZE.tableSmall);

/** The 表格文字 style of a table's size (TableText 五号, TableTextSmall 小五), its …Keep variant in a row kept with the next. */
function tableStyle(table: TableDef, kept: boolean): string {
  if (tableTextSize(table) === SIZE.table) return kept ? STYLE.tableKept : STYLE.table;
  return kept ? STYLE.tableSmallKept : STYLE.tableSmall;
}

const cellRun = (text: string, font: string, extra: { break?: number } = {}) => styledRun(text, font, STYLE_FONT.table, extra);

function labelRuns(cell: LabelCell): TextRun[] {
  // The 勾稽 note is set in 楷体 (S1, S6); so is （二）部分公开's parenthesis (S6).
  if (cell.type === 'note') return [cellRun(cell.text, FONT.kai)];
  if (cell.lines) return cell.lines.map((line, i) => cellRun(line, FONT.song, i > 0 ? { break: 1 } : {}));
  if (cell.kaiSuffix && cell.text.endsWith(cell.kaiSuffix)) {
    return [cellRun(cell.text.slice(0, cell.text.length - cell.kaiSuffix.length), FONT.song), cellRun(cell.kaiSuffix, FONT.kai)];
  }
  return [cellRun(cell.text, FONT.song)];
}

/** The style centres; only left-aligned cells say so. */
function cellParagraph(children: TextRun[], alignment: Align, style: string): Paragraph {
  return new Paragraph({ style, ...(alignment === AlignmentType.CENTER ? {} : { alignment }), children });
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
  const spanWidth = (column: number, colspan: number) => widths.slice(column, column + colspan).reduce((a, b) => a + b, 0);

  const placed = placeCells(table.rows, table.grid);
  const rows = placed.map((slots, rowIndex) => {
    const style = tableStyle(table, keepsWithNext(table, rowIndex));
    return new TableRow({
      ...(rowIndex < table.headerRows ? { tableHeader: true } : {}),
      cantSplit: true,
      children: slots.map((slot) => {
        const common = {
          width: { size: spanWidth(slot.column, slot.colspan), type: WidthType.DXA },
          ...(slot.colspan > 1 ? { columnSpan: slot.colspan } : {}),
        };
        if (slot.kind === 'continue') {
          return new DocxCell({
            ...common,
            verticalMerge: VerticalMergeType.CONTINUE,
            children: [cellParagraph([], AlignmentType.CENTER, style)],
          });
        }
        const merge = slot.rowspan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {};
        return new DocxCell({ ...common, ...merge, children: [cellContent(table, rowIndex, slot.cell, slot.rowspan, style, values)] });
      }),
    });
  });

  return new Table({
    style: STYLE.reportTable,
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
  style: string,
  values: Readonly<Record<string, string>>,
): Paragraph {
  // Values as the report holds them: a blank stays blank (the editor offers filling blanks with 0).
  if (cell.type === 'value') return cellParagraph([cellRun(values[cell.key] ?? '', FONT.song)], AlignmentType.CENTER, style);
  const align = labelAlignment(table, rowIndex, cell, rowspan) === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return cellParagraph(labelRuns(cell), align, style);
}
