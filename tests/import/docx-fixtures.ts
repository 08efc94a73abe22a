// Builds realistic report .docx files in the test itself with the `docx` package (independent of src/export):
// real merged cells (w:gridSpan, w:vMerge restart/continue), labels taken from src/formats and optionally
// bent the way published reports bend them (（1）, 1、, 商业⏎企业, 釆, units).
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { blankReport, computeAll, type Report } from '../../src/model';
import type { FormatDef, TableCell as FormatCell, TableDef, ValueCellDef } from '../../src/formats';

export interface FixtureOptions {
  format: FormatDef;
  /** Title lines exactly as they should appear above the body. */
  titleLines: string[];
  texts: Report['texts'];
  values: Record<string, string>;
  /** Source text of some cells instead of the plain value (units, dashes). */
  cellText?: Record<string, string>;
  /** Totals written in the file; default: the computed ones. */
  totals?: Record<string, string>;
  /** Label rewriting, as published reports deviate. */
  label?: (text: string) => string[];
  /** Section headings as written (default: the statutory ones). */
  heading?: (heading: string) => string;
  signature?: string;
  date?: string;
  /** Extra paragraphs under a table section heading (text beyond the table). */
  extraUnder?: Partial<Record<'t2' | 't3' | 't4', string>>;
}

interface Slot {
  cell: FormatCell;
  colspan: number;
  kind: 'cell' | 'continue' | 'restart';
}

/** Places the format's cells on the grid; covered parts of vertical merges become 'continue' slots. */
function place(table: TableDef): Slot[][] {
  const covering: ({ cell: FormatCell; colspan: number; left: number } | null)[] = new Array(table.grid).fill(null);
  return table.rows.map((row) => {
    const slots: Slot[] = [];
    let next = 0;
    for (let col = 0; col < table.grid; ) {
      const cover = covering[col];
      if (cover && cover.left > 0) {
        slots.push({ cell: cover.cell, colspan: cover.colspan, kind: 'continue' });
        cover.left--;
        col += cover.colspan;
        continue;
      }
      const cell = row[next++];
      if (!cell) throw new Error('row does not fill the grid');
      const colspan = cell.colspan ?? 1;
      const rowspan = cell.rowspan ?? 1;
      slots.push({ cell, colspan, kind: rowspan > 1 ? 'restart' : 'cell' });
      for (let c = col; c < col + colspan; c++)
        covering[c] = rowspan > 1 ? (c === col ? { cell, colspan, left: rowspan - 1 } : null) : null;
      col += colspan;
    }
    return slots;
  });
}

function para(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

function buildTable(table: TableDef, opts: FixtureOptions, shown: Record<string, string>): Table {
  const labelLines = opts.label ?? ((t: string) => [t]);
  return new Table({
    width: { size: 8844, type: WidthType.DXA },
    columnWidths: new Array(table.grid).fill(Math.floor(8844 / table.grid)),
    rows: place(table).map(
      (slots) =>
        new TableRow({
          children: slots.map((slot) => {
            const common = { ...(slot.colspan > 1 ? { columnSpan: slot.colspan } : {}) };
            if (slot.kind === 'continue')
              return new TableCell({ ...common, verticalMerge: VerticalMergeType.CONTINUE, children: [para('')] });
            const merge = slot.kind === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : {};
            const cell = slot.cell;
            const lines = cell.type === 'value' ? [shown[cell.key] ?? ''] : labelLines(cell.text);
            return new TableCell({ ...common, ...merge, children: lines.map(para) });
          }),
        }),
    ),
  });
}

export async function buildFixture(opts: FixtureOptions): Promise<Uint8Array> {
  const { format } = opts;
  const computed = computeAll(format, opts.values);
  const shown: Record<string, string> = {};
  for (const cell of format.cellsByKey.values()) {
    shown[cell.key] =
      opts.cellText?.[cell.key] ??
      (cell.kind === 'total' ? (opts.totals?.[cell.key] ?? computed[cell.key] ?? '') : (opts.values[cell.key] ?? ''));
  }
  const children: (Paragraph | Table)[] = opts.titleLines.map(para);
  for (const section of format.sections) {
    children.push(para(opts.heading ? opts.heading(section.heading) : section.heading));
    if (section.table) {
      children.push(buildTable(format.tables[section.table], opts, shown));
      const extra = opts.extraUnder?.[section.table];
      if (extra) children.push(para(extra));
    } else {
      for (const p of opts.texts[section.id as keyof Report['texts']].split('\n')) children.push(para(p));
    }
  }
  if (opts.signature) children.push(para(opts.signature));
  if (opts.date) children.push(para(opts.date));
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A distinct, plausible value for every input cell of a format, by kind. */
export function distinctValues(format: FormatDef): Record<string, string> {
  const values: Record<string, string> = {};
  let n = 1;
  for (const cell of format.cellsByKey.values()) {
    if (cell.kind === 'total') continue;
    values[cell.key] = valueFor(cell, n++);
  }
  return values;
}

/** A full report of `format` with a distinct number in every input cell, so a number in a wrong cell shows. */
export function distinctSampleReport(format: FormatDef): { year: number; report: Report } {
  const year = format.id === '2019' ? 2020 : 2024;
  const report = blankReport({ year, agencyName: '某市人力资源和社会保障局' });
  report.values = distinctValues(format);
  report.texts = { overview: `${year}年，本局认真贯彻条例。`.repeat(12), problems: '一是公开的及时性有待提高。', other: '无。' };
  report.signature = '某市人力资源和社会保障局';
  report.dateWritten = `${year + 1}-01-20`;
  return { year, report };
}

function valueFor(cell: ValueCellDef, n: number): string {
  if (cell.kind === 'signed') return n % 2 === 0 ? `-${n}` : String(n);
  if (cell.kind === 'money') return `${n * 100 + 17}.${(n % 9) + 1}5`;
  return String(n * 3 + (n % 7));
}
