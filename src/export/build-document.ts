// Report → .docx. This module (and docx with it) is loaded with import() on the first export only,
// so the app's first load never carries the docx library. Layout: shared/spec/layout.md (GB/T 9704-2012).
// Tables come from the same format description as the editor's grid (src/formats): no label is typed here.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
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
import { chineseDate, computeAll, formatOf, paragraphsOf, reportTitle, splitHeading, type HeadingLevel, type Report } from '../model';
import {
  BODY_CHAR, BODY_LINE, CELL_MARGIN, COLUMN_WIDTHS, FONT, MARGIN_MM, PAGE_SIZE, SIZE, TEXT_WIDTH, TITLE_LINE,
  signatureIndents,
} from './layout';
import { cleanText } from './sanitize';
import { placeCells } from './table-grid';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Chinese text in `eastAsia`, digits and Latin in Times New Roman; the hint keeps “” and — in the Chinese font. */
function fontOf(eastAsia: string, latin: string = FONT.latin) {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

function run(text: string, font: string, size: number, extra: { break?: number } = {}): TextRun {
  return new TextRun({ text: cleanText(text), font: fontOf(font), size, ...extra });
}

const BODY_SPACING = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const FIRST_LINE = { firstLine: 2 * BODY_CHAR, firstLineChars: 200 };

function bodyParagraph(children: TextRun[], options: { alignment?: Align; indent?: Record<string, number>; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.alignment ?? AlignmentType.BOTH,
    spacing: BODY_SPACING,
    indent: options.indent ?? FIRST_LINE,
    ...(options.keepNext ? { keepNext: true } : {}),
    children,
  });
}

const blankLine = (): Paragraph => new Paragraph({ spacing: BODY_SPACING, children: [] });

/** GB/T 9704 §7.3.3: 一、 黑体, （一） 楷体, 1. and （1） 仿宋. */
const HEADING_FONT: Record<HeadingLevel, string> = { 0: FONT.body, 1: FONT.hei, 2: FONT.kai, 3: FONT.body, 4: FONT.body };

/** A paragraph of a text section: a run-in heading sentence in its level's font, then body text in 仿宋. */
function textParagraph(paragraph: string): Paragraph {
  const { level, heading, rest } = splitHeading(paragraph);
  const runs: TextRun[] = [];
  if (heading) runs.push(run(heading, HEADING_FONT[level], SIZE.body));
  if (rest) runs.push(run(rest, FONT.body, SIZE.body));
  // A heading on a line of its own stays on the page of the text it heads.
  return bodyParagraph(runs, { keepNext: heading !== '' && rest === '' });
}

/** 一、… in 黑体; never the last line of a page (keepNext: it stays with its table or first paragraph). */
function sectionHeading(heading: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH, spacing: BODY_SPACING, indent: FIRST_LINE, keepNext: true,
    children: [run(heading, FONT.hei, SIZE.body)],
  });
}

function titleParagraphs(report: Report): Paragraph[] {
  const agency = cleanText(report.agencyName).trim();
  // Line 1 the agency, line 2 「{年度}年政府信息公开工作年度报告」 (reportTitle without the agency).
  const lines = [agency, reportTitle({ agencyName: '', year: report.year })].filter((l) => l !== '');
  return lines.map((line) => new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(line, FONT.title, SIZE.title)],
  }));
}

/** 署名 and 成文日期 (unsealed, §7.3.5.2), after one blank line; only what the clerk filled in. */
function signatureBlock(report: Report): Paragraph[] {
  const signature = cleanText(report.signature).trim();
  const date = chineseDate(report.dateWritten);
  if (!signature && !date) return [];
  const indents = signatureIndents(signature, date);
  const line = (text: string, chars: number) =>
    bodyParagraph([run(text, FONT.body, SIZE.body)], { alignment: AlignmentType.RIGHT, indent: { right: Math.round(chars * BODY_CHAR) } });
  const out = [blankLine()];
  if (signature) out.push(line(signature, indents.signature));
  if (date) out.push(line(date, indents.date));
  return out;
}

// ---- tables ----

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function labelRuns(cell: LabelCell, size: number): TextRun[] {
  // The 勾稽 note is set in 楷体 (S1, S6); so is （二）部分公开's parenthesis (S6).
  if (cell.type === 'note') return [run(cell.text, FONT.kai, size)];
  if (cell.lines) return cell.lines.map((line, i) => run(line, FONT.song, size, i > 0 ? { break: 1 } : {}));
  if (cell.kaiSuffix && cell.text.endsWith(cell.kaiSuffix)) {
    return [
      run(cell.text.slice(0, cell.text.length - cell.kaiSuffix.length), FONT.song, size),
      run(cell.kaiSuffix, FONT.kai, size),
    ];
  }
  return [run(cell.text, FONT.song, size)];
}

