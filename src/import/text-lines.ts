// Text as PDF viewers, pdftotext and web archives give it, made into lines the recogniser can walk:
// page numbers dropped, a label set one character per line joined, columns of a layout copy separated
// by tabs, and section headings run together with their text (flattened copies) put on lines of their own.
// Every line keeps the number of the source line it came from, for the notes.
import { FORMATS } from '../formats';
import type { Block } from './blocks';
import { compact } from './labels';
import { blankCellLinesToPipes, hasBlankCellLines } from './blank-cell-lines';
import { hasPipeCells, pipeRowsToTabs } from './pipe-cells';

export interface SourceLine {
  text: string;
  line: number;
  page?: number;
}

/** 「- 5 -」「—3—」「第 2 页」「第2页 共9页」「3/9」「P. 8」 (page-flip viewers): a page number between rows. */
const PAGE_NUMBER =
  /^(?:P\.?\s*\d{1,3}|[-—–－﹣]+\s*\d{1,3}\s*[-—–－﹣]+|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** One character of a label set vertically (三、本年度办理结果 in a narrow merged cell). */
const VERTICAL_PIECE = /^[\u4e00-\u9fff、（）()]$/;

const HEADINGS = FORMATS['2021'].sections.map((s) => s.heading);
/** A statutory heading with any white space between its characters. */
const HEADING_RE = new RegExp(HEADINGS.map((h) => [...h].map(escapeChar).join('[\\s\\u3000]*')).join('|'), 'g');

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}

export function reflowLines(source: SourceLine[]): Block[] {
  const cells = hasBlankCellLines(source) ? blankCellLinesToPipes(source) : source;
  const lines = hasPipeCells(cells) ? pipeRowsToTabs(cells) : cells;
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { line, page } = lines[i]!;
    // Page-flip viewers put 「Page 8 - 」 and the document's name before each page's text.
    const text = lines[i]!.text.replace(/^\s*Page\s+\d{1,3}\s+-\s+/, '');
    const trimmed = text.trim();
    if (isPageNumber(trimmed)) continue;
    // A run of three or more one-character lines is a label set vertically: one line.
    if (VERTICAL_PIECE.test(trimmed)) {
      let j = i;
      while (j + 1 < lines.length && VERTICAL_PIECE.test(lines[j + 1]!.text.trim())) j++;
      if (j - i >= 2) {
        out.push({
          type: 'paragraph',
          text: lines
            .slice(i, j + 1)
            .map((l) => l.text.trim())
            .join(''),
          line,
          page,
        });
        i = j;
        continue;
      }
    }
    const indent = /^(?: {2,}|\u3000)/.test(text) || undefined;
    for (const part of splitAtHeadings(columns(text))) out.push({ type: 'paragraph', text: part, line, page, indent });
  }
  return out;
}

/** A layout copy separates columns by runs of spaces: those become tabs (the cell separator of web copies). */
function columns(text: string): string {
  if (text.includes('\t')) return text.replace(/^[ \u3000]+/, '');
  return text
    .replace(/^[\s\u3000]+/, '')
    .replace(/[ \u00a0\u3000]{2,}/g, '\t')
    .replace(/\s+$/, '');
}

/** A statutory heading inside a line (a flattened copy) starts a line of its own; what follows it is its text. */
function splitAtHeadings(text: string): string[] {
  if (compact(text).length <= 12) return [text];
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(HEADING_RE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const stop = /^[。．.：:]/.test(text.slice(end)) ? end + 1 : end;
    // A heading alone on its line is left as it is.
    if (at === 0 && text.slice(stop).trim() === '') continue;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(text.slice(at, stop));
    last = stop;
  }
  if (last === 0) return [text];
  if (last < text.length && text.slice(last).trim() !== '') parts.push(text.slice(last).replace(/^[\s\u3000]+/, ''));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
