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

/** The cells of a line with 「|」 separators; the field after a closing 「|」 is no cell. */
function fieldsOf(text: string): string[] {
  const t = text.trim();
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