function cellParagraph(children: TextRun[], alignment: Align): Paragraph {
  return new Paragraph({ alignment, spacing: { before: 0, after: 0 }, children });
}

function labelAlignment(table: TableDef, rowIndex: number, cell: LabelCell, rowspan: number): Align {
  // 第二十条第（X）项 rows left-aligned as in S6 and Pingtan. Their C6D9F1 shading is NOT CONFIRMED as official
  // (the S1 repost of the official template shows none) and GB/T 9704 §5.2.4 asks for black on white: not shaded.
  if (cell.type === 'block' || cell.type === 'note') return AlignmentType.LEFT;
  // 表三's row labels read as text; its header, the narrow 三、 column and the group labels are centred.
  if (table.id === 't3' && rowIndex >= table.headerRows && rowspan === 1) return AlignmentType.LEFT;
  return AlignmentType.CENTER;
}

function buildTable(table: TableDef, values: Readonly<Record<string, string>>): Table {
  const widths = COLUMN_WIDTHS[table.id];
  if (widths.length !== table.grid) throw new Error(`${table.id}: ${widths.length} widths for a grid of ${table.grid}`);
  // 表二 fits in 五号; 表三 (10 columns) and 表四 (15 columns) need 小五 to fit the 156 mm text width.
  const size = table.id === 't2' ? SIZE.table : SIZE.tableSmall;
  const spanWidth = (column: number, colspan: number) => widths.slice(column, column + colspan).reduce((a, b) => a + b, 0);

  const placed = placeCells(table.rows, table.grid);
  const rows = placed.map((slots, rowIndex) => new TableRow({
    ...(rowIndex < table.headerRows ? { tableHeader: true } : {}),
    cantSplit: true,
    // Each table fits on one page: keep it whole, so no merged cell (三、本年度办理结果) is cut in two.
    ...(rowIndex < placed.length - 1 ? { keepNext: true } : {}),
    children: slots.map((slot) => {
      const common = {
        width: { size: spanWidth(slot.column, slot.colspan), type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        ...(slot.colspan > 1 ? { columnSpan: slot.colspan } : {}),
      };
      if (slot.kind === 'continue') {
        return new DocxCell({ ...common, verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph({ children: [] })] });
      }
      const merge = slot.rowspan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {};
      return new DocxCell({ ...common, ...merge, children: [cellContent(table, rowIndex, slot.cell, slot.rowspan, size, values)] });
    }),
  }));

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

function cellContent(table: TableDef, rowIndex: number, cell: TableCell, rowspan: number, size: number, values: Readonly<Record<string, string>>): Paragraph {
  // Values as the report holds them: a blank stays blank (the editor offers filling blanks with 0).
  if (cell.type === 'value') return cellParagraph([run(values[cell.key] ?? '', FONT.song, size)], AlignmentType.CENTER);
  return cellParagraph(labelRuns(cell, size), labelAlignment(table, rowIndex, cell, rowspan));
}

// ---- document ----

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  // §7.5: 4号半角宋体阿拉伯数字 between two 一字线; odd pages right, even pages left, one character in.
  const song = { ascii: FONT.song, hAnsi: FONT.song, cs: FONT.song, eastAsia: FONT.song };
  const indent = side === 'odd' ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 };
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent,
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: song, size: SIZE.pageNumber })],
    })],
  });
}

export function buildDocument(report: Report): Document {
  const format = formatOf(report);
  const values = computeAll(format, report.values);
  const children: (Paragraph | Table)[] = [...titleParagraphs(report), blankLine()];
  for (const section of format.sections) {
    children.push(sectionHeading(section.heading));
    if (section.table) children.push(buildTable(format.tables[section.table], values));
    else for (const p of paragraphsOf(cleanText(report.texts[section.id as keyof Report['texts']] ?? ''))) children.push(textParagraph(p));
  }
  children.push(...signatureBlock(report));

  const twip = convertMillimetersToTwip;
  return new Document({
    title: cleanText(reportTitle(report)),
    creator: cleanText(report.agencyName) || '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONT.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE_SIZE.width, height: PAGE_SIZE.height },
          margin: {
            top: twip(MARGIN_MM.top), bottom: twip(MARGIN_MM.bottom), left: twip(MARGIN_MM.left), right: twip(MARGIN_MM.right),
            header: twip(MARGIN_MM.header), footer: twip(MARGIN_MM.footer),
          },
        },
      },
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      children,
    }],
  });
}

/** The finished .docx as a Blob for the download. */
export async function exportDocx(report: Report): Promise<Blob> {
  return Packer.toBlob(buildDocument(report));
}
