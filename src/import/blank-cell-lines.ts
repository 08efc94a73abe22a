// Web tables copied as one cell per line with an empty line after each cell (「规章」「」「0」「」…) mark a blank cell
// by a line of spaces only. Such a copy is put in the 「|」 form (a cell per line), so its rows are rebuilt the same
// way and a blank cell keeps its column instead of vanishing.
import type { SourceLine } from './text-lines';

const SPACES_ONLY = /^[ \u00a0\u3000]+$/;

/** Cells separated by empty lines, and at least three cells of spaces only. */
export function hasBlankCellLines(lines: SourceLine[]): boolean {
  let spaces = 0;
  let cells = 0;
  let spaced = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    cells++;
    if (SPACES_ONLY.test(text)) spaces++;
    if (lines[i + 1]?.text === '') spaced++;
  }
  return spaces >= 3 && spaced >= cells * 0.6;
}

/** Empty lines dropped (they only separate), a line of spaces an empty cell, every other line a cell. */
export function blankCellLinesToPipes(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    out.push({ ...line, text: SPACES_ONLY.test(line.text) ? '|' : `${line.text.trim()} |` });
  }
  return out;
}
