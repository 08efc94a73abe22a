// The PDF reader's layout: text items with positions (as pdf.js gives them) → lines and cells → the recogniser.
// Synthetic items, so every case is exact: rows by y, numbers placed in columns by x, page numbers dropped,
// a label set vertically joined, and a number between two columns left blank with a note.
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { layOut } from '../../src/import/pdf/pdf-layout';
import { recognisePdf, SCANNED_MESSAGE } from '../../src/import/pdf/pdf-report';
import { fromPdfjs } from '../../src/import/pdf/pdfjs-items';
import { type PdfPageText, printedLines, type TextItem } from '../../src/import/pdf/text-items';
import { distinctValues } from './docx-fixtures';
import { reportText, score } from './text-fixtures';

const H = 9;
const item = (str: string, x: number, y: number, height = H): TextItem => ({
  str,
  x,
  y,
  height,
  width: [...str].length * height * (/^[\d.\-—]+$/.test(str) ? 0.55 : 1),
});
/** Two rows with a number in each of three columns (x 300, 340, 380): they set the columns for a third row. */
const twoFullRows = (): TextItem[] =>
  [0, 1].flatMap((r) => [
    item(`第${r + 1}行`, 80, 600 - r * 14),
    ...[10, 20, 30].map((v, c) => item(String(v + r), 300 + c * 40, 600 - r * 14)),
  ]);
const texts = (page: PdfPageText) => layOut([printedLines(page)]).lines.map((l) => l.text);

/** A tab-separated report as a PDF would print it: labels on the left, each number under its column, 40 lines a page. */
function printed(text: string): PdfPageText[] {
  const pages: PdfPageText[] = [];
  text.split('\n').forEach((line, n) => {
    const p = Math.floor(n / 40);
    pages[p] ??= { page: p + 1, items: [item(`- ${p + 1} -`, 280, 30)] };
    const y = 800 - (n % 40) * 15;
    const fields = line.split('\t');
    const firstValue = fields.findIndex((f) => f === '' || /^-?[\d.]+$/.test(f));
    fields.forEach((f, i) => {
      if (f === '') return;
      if (firstValue === -1 || i < firstValue)
        pages[p]!.items.push({ ...item(f, 20 + i * 100, y), width: Math.min([...f].length * H, 95) });
      // Numbers centred in 40-wide columns, a baseline a little above the label's (as LibreOffice sets them).
      else pages[p]!.items.push(item(f, 420 + (i - firstValue) * 45 + (40 - f.length * H * 0.55) / 2, y + 0.8));
    });
  });
  return pages;
}

describe('lines and cells from positions', () => {
  it('rows by y (a number a little off its label’s baseline joins it), cells by the gaps between them', () => {
    const page = {
      page: 1,
      items: [
        item('规章', 100, 500),
        item('4', 250, 500.9),
        item('8', 350, 500.9),
        item('12', 450, 500.9),
        item('行政规范性文件', 80, 485),
        item('16', 247, 486),
        item('20', 347, 486),
        item('24', 450, 486),
      ],
    };
    expect(texts(page)).toEqual(['规章\t4\t8\t12', '行政规范性文件\t16\t20\t24']);
  });

  it('a missing cell stays an empty field: the numbers after it keep their columns', () => {
    const page = {
      page: 1,
      items: [
        ...['一、本年新收', '二、上年结转', '（一）予以公开'].map((l, r) => item(l, 80, 600 - r * 14)),
        ...[0, 1, 2].flatMap((r) => [37, 41, 45, 42].map((v, c) => item(String(v + r), 300 + c * 40, 600 - r * 14 + 0.8))),
        item('（二）部分公开', 80, 558),
        item('88', 300, 558.8),
        item('100', 378, 558.8),
        item('104', 418, 558.8),
      ],
    };
    const lines = texts(page);
    expect(lines[3]).toBe('（二）部分公开\t88\t\t100\t104');
  });

  it('page numbers (「- 5 -」「—3—」「第 5 页」) are dropped', () => {
    for (const marks of [['- 5 -'], ['—', '3', '—'], ['第 5 页']]) {
      const page = { page: 5, items: [item('六、其他需要报告的事项', 80, 500), ...marks.map((m, i) => item(m, 280 + i * 10, 40))] };
      expect(texts(page)).toEqual(['六、其他需要报告的事项']);
    }
  });

  it('the vertical 「三、本年度办理结果」 is joined into one line, not spread over the rows beside it', () => {
    const chars = [...'三、本年度办理结果'].map((ch, i) => item(ch, 84.5, 482.7 - i * 13));
    const rows = ['8.属于行政查询事项', '1.本机关不掌握相关政府信息'].flatMap((l, r) => [
      item(l, 146, 480.9 - r * 13.5),
      item(String(231 + r), 300, 481.7 - r * 13.5),
    ]);
    const lines = texts({ page: 2, items: [...chars, ...rows] });
    expect(lines).toContain('三、本年度办理结果');
    expect(lines).toContain('8.属于行政查询事项\t231');
    expect(lines.filter((l) => l.length === 1)).toEqual([]);
  });

  it('a number between two columns is left out with a note naming the page and line: never put in a guessed cell', () => {
    const page = {
      page: 3,
      items: [
        ...twoFullRows(),
        item('第三行', 80, 572),
        item('12', 300, 572),
        item('5', 353, 572), // in the gap after the second column, under none and centred on no merged pair
      ],
    };
    const { lines, notes } = layOut([printedLines(page)]);
    expect(lines[2]!.text).toBe('第三行\t12\t\t');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.level).toBe('doubt');
    expect(notes[0]!.message).toContain('数字「5」');
    expect(notes[0]!.where).toContain('第3页第3行');
    // Two numbers under one column: neither is placed.
    const crowded = { page: 3, items: [...page.items.slice(0, 8), item('第三行', 80, 572), item('7', 296, 572), item('8', 308, 572)] };
    const again = layOut([printedLines(crowded)]);
    expect(again.lines[2]!.text).toBe('第三行\t\t\t');
    expect(again.notes.map((n) => n.message.slice(0, 5))).toEqual(['数字「7」', '数字「8」']);
  });
});

