// Web tables copied by some browsers and readers arrive with a 「|」 after every cell: a row on one line
// (「规章 | 0 | 0 | 0 |」), or one cell per line (「规章 |」「0 |」…), with lines of bare 「|」 for empty and covered
// cells. Such rows are rebuilt as tab-separated lines (the cell separator of web copies), so an empty field stays
// a blank cell and the row keeps its positions.
import type { SourceLine } from './text-lines';
import { isEmpty, isValueText } from './value-text';

const PIPE = /[|｜]/;

/** Two or more lines that end a cell with 「|」: the copy is of this kind. */
export function hasPipeCells(lines: SourceLine[]): boolean {
  let count = 0;
  for (const l of lines) if (/[|｜]\s*$/.test(l.text) && ++count >= 2) return true;
  return false;
}

/**
 * The cells of a line with 「|」 separators; the field after a closing 「|」 is no cell. Adjacent 「||」 stand for the
 * columns a row does not have (covered by a merged cell): no cells at all, so a row of 2 numbers followed by
 * 「|||||||」 stays a row of 2 numbers, whose columns are unknown, and is not read as 2 numbers and 5 blanks.
 */
function fieldsOf(text: string): string[] {
  if (/^\s*[|｜]{2,}\s*$/.test(text)) return [];
  const t = text.trim().replace(/[|｜]{2,}/g, '|');
  const fields = t.split(/[|｜]/).map((f) => f.trim());
  if (/[|｜]$/.test(t)) fields.pop();
  return fields;
}

/**
 * Lines with 「|」 rebuilt into rows: a line with a label starts a row; lines of values or empty cells that
 * follow belong to it. Lines without 「|」 are left as they are (text, headings).
 */
export function pipeRowsToTabs(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let row: { cells: string[]; from: SourceLine } | null = null;
  const flush = () => {
    if (row) out.push({ ...row.from, text: row.cells.join('\t') });
    row = null;
  };
  for (const line of lines) {
    if (!PIPE.test(line.text)) {
      flush();
      out.push(line);
      continue;
    }
    const fields = fieldsOf(line.text);
    const label = fields.some((f) => !isEmpty(f) && !isValueText(f));
    if (!label && row) {
      (row as { cells: string[] }).cells.push(...fields);
      continue;
    }
    flush();
    // A bare 「|」 before any row is the start mark of the row that follows: nothing to keep.
    if (!label && fields.every(isEmpty)) continue;
    row = { cells: fields, from: line };
  }
  flush();
  return out;
}
