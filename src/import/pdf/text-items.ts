// The PDF reader's input, free of pdf.js types: positioned pieces of text per page, and printed lines made of
// them. Pure (no pdf.js, no DOM), so the layout can be tested with synthetic items.
import { isPageNumber } from '../text-lines';
import { isValueText } from '../value-text';

export type { PdfPageText, TextItem } from './pdfjs-items';
import type { PdfPageText, TextItem } from './pdfjs-items';

/** Items printed next to each other on one line, with no wide gap between them: one table cell or a run of text. */
export interface Cell {
  text: string;
  x0: number;
  x1: number;
  numeric: boolean;
}

export interface PrintedLine {
  page: number;
  y: number;
  height: number;
  cells: Cell[];
  /** Set apart: a label set vertically, joined (it must not merge with the row it sits beside). */
  vertical?: boolean;
}

/** A number's baseline sits a little off its label's (centred in its cell): lines join within this share of the font height. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font height starts a new cell. */
const CELL_GAP = 0.6;

const ONE_CJK = /^[\u4e00-\u9fff、（）()]$/;

/**
 * A label set one character per line in a narrow merged cell (三、本年度办理结果): characters stacked at the
 * same x, each a line below the last. Three or more become one item at the top character's place.
 */
export function joinVertical(items: TextItem[]): { rest: TextItem[]; vertical: TextItem[] } {
  // Only a character alone on its line: text set one glyph per item (Chromium's PDFs) stacks characters too.
  const alone = (it: TextItem) =>
    !items.some(
      (o) =>
        o !== it &&
        Math.abs(o.y - it.y) <= SAME_LINE * it.height &&
        o.x < it.x + it.width + it.height * 1.5 &&
        o.x + o.width > it.x - it.height * 1.5,
    );
  const single = items.filter((it) => ONE_CJK.test(it.str.trim()) && alone(it));
  const taken = new Set<TextItem>();
  const vertical: TextItem[] = [];
  const sorted = [...single].sort((a, b) => a.x - b.x || b.y - a.y);
  for (const first of sorted) {
    if (taken.has(first)) continue;
    const run = [first];
    for (;;) {
      const last = run[run.length - 1]!;
      const next = sorted.find(
        (o) =>
          !taken.has(o) &&
          !run.includes(o) &&
          Math.abs(o.x - last.x) < last.height * 0.3 &&
          last.y - o.y > last.height * 0.6 &&
          last.y - o.y < last.height * 2.2,
      );
      if (!next) break;
      run.push(next);
    }
    if (run.length < 3) continue;
    for (const it of run) taken.add(it);
    vertical.push({ ...first, str: run.map((it) => it.str.trim()).join(''), width: first.width });
  }
  return { rest: items.filter((it) => !taken.has(it)), vertical };
}

/** The page's items as printed lines, top to bottom, each split into cells left to right. */
export function printedLines(page: PdfPageText): PrintedLine[] {
  const items = page.items.filter((it) => it.str.trim() !== '' && it.height > 0);
  const { rest, vertical } = joinVertical(items);
  const sorted = [...rest].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; height: number; items: TextItem[] }[] = [];
  for (const it of sorted) {
    const g = groups.find((l) => Math.abs(l.y - it.y) <= SAME_LINE * Math.min(l.height, it.height));
    if (g) {
      g.items.push(it);
      g.height = Math.max(g.height, it.height);
    } else groups.push({ y: it.y, height: it.height, items: [it] });
  }
  const lines: PrintedLine[] = groups.map((g) => ({ page: page.page, y: g.y, height: g.height, cells: cellsOf(g.items) }));
  for (const v of vertical) lines.push({ page: page.page, y: v.y + 0.01, height: v.height, cells: cellsOf([v]), vertical: true });
  return lines.sort((a, b) => b.y - a.y).filter((l) => !isPageNumber(l.cells.map((c) => c.text).join(' ')));
}

function cellsOf(items: TextItem[]): Cell[] {
  const cells: Cell[] = [];
  let cur: { parts: string[]; x0: number; x1: number; h: number } | null = null;
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const text = it.str.replace(/\s+/g, ' ').trim();
    if (cur && it.x - cur.x1 <= CELL_GAP * Math.max(cur.h, it.height)) {
      // A visible space where the text had one or left one.
      if (it.x - cur.x1 > 0.2 * it.height) cur.parts.push(' ');
      cur.parts.push(text);
      cur.x1 = Math.max(cur.x1, it.x + it.width);
      continue;
    }
    if (cur) cells.push(finish(cur));
    cur = { parts: [text], x0: it.x, x1: it.x + it.width, h: it.height };
  }
  if (cur) cells.push(finish(cur));
  return cells;
}

function finish(c: { parts: string[]; x0: number; x1: number }): Cell {
  const text = c.parts.join('').replace(/ {2,}/g, ' ').trim();
  return { text, x0: c.x0, x1: c.x1, numeric: isValueText(text) && !isPageNumber(text) };
}
