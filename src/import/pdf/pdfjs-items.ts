// What pdf.js gives per page → positioned text items. No imports at all: the lazily loaded reader chunk
// (read-pdf.ts) must share no module with the import page, or the page's first-load dependency lists grow.

/** One text item of a page: PDF user space, y grows upwards, (x, y) is the start of the baseline. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font height (the glyphs' em size on the page). */
  height: number;
}

export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  items: TextItem[];
}

/** What pdf.js's getTextContent() gives per item (marked-content entries have no str and are skipped). */
export interface PdfjsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/**
 * Kangxi and supplementary radicals (⼀ U+2F00, ⼈, ⾏…) where a PDF's ToUnicode maps glyphs to them (Chromium's
 * PDFs do) are the ideographs they look like (一, 人, 行): NFKC on those characters only, so （一）and ，stay.
 */
function readable(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, (c) => c.normalize('NFKC'));
}

/**
 * pdf.js items → TextItems in reading position. Text set at a quarter turn (a landscape table on a page printed
 * upright, 90° or 270°) is turned back; of a page's directions the one with most characters is the page's text,
 * the rest (a diagonal watermark, a stamp) is left out.
 */
export function fromPdfjs(page: number, items: PdfjsItem[]): PdfPageText {
  const byTurn: TextItem[][] = [[], [], [], []];
  const chars = [0, 0, 0, 0];
  for (const it of items) {
    const t = it.transform;
    if (typeof it.str !== 'string' || !t || t.length < 6 || it.str.trim() === '') continue;
    const degrees = (Math.atan2(t[1]!, t[0]!) * 180) / Math.PI;
    const turn = (((Math.round(degrees / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
    if (Math.abs(degrees - Math.round(degrees / 90) * 90) > 1) continue; // skewed: not a line of the report
    const [cos, sin] = [
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ][turn]!;
    const [x, y] = [t[4]!, t[5]!];
    const height = it.height || Math.hypot(t[2]!, t[3]!);
    byTurn[turn]!.push({ str: readable(it.str), x: x * cos! + y * sin!, y: -x * sin! + y * cos!, width: it.width ?? 0, height });
    chars[turn]! += it.str.trim().length;
  }
  const main = chars.indexOf(Math.max(...chars));
  return { page, items: byTurn[main]! };
}
