// @vitest-environment node
// The exported .docx as LibreOffice prints it: every label, every number, the page numbers on the right side.
import { describe, expect, it } from 'vitest';
import { getFormat, type FormatId } from '../../src/formats';
import { computeAll } from '../../src/model';
import { docxBytes } from './build';
import { filledReport } from './fixtures';
import { docxToPdf, findsLabel, pdfPageCount, pdfWords } from './soffice';

describe.each(['2019', '2021'] as FormatId[])('format %s rendered by LibreOffice', (formatId) => {
  it('shows every heading, label and number, and page numbers odd right / even left', async () => {
    const report = filledReport(formatId);
    const format = getFormat(formatId);
    const pdf = docxToPdf(await docxBytes(report), `render-${formatId}`);
    const words = pdfWords(pdf);
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);

    const expected = [
      report.agencyName,
      `${report.year}年政府信息公开工作年度报告`,
      ...format.sections.map((s) => s.heading),
      ...Object.values(format.tables).flatMap((t) => t.rows.flat().flatMap((c) => (c.type === 'value' ? [] : [c.text]))),
      '本机关坚持以公开为常态、不公开为例外。',
      '存在的主要问题是公开内容还不够全面。',
      report.signature,
    ];
    const missing = [...new Set(expected)].filter((label) => !findsLabel(words, label));
    expect(missing, 'labels not found in the PDF').toEqual([]);
    // The search does not find what is not there, nor a label read in the wrong order.
    expect(findsLabel(words, '本年度办理结果三、')).toBe(false);
    expect(findsLabel(words, '企业商业')).toBe(false);

    // Every number as often as the tables hold it (values are distinct, but a total may equal an input).
    const tokens = new Map<string, number>();
    for (const w of words) tokens.set(w.text, (tokens.get(w.text) ?? 0) + 1);
    const wanted = new Map<string, number>();
    for (const v of Object.values(computeAll(format, report.values))) if (v !== '') wanted.set(v, (wanted.get(v) ?? 0) + 1);
    const short = [...wanted].filter(([v, n]) => (tokens.get(v) ?? 0) < n);
    expect(short, 'numbers missing from the PDF').toEqual([]);

    // 「— N —」 under the text block of each page: odd pages on the right, even pages on the left.
    const pageWidth = 595;
    for (let page = 1; page <= pages; page++) {
      const number = words.find((w) => w.page === page && w.text.replace(/[—\s]/g, '') === String(page) && w.yMin > 760);
      expect(number, `page number ${page}`).toBeDefined();
      if (page % 2 === 1) expect(number!.xMin).toBeGreaterThan(pageWidth / 2);
      else expect(number!.xMax).toBeLessThan(pageWidth / 2);
    }
    // Each table stays on one page (its merged cells are never cut): 表三's first and last rows share a page.
    const pageOf = (text: string) => words.find((w) => w.text.includes(text))?.page;
    expect(pageOf('申请人情况')).toBeDefined();
    expect(pageOf('四、结转下年度继续办理')).toBe(pageOf('申请人情况'));
    // The date of the signature block, in Arabic numerals without leading zeros.
    expect(findsLabel(words, '2026年1月9日')).toBe(true);
  }, 120_000);
});
