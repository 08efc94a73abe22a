// Page and type of the report (shared/spec/layout.md: GB/T 9704-2012 and what real reports do): the one place
// that decides each typographic fact. Pure numbers, no docx and no DOM: the .docx builder, the print preview,
// the web page and the tests all read these values.
import type { LabelCell, TableDef } from '../formats';
import { splitHeading, type HeadingLevel } from '../model';

/** A4 as Word writes it (twips). */
export const PAGE_SIZE = { width: 11906, height: 16838 } as const;

/**
 * Millimetres (the builder converts with docx's convertMillimetersToTwip). GB/T 9704 §5.2.1: 天头 37 mm,
 * 订口 28 mm, 版心 156 × 225 mm, so right 26 mm and bottom 35 mm. The page number's 一字线 sits 7 mm below the
 * text block (§7.5): the footer is one exact 四号 line (PAGE_NUMBER_LINE) whose top is 28 mm above the edge.
 */
export const MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26, header: 15, footer: 23 } as const;

/** The page number's line, exact, in twips (14 pt): with footer 23 mm its top lies 7 mm under the text block. */
export const PAGE_NUMBER_LINE = 280;

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

/**
 * The same fonts for the browser (print preview, web page): the document font first, then the local fonts a
 * Windows, macOS or Linux machine has (仿宋 and 楷体 ship with Windows; no web fonts: the app works offline).
 */
export const CSS_FONT = {
  title: '"方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "宋体", SimSun, "Noto Serif CJK SC", serif',
  body: '"仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif',
  hei: '"黑体", SimHei, STHeiti, "Noto Sans CJK SC", sans-serif',
  kai: '"楷体_GB2312", "楷体", KaiTi, STKaiti, "AR PL UKai CN", serif',
  song: '"宋体", SimSun, STSong, "Noto Serif CJK SC", serif',
} as const;

/** Sizes in half-points: 二号 44, 三号 32, 四号 28, 五号 21, 小五 18. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, tableSmall: 18 } as const;

/** 三号 = 16 pt = 320 twips: the body font size. */
export const BODY_CHAR = 320;

/** GB/T 9704 §5.2.3: 22 lines of 28 characters fill the 156 × 225 mm text block. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Line pitch in twips: 225 mm / 22 = 579.8, rounded down so 22 lines fit (28.95 pt, the templates' 28.95 磅). */
export const BODY_LINE = 579;
/**
 * Body text is set 0.25 pt tighter (w:spacing −5 twips), so 28 三号 characters (28 × 315 = 8820 twips) fit the
 * 156 mm line (8844): a 16 pt character is 320 twips and only 27 would fit. Not a docGrid charSpace: LibreOffice
 * gives a glyph wider than a grid cell two cells (headings and the title spread out), while tracking renders the
 * same in Word, WPS and LibreOffice. The grid is a line grid (docGrid type lines) at the same pitch.
 */
export const BODY_TRACKING = -5;
/** Character pitch of body text in twips. */
export const CHAR_PITCH = BODY_CHAR + BODY_TRACKING;
/** Two characters of first-line indent (GB/T 9704: 「左空二字」), in twips at the body pitch. */
export const FIRST_LINE_INDENT = Math.round(2 * CHAR_PITCH);
/** The two-line title in 二号 needs a taller exact line than the body, or its glyphs are clipped. */
export const TITLE_LINE = 700;

/**
 * Column widths in twips (sum 8844). S6 gives 表三 754/921/3271 | 685×7 for a wider page; here the first
 * column is about one 小五 character wide plus the cell margins, so 「三、本年度办理结果」 wraps one character
 * per line as in the template; 表二 near-equal columns as in S6; 表四 fifteen near-equal columns.
 */
export const COLUMN_WIDTHS: Record<'t2' | 't3' | 't4', number[]> = {
  // The label column holds 「其他对外管理服务事项」 (10 五号 characters) on one line: no lone 「项」 wraps.
  t2: [2400, 2148, 2148, 2148],
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

/** Fonts of the heading levels, GB/T 9704 §7.3.3: 一、 黑体, （一） 楷体, 1. and （1） 仿宋. */
export const HEADING_FONT: Record<HeadingLevel, string> = { 0: FONT.body, 1: FONT.hei, 2: FONT.kai, 3: FONT.body, 4: FONT.body };

/**
 * A text paragraph as set: the run-in heading (up to its first 「。」) in its level's font, then the rest.
 * A numbered paragraph without 「。」 is a heading only when it fits on one line; a longer one is body text
 * (otherwise a whole paragraph would turn 楷体 or 黑体).
 */
export function paragraphParts(paragraph: string): { level: HeadingLevel; heading: string; rest: string } {
  const parts = splitHeading(paragraph);
  if (parts.level !== 0 && parts.rest === '' && !parts.heading.endsWith('。') && textWidthInChars(parts.heading) > CHARS_PER_LINE - 2) {
    return { level: 0, heading: '', rest: parts.heading };
  }
  return parts;
}

/**
 * GB/T 9704 §7.3.5.1 (sealed, 加盖印章): the date right-indented four characters, the 署名 centred over the date;
 * two blank lines above leave room for the seal, which presses on both.
 */
export function sealedSignatureIndents(signature: string, date: string): { signature: number; date: number } {
  const s = textWidthInChars(signature);
  const d = textWidthInChars(date);
  if (!date) return { signature: 4, date: 0 };
  return { signature: Math.max(0, 4 + (d - s) / 2), date: 4 };
}

/** Blank lines between the text and the 署名: one (§7.3.5.2), two with a seal (room for it, §7.3.5.1). */
export const blankLinesBeforeSignature = (sealed: boolean): number => (sealed ? 2 : 1);

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

/** Alignment of a label cell: the official tables read their row labels as text. */
export function labelAlignment(table: TableDef, rowIndex: number, cell: LabelCell, rowspan: number): 'left' | 'center' {
  // 第二十条第（X）项 rows left-aligned as in S6 and Pingtan. Their C6D9F1 shading is NOT CONFIRMED as official
  // (the S1 repost of the official template shows none) and GB/T 9704 §5.2.4 asks for black on white: not shaded.
  if (cell.type === 'block' || cell.type === 'note') return 'left';
  // 表三's row labels read as text; its header, the narrow 三、 column and the group labels are centred.
  if (table.id === 't3' && rowIndex >= table.headerRows && rowspan === 1) return 'left';
  return 'center';
}
