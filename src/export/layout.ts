// Page and type of the exported report (shared/spec/layout.md: GB/T 9704-2012 and what real reports do).
// Pure numbers, no docx: the tests and the document builder read the same values.

/** A4 as Word writes it (twips). */
export const PAGE_SIZE = { width: 11906, height: 16838 } as const;

/**
 * Millimetres (the builder converts with docx's convertMillimetersToTwip). GB/T 9704 §5.2.1: 天头 37 mm,
 * 订口 28 mm, 版心 156 × 225 mm, so right 26 mm and bottom 35 mm. The page number's 一字线 sits about 7 mm
 * below the text block (§7.5): a 四号 line whose bottom is 22 mm above the paper's edge.
 */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 22 } as const;

/** Text width: 156 mm. Every table's columns sum to it. */
export const TEXT_WIDTH = 8844;

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points: 二号 44, 三号 32, 四号 28, 五号 21, 小五 18. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, tableSmall: 18 } as const;

/** 三号 = 16 pt = 320 twips: one character of body text. */
export const BODY_CHAR = 320;
/** Fixed 28 pt line pitch (GB/T 9704 templates use 28–29 磅). */
export const BODY_LINE = 560;
/** The two-line title in 二号 needs a taller exact line than the body, or its glyphs are clipped. */
export const TITLE_LINE = 700;

/**
 * Column widths in twips (sum 8844). S6 gives 表三 754/921/3271 | 685×7 for a wider page; here the first
 * column is about one 小五 character wide plus the cell margins, so 「三、本年度办理结果」 wraps one character
 * per line as in the template; 表二 has equal columns as in S6; 表四 fifteen near-equal columns.
 */
export const COLUMN_WIDTHS: Record<'t2' | 't3' | 't4', number[]> = {
  t2: [2211, 2211, 2211, 2211],
  t3: [380, 900, 2804, ...Array<number>(7).fill(680)],
  t4: Array.from({ length: 15 }, (_, i) => (i < 9 ? 590 : 589)),
};

/** Left/right cell margin in tables (the default 108 twips would not leave a character in the narrow column). */
export const CELL_MARGIN = 57;

/** Width of a text in body characters: half-width (ASCII) characters count as half a character. */
export function textWidthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x80 ? 0.5 : 1;
  return width;
}

/**
 * GB/T 9704 §7.3.5.2 (unsealed document): the 署名 right-indented two characters; the date on the next line,
 * its first character two characters right of the 署名's first character; if the date is the longer, the date
 * is right-indented two characters and the 署名's right indent grows to match. Indents in characters.
 */
export function signatureIndents(signature: string, date: string): { signature: number; date: number } {
  const s = textWidthInChars(signature);
  const d = textWidthInChars(date);
  if (!signature) return { signature: 0, date: 2 };
  if (!date) return { signature: 2, date: 0 };
  // Distance of each first character from the right edge: signature 2 + s, date (2 + s) − 2.
  const dateIndent = s - d;
  if (dateIndent >= 2) return { signature: 2, date: dateIndent };
  return { signature: d + 4 - s, date: 2 };
}
