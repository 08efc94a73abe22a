// Printed lines of a PDF → the text lines the recogniser reads (cells separated by tabs, as in a web-table copy).
// Numbers are placed by position: within a table (a page's stretch between section headings) the numbers' x
// ranges form columns, and every line with numbers gets one tab field per column, so a blank cell stays an
// empty field instead of letting the numbers after it shift left. A number whose column cannot be told is left
// out (an empty field) with a note: a blank cell can be filled in, a number in the wrong cell is rarely noticed.
import { FORMATS } from '../../formats';
import type { SourceLine } from '../text-lines';
import { compact } from '../labels';
import { clip, type ImportNote } from '../notes';
import type { Cell, PrintedLine } from './text-items';

interface Column {
  x0: number;
  x1: number;
  /** Where the column's numbers line up: their left edges, centres or right edges, whichever agree best. */
  anchor: (c: Cell) => number;
  at: number;
}

const HEADINGS = FORMATS['2021'].sections.map((s) => compact(s.heading));
const lineText = (l: PrintedLine) => l.cells.map((c) => c.text).join(' ');
const isHeading = (l: PrintedLine) => !l.cells.some((c) => c.numeric) && HEADINGS.some((h) => compact(lineText(l)).startsWith(h));

/** The columns of one table stretch, from the lines with the most numbers; null when there is no grid to align to. */
export function tableColumns(lines: PrintedLine[]): Column[] | null {
  const rows = lines.map((l) => l.cells.filter((c) => c.numeric)).filter((n) => n.length > 0);
  const most = Math.max(0, ...rows.map((n) => n.length));
  if (most < 2) return null;
  const full = rows.filter((n) => n.length === most);
  const columns: Column[] = [];
  for (let i = 0; i < most; i++) {
    const cells = full.map((n) => n[i]!);
    const anchors: ((c: Cell) => number)[] = [(c) => c.x0, (c) => (c.x0 + c.x1) / 2, (c) => c.x1];
    const spread = (f: (c: Cell) => number) => Math.max(...cells.map(f)) - Math.min(...cells.map(f));
    const anchor = anchors.reduce((best, f) => (spread(f) < spread(best) ? f : best));
    const at = cells.reduce((s, c) => s + anchor(c), 0) / cells.length;
    columns.push({ x0: Math.min(...cells.map((c) => c.x0)), x1: Math.max(...cells.map((c) => c.x1)), anchor, at });
  }
  // Lines with the most numbers that disagree on where the columns are: no grid to trust.
  for (let i = 1; i < columns.length; i++) if (columns[i]!.x0 < columns[i - 1]!.x1) return null;
  return columns;
}

/**
 * The column a number belongs to, or -1 when it overlaps none or several and its alignment does not decide.
 * A number centred across two neighbouring columns is a merged cell (2019 表二: 本年增/减 over two columns): it is
 * that cell's first column, the way the format's rows count their cells.
 */
export function columnOf(cell: Cell, columns: Column[], height: number): number {
  const overlapping = columns.flatMap((col, i) => (cell.x0 < col.x1 && cell.x1 > col.x0 ? [i] : []));
  if (overlapping.length === 1) return overlapping[0]!;
  const centre = (cell.x0 + cell.x1) / 2;
  const merged = columns.slice(0, -1).flatMap((col, i) => {
    const next = columns[i + 1]!;
    const inside = cell.x0 >= col.x0 - height && cell.x1 <= next.x1 + height;
    return inside && Math.abs(centre - (col.x0 + next.x1) / 2) <= height * 0.5 ? [i] : [];
  });
  if (merged.length === 1 && overlapping.every((i) => i === merged[0] || i === merged[0]! + 1)) return merged[0]!;
  const aligned = columns.flatMap((col, i) => (Math.abs(col.anchor(cell) - col.at) <= height * 0.4 ? [i] : []));
  return aligned.length === 1 ? aligned[0]! : -1;
}

export interface LaidOut {
  lines: SourceLine[];
  notes: ImportNote[];
}

/** All pages' printed lines as text lines, numbered per page (第N页第M行) for the notes. */
export function layOut(pages: PrintedLine[][]): LaidOut {
  const lines: SourceLine[] = [];
  const notes: ImportNote[] = [];
  for (const page of pages) {
    const left = Math.min(...page.filter((l) => !l.vertical).map((l) => l.cells[0]?.x0 ?? Infinity));
    // Each stretch between section headings is one table's (or none's): its own columns.
    const stretches: PrintedLine[][] = [[]];
    for (const l of page) {
      if (isHeading(l)) stretches.push([]);
      stretches[stretches.length - 1]!.push(l);
    }
    let n = 0;
    for (const stretch of stretches) {
      const columns = tableColumns(stretch);
      for (const l of stretch) {
        n++;
        const where = `第${l.page}页第${n}行「${clip(lineText(l), 40)}」`;
        const text = columns && l.cells.some((c) => c.numeric) ? gridLine(l, columns, where, notes) : l.cells.map((c) => c.text).join('\t');
        const indent = !l.vertical && (l.cells[0]?.x0 ?? left) > left + l.height * 0.8 && l.cells.length === 1;
        lines.push({ text: indent ? `  ${text}` : text, line: n, page: l.page });
      }
    }
  }
  return { lines, notes };
}

function gridLine(l: PrintedLine, columns: Column[], where: string, notes: ImportNote[]): string {
  const labels = l.cells.filter((c) => !c.numeric).map((c) => c.text);
  const fields = columns.map(() => '');
  const claimed = columns.map(() => 0);
  const placed = l.cells.filter((c) => c.numeric).map((c) => ({ cell: c, column: columnOf(c, columns, l.height) }));
  for (const p of placed) if (p.column >= 0) claimed[p.column]!++;
  for (const p of placed) {
    if (p.column >= 0 && claimed[p.column] === 1) {
      fields[p.column] = p.cell.text;
      continue;
    }
    notes.push({
      level: 'doubt',
      where,
      message: `数字「${p.cell.text}」在表格中的位置不能确定属于哪一列，没有导入，该格留空，请对照原文填写。`,
    });
  }
  return [...labels, ...fields].join('\t');
}
