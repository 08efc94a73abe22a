// @vitest-environment node
// Issue #14 as LibreOffice prints the export: a blank 表三 on one page, 22 lines of 28 characters on a full
// text page, the 成文日期 under the 署名 in both layouts of GB/T 9704 §7.3.5. (LibreOffice's stand-in fonts have
// other digit widths than Times New Roman: positions are judged from the right edges the indents fix.)
import { describe, expect, it } from 'vitest';
import type { FormatId } from '../../src/formats';
import { docxBytes } from './build';
import { blankFormatReport, filledReport } from './fixtures';
import { docxToPdf, pdfWords, type PdfWord } from './soffice';

const pt = (mm: number) => (mm / 25.4) * 72;
const TEXT_TOP = pt(37);
const TEXT_BOTTOM = pt(297 - 35);
const TEXT_RIGHT = pt(210 - 26);
const CHAR = 15.75; // 三号 less 0.25 pt of tracking

describe.each(['2019', '2021'] as FormatId[])('blank %s report', (formatId) => {
  it('keeps 表三 on one page', async () => {
    const words = pdfWords(docxToPdf(await docxBytes(blankFormatReport(formatId)), `blank-${formatId}`));
    const pageOf = (text: string) => words.find((w) => w.text.includes(text))?.page;
    expect(pageOf('申请人情况')).toBeDefined();
    expect(pageOf('四、结转下年度继续办理')).toBe(pageOf('申请人情况'));
    expect(pageOf('（七）总计')).toBe(pageOf('申请人情况'));
  }, 120_000);
});

/** Lines of a page inside the text block: words grouped by their baseline. */
function linesOf(words: PdfWord[], page: number): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const w of words
    .filter((x) => x.page === page && x.yMin >= TEXT_TOP - 4 && x.yMax <= TEXT_BOTTOM + 4)
    .sort((a, b) => a.yMax - b.yMax)) {
    const line = lines.find((l) => Math.abs(l[0]!.yMax - w.yMax) < 3);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines;
}

describe.each([false, true])('a long report, sealed %s', (sealed) => {
  it('fills text pages with 22 lines of 28 characters and sets the date under the 署名', async () => {
    const report = { ...filledReport('2021'), sealed };
    const sentence = '本机关坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。';
    report.texts.overview = Array.from({ length: 12 }, () => sentence.repeat(4)).join('\n');
    const words = pdfWords(docxToPdf(await docxBytes(report), `long-${sealed}`));

    // Page 2 holds only the overview's text: 22 lines; a full line inside a paragraph holds 28 characters.
    const lines = linesOf(words, 2);
    expect(lines).toHaveLength(22);
    const full = lines.map((l) =>
      l
        .map((w) => w.text)
        .join('')
        .replace(/\s+/g, ''),
    );
    expect(full.filter((t) => t.length === 28).length).toBeGreaterThanOrEqual(12);
    expect(full.every((t) => t.length <= 28)).toBe(true);

    const signature = words.filter((w) => w.text === report.signature).at(-1)!; // the title line says the same
    const yearWord = words.find((w) => w.text === '2026' && w.page === signature.page)!;
    const day = words.find((w) => w.text === '日' && w.page === signature.page && Math.abs(w.yMin - yearWord.yMin) < 3)!;
    expect(yearWord.yMin).toBeGreaterThan(signature.yMax - 2); // the next line
    if (!sealed) {
      // §7.3.5.2: 署名 right 2 characters, date right 4 (it is the shorter), starting right of the 署名's start.
      expect(TEXT_RIGHT - signature.xMax).toBeCloseTo(2 * CHAR, -0.5);
      expect(TEXT_RIGHT - day.xMax).toBeCloseTo(4 * CHAR, -0.5);
      expect(yearWord.xMin).toBeGreaterThan(signature.xMin);
    } else {
      // §7.3.5.1: date right 4 characters, 署名 centred over the date.
      expect(TEXT_RIGHT - day.xMax).toBeCloseTo(4 * CHAR, -0.5);
      const centre = (a: number, b: number) => (a + b) / 2;
      expect(Math.abs(centre(signature.xMin, signature.xMax) - centre(yearWord.xMin, day.xMax))).toBeLessThan(CHAR);
    }
  }, 120_000);
});