describe('merged value cells', () => {
  it('a number centred across two columns is the merged cell’s first column; the row keeps its count', () => {
    const page = {
      page: 1,
      items: [
        ...twoFullRows(),
        item('行政事业性收费', 80, 572),
        item('62', 300, 572),
        item('-20', 340 + (51 - 3 * H * 0.55) / 2, 572), // centred over the second and third columns (340…391)
      ],
    };
    const { lines, notes } = layOut([printedLines(page)]);
    expect(lines[2]!.text).toBe('行政事业性收费\t62\t-20\t');
    expect(notes).toEqual([]);
  });
});

describe.each([FORMAT_2019, FORMAT_2021] as FormatDef[])('a whole report printed as PDF text ($id)', (format) => {
  it('every number in its cell, blank cells blank, 单位 and 年度 read, notes point to 第N页', () => {
    const values = distinctValues(format);
    const sparse = { ...values };
    // Blanks in 表二 and 表三, whose rows are many; 表四 is one line of numbers, with no other line to take its columns from.
    for (const [i, key] of Object.keys(values).entries()) if (i % 7 === 3 && !key.startsWith('t4.')) delete sparse[key];
    const after = { 't3.new.total': ['注：数据截至12月31日'] };
    const out = recognisePdf(printed(reportText(format, sparse, 'tabs', { after })), 'report.pdf', Date.UTC(2025, 5, 1));
    if (!out.ok) throw new Error(out.message);
    const s = score(sparse, out.result.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    expect(out.result.report.agencyName).toBe('某市人力资源和社会保障局');
    expect(out.result.report.year).toBe(format.id === '2019' ? 2020 : 2024);
    expect(out.result.source.kind).toBe('pdf');
    // The one doubt: the stray line, pointed to by page, line and text.
    const doubts = out.result.notes.filter((n) => n.level === 'doubt');
    expect(doubts).toHaveLength(1);
    expect(doubts[0]!.where).toMatch(/^第\d+页第\d+行「注：数据截至12月31日」$/);
  });
});

describe('no text to read', () => {
  it('a scan (pages with a handful of characters) gets the message and no report', () => {
    const pages = [1, 2, 3].map((page) => ({ page, items: [item('扫描', 100, 40)] }));
    const out = recognisePdf(pages, 'scan.pdf');
    expect(out).toEqual({ ok: false, message: `“scan.pdf”：${SCANNED_MESSAGE}` });
  });
});

describe('pdf.js items', () => {
  const upright = [item('规章', 100, 500), item('4', 250, 500.9), item('8', 350, 500.9), item('12', 450, 500.9)];
  const asPdfjs = (it: TextItem, degrees: number) => {
    const r = (degrees * Math.PI) / 180;
    const [c, s] = [Math.cos(r), Math.sin(r)];
    return {
      str: it.str,
      width: it.width,
      height: it.height,
      transform: [it.height * c, it.height * s, -it.height * s, it.height * c, it.x * c - it.y * s, it.x * s + it.y * c],
    };
  };

  it('text set at a quarter turn (a landscape table) is turned back into lines', () => {
    for (const degrees of [0, 90, 270]) {
      const page = fromPdfjs(
        1,
        upright.map((it) => asPdfjs(it, degrees)),
      );
      expect(texts(page), `${degrees}°`).toEqual(['规章\t4\t8\t12']);
    }
  });

  it('a diagonal watermark is left out; marked-content entries without text are skipped', () => {
    const page = fromPdfjs(1, [
      ...upright.map((it) => asPdfjs(it, 0)),
      asPdfjs(item('内部资料', 200, 400, 40), 45),
      { type: 'beginMarkedContent' } as never,
    ]);
    expect(texts(page)).toEqual(['规章\t4\t8\t12']);
  });
});
