// @vitest-environment node
// The exported .docx, read back from its XML: page, type, headings, every table cell for cell, footers.
import { describe, expect, it } from 'vitest';
import { getFormat, type FormatId, type TableCell, type TableDef } from '../../src/formats';
import { computeAll, formatOf, type Report } from '../../src/model';
import { exportParts } from './build';
import { child, childElements, descendants, textOf, type DocxParts, type XmlElement } from './docx-xml';
import { filledReport } from './fixtures';
import { styleSheet, type StyleSheet } from './run-format';

const attr = (el: XmlElement | undefined, name: string) => el?.attrs[name];

function body(parts: DocxParts): XmlElement {
  return child(parts.xml('word/document.xml'), 'w:body')!;
}

/**
 * A run's formatting as the reader sees it (styles resolved, tests/export/run-format.ts): eastAsia/Latin font and
 * size. Every run also asserts what holds for all: the eastAsia hint, the complex-script size equal to the size.
 */
function runFormat(sheet: StyleSheet, paragraph: XmlElement, run: XmlElement) {
  const f = sheet.run(paragraph, run);
  expect({ hint: f.hint, sizeCs: f.sizeCs, cs: f.cs }).toEqual({ hint: 'eastAsia', sizeCs: f.size, cs: f.ascii });
  return { eastAsia: f.eastAsia, ascii: f.ascii, hAnsi: f.hAnsi, size: f.size };
}

const textRuns = (p: XmlElement) => childElements(p, 'w:r').filter((r) => textOf(r) !== '');

/** Every text run of a table or part with the paragraph it is in. */
const runsIn = (el: XmlElement) => descendants(el, 'w:p').flatMap((p) => textRuns(p).map((r) => [p, r] as const));

/** Grid of a docx table: for each position, the top-left position of the cell covering it. */
function gridFromXml(tbl: XmlElement) {
  const rows = childElements(tbl, 'w:tr');
  const origin: string[][] = [];
  const text = new Map<string, string>();
  const spanOf = new Map<string, number>();
  rows.forEach((tr, r) => {
    origin.push([]);
    let col = 0;
    for (const tc of childElements(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1);
      const vMerge = child(tcPr, 'w:vMerge');
      let id: string;
      if (vMerge && attr(vMerge, 'w:val') !== 'restart') {
        id = origin[r - 1]?.[col] ?? 'continue without a cell above';
        // A continue cell spans the same columns as the cell it continues.
        expect(span, `row ${r} col ${col}: continue cell span`).toBe(spanOf.get(id));
        expect(textOf(tc), `row ${r} col ${col}: continue cell is empty`).toBe('');
      } else {
        id = `${r},${col}`;
        text.set(id, childElements(tc, 'w:p').map(textOf).join('\n'));
        spanOf.set(id, span);
      }
      for (let k = 0; k < span; k++) origin[r]![col + k] = id;
      col += span;
    }
  });
  return { origin, text };
}

/** The same from the official description (written independently of the export's own placement). */
function gridFromFormat(table: TableDef, values: Record<string, string>) {
  const origin: string[][] = table.rows.map(() => Array<string>(table.grid).fill(''));
  const text = new Map<string, string>();
  table.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row as TableCell[]) {
      while (origin[r]![col] !== '') col++;
      const id = `${r},${col}`;
      text.set(id, cell.type === 'value' ? (values[cell.key] ?? '') : cell.lines ? cell.lines.join('\n') : cell.text);
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) for (let dc = 0; dc < (cell.colspan ?? 1); dc++) origin[r + dr]![col + dc] = id;
      col += cell.colspan ?? 1;
    }
  });
  return { origin, text };
}

describe.each(['2019', '2021'] as FormatId[])('format %s', (formatId) => {
  const report = filledReport(formatId);
  const format = getFormat(formatId);
  let parts: DocxParts;
  let sheet: StyleSheet;
  const load = async () => {
    parts ??= await exportParts(report);
    sheet ??= styleSheet(parts.xml('word/styles.xml'));
    return parts;
  };

  it('is A4 with the GB/T 9704 margins in twips', async () => {
    const sectPr = child(body(await load()), 'w:sectPr')!;
    const pgSz = child(sectPr, 'w:pgSz')!;
    expect([pgSz.attrs['w:w'], pgSz.attrs['w:h']]).toEqual(['11906', '16838']);
    const m = child(sectPr, 'w:pgMar')!.attrs;
    // 37, 35, 28, 26 mm: floor(mm / 25.4 × 1440)
    expect({ top: m['w:top'], bottom: m['w:bottom'], left: m['w:left'], right: m['w:right'] }).toEqual({
      top: '2097',
      bottom: '1984',
      left: '1587',
      right: '1474',
    });
    // Text width 210 − 28 − 26 = 156 mm.
    expect(11906 - 1587 - 1474).toBeGreaterThanOrEqual(8844);
  });

  it('sets the title in 方正小标宋简体 二号 on two centred lines', async () => {
    const [p1, p2] = childElements(body(await load()), 'w:p');
    expect(textOf(p1!)).toBe('某某市人民政府办公室');
    expect(textOf(p2!)).toBe(`${report.year}年政府信息公开工作年度报告`);
    for (const p of [p1!, p2!]) {
      expect(attr(child(child(p, 'w:pPr'), 'w:jc'), 'w:val')).toBe('center');
      for (const r of textRuns(p)) {
        expect(runFormat(sheet, p, r)).toEqual({
          eastAsia: '方正小标宋简体',
          ascii: 'Times New Roman',
          hAnsi: 'Times New Roman',
          size: 44,
        });
        expect(sheet.run(p, r).tracking, 'the title is not tracked').toBe(0);
      }
    }
  });

  it('sets the six section headings in 黑体 三号 and body text in 仿宋_GB2312 三号, on the 28.95 pt grid, two-character indent', async () => {
    const paragraphs = childElements(body(await load()), 'w:p');
    const headings = paragraphs.filter((p) => format.sections.some((s) => s.heading === textOf(p)));
    expect(headings.map(textOf)).toEqual(format.sections.map((s) => s.heading));
    for (const h of headings)
      for (const r of textRuns(h)) {
        expect(runFormat(sheet, h, r)).toMatchObject({ eastAsia: '黑体', ascii: 'Times New Roman', size: 32 });
        expect(sheet.run(h, r).tracking).toBe(-5);
      }

    const body1 = paragraphs.find((p) => textOf(p) === '本机关坚持以公开为常态、不公开为例外。')!;
    expect(runFormat(sheet, body1, textRuns(body1)[0]!)).toEqual({
      eastAsia: '仿宋_GB2312',
      ascii: 'Times New Roman',
      hAnsi: 'Times New Roman',
      size: 32,
    });
    const pPr = child(body1, 'w:pPr');
    expect(child(pPr, 'w:spacing')!.attrs).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    // Two characters at the body pitch (320 twips less 5 of tracking).
    expect(child(pPr, 'w:ind')!.attrs).toMatchObject({ 'w:firstLine': '630' });

    // （一） run-in heading in 楷体, then body text in 仿宋; 1. and （1） in 仿宋; 一、 typed in a text section in 黑体.
    const level2 = paragraphs.find((p) => textOf(p).startsWith('（一）主动公开情况。'))!;
    expect(textRuns(level2).map((r) => [textOf(r), runFormat(sheet, level2, r).eastAsia])).toEqual([
      ['（一）主动公开情况。', '楷体_GB2312'],
      ['本年度共主动公开政府信息1234条，同比增长5.6%。', '仿宋_GB2312'],
    ]);
    for (const start of ['1.加强平台建设。', '（1）完善栏目。']) {
      const p = paragraphs.find((x) => textOf(x).startsWith(start))!;
      expect(textRuns(p).map((r) => runFormat(sheet, p, r).eastAsia)).toEqual(['仿宋_GB2312', '仿宋_GB2312']);
    }
    const level1 = paragraphs.find((p) => textOf(p) === '一、补充说明')!;
    expect(runFormat(sheet, level1, textRuns(level1)[0]!)).toMatchObject({ eastAsia: '黑体', size: 32 });
    // Every run of a text section: 三号, 0.25 pt tight.
    const texts = paragraphs.filter((p) => !headings.includes(p) && textOf(p) !== '').slice(2);
    expect(texts.length).toBeGreaterThan(4);
    for (const p of texts) for (const r of textRuns(p)) expect([runFormat(sheet, p, r).size, sheet.run(p, r).tracking]).toEqual([32, -5]);
  });

  it('declares 仿宋_GB2312 三号 with Times New Roman digits as the document default', async () => {
    const styles = await load().then((p) => p.xml('word/styles.xml'));
    const rPr = child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr')!;
    expect(child(rPr, 'w:rFonts')!.attrs).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    });
    expect(attr(child(rPr, 'w:sz'), 'w:val')).toBe('32');
  });

  it('numbers pages 「— N —」 in 四号宋体, odd pages right and even pages left, one character in', async () => {
    const p = await load();
    expect(child(p.xml('word/settings.xml'), 'w:evenAndOddHeaders')).toBeDefined();
    const rels = descendants(p.xml('word/_rels/document.xml.rels'), 'Relationship');
    const refs = childElements(child(body(p), 'w:sectPr')!, 'w:footerReference');
    const footerFor = (type: string) => {
      const id = refs.find((r) => r.attrs['w:type'] === type)!.attrs['r:id'];
      return p.xml(`word/${rels.find((r) => r.attrs.Id === id)!.attrs.Target}`);
    };
    for (const [type, jc, ind] of [
      ['default', 'right', 'w:right'],
      ['even', 'left', 'w:left'],
    ] as const) {
      const footer = footerFor(type);
      const [para] = childElements(footer, 'w:p');
      const pPr = child(para, 'w:pPr');
      expect(attr(child(pPr, 'w:jc'), 'w:val')).toBe(jc);
      expect(attr(child(pPr, 'w:ind'), ind)).toBe('280');
      const instr = descendants(footer, 'w:instrText')
        .flatMap((el) => el.children)
        .join('');
      expect(instr.trim()).toBe('PAGE');
      expect(descendants(footer, 'w:fldChar').map((f) => f.attrs['w:fldCharType'])).toEqual(['begin', 'separate', 'end']);
      // The field's cached result: a page number even where fields are not updated.
      expect(descendants(footer, 'w:t').map((t) => t.children.join(''))).toEqual(['— ', type === 'default' ? '1' : '2', ' —']);
      // 四号宋体 from the footer style the paragraph names.
      expect(attr(child(pPr, 'w:pStyle'), 'w:val')).toBe('Footer');
      for (const r of textRuns(para!))
        expect(sheet.run(para!, r)).toMatchObject({ eastAsia: '宋体', ascii: '宋体', size: 28, tracking: 0 });
    }
  });

  it('reproduces every official table cell for cell: rows, merges, labels and values', async () => {
    const b = body(await load());
    const values = computeAll(format, report.values);
    const blocks = childElements(b);
    const tables = childElements(b, 'w:tbl');
    expect(tables).toHaveLength(3);
    for (const [i, id] of (['t2', 't3', 't4'] as const).entries()) {
      const table = format.tables[id];
      const tbl = tables[i]!;
      // The section heading paragraph precedes its table.
      expect(textOf(blocks[blocks.indexOf(tbl) - 1]!)).toBe(table.caption);
      const fromXml = gridFromXml(tbl);
      const expected = gridFromFormat(table, values);
      expect(fromXml.origin, `${id} merges`).toEqual(expected.origin);
      expect(Object.fromEntries(fromXml.text), `${id} texts`).toEqual(Object.fromEntries(expected.text));
    }
  });

  it('puts every value where the report holds it, totals computed', async () => {
    const values = computeAll(format, report.values);
    const tables = childElements(body(await load()), 'w:tbl');
    for (const [i, id] of (['t2', 't3', 't4'] as const).entries()) {
      const { origin, text } = gridFromXml(tables[i]!);
      for (const cell of format.tables[id].cells) {
        // A cell starts at the grid position the format gives it, and holds the report's value.
        const id = `${cell.rowIndex},${cell.gridColumn}`;
        expect(origin[cell.rowIndex]![cell.gridColumn], cell.key).toBe(id);
        expect(text.get(id), cell.key).toBe(values[cell.key]);
      }
    }
    expect(values['t3.results.total']).not.toBe('');
  });

  it('lays tables out fixed, 8844 twips wide, with a DXA width on every cell and 0.5 pt single borders', async () => {
    const tables = childElements(body(await load()), 'w:tbl');
    for (const [i, id] of (['t2', 't3', 't4'] as const).entries()) {
      const tbl = tables[i]!;
      const tblPr = child(tbl, 'w:tblPr')!;
      expect(attr(child(tblPr, 'w:tblLayout'), 'w:type')).toBe('fixed');
      expect(child(tblPr, 'w:tblW')!.attrs).toMatchObject({ 'w:type': 'dxa', 'w:w': '8844' });
      for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
        expect(child(child(tblPr, 'w:tblBorders'), side)!.attrs, side).toMatchObject({ 'w:val': 'single', 'w:sz': '4' });
      }
      // Every cell centred vertically: by the table style, no cell saying otherwise.
      const tableStyleId = attr(child(tblPr, 'w:tblStyle'), 'w:val');
      const tableStyle = descendants(parts.xml('word/styles.xml'), 'w:style').find((st) => st.attrs['w:styleId'] === tableStyleId);
      expect(tableStyle?.attrs['w:type'], `${id}: table style`).toBe('table');
      expect(attr(child(child(tableStyle, 'w:tcPr'), 'w:vAlign'), 'w:val')).toBe('center');
      for (const tc of descendants(tbl, 'w:tc')) expect(attr(child(child(tc, 'w:tcPr'), 'w:vAlign'), 'w:val') ?? 'center').toBe('center');
      const cols = childElements(child(tbl, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
      expect(cols).toHaveLength(format.tables[id].grid);
      expect(cols.reduce((a, b) => a + b, 0)).toBe(8844);
      for (const tr of childElements(tbl, 'w:tr')) {
        let col = 0;
        for (const tc of childElements(tr, 'w:tc')) {
          const tcPr = child(tc, 'w:tcPr');
          const span = Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1);
          expect(child(tcPr, 'w:tcW')!.attrs).toEqual({
            'w:type': 'dxa',
            'w:w': String(cols.slice(col, col + span).reduce((a, b) => a + b, 0)),
          });
          col += span;
        }
      }
      // Table text: 宋体 (楷体 for the note and （二）'s parenthesis), 五号 in 表二, 小五 in 表三 and 表四; digits Times New Roman.
      const size = id === 't2' ? 21 : 18;
      for (const [p, r] of runsIn(tbl)) {
        const f = runFormat(sheet, p, r);
        expect(f.size).toBe(size);
        expect(sheet.run(p, r).tracking, 'table text is not tracked').toBe(0);
        expect(f.ascii).toBe('Times New Roman');
        expect(['宋体', '楷体_GB2312']).toContain(f.eastAsia);
      }
    }
    // 表三's first column (三、本年度办理结果) is about one 小五 character wide: it wraps one character per line.
    const t3Cols = childElements(child(tables[1]!, 'w:tblGrid')!, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
    expect(t3Cols[0]! - 2 * 57).toBeGreaterThanOrEqual(180);
    expect(t3Cols[0]! - 2 * 57).toBeLessThan(360);
  });

  it('sets the 勾稽 note and （二）部分公开’s parenthesis in 楷体', async () => {
    const t3 = childElements(body(await load()), 'w:tbl')[1]!;
    const kai = runsIn(t3)
      .filter(([p, r]) => runFormat(sheet, p, r).eastAsia === '楷体_GB2312')
      .map(([, r]) => textOf(r));
    const labels = format.tables.t3.rows.flat().filter((c) => c.type !== 'value');
    const note = labels.find((c) => c.type === 'note')!;
    const partial = labels.find((c) => c.kaiSuffix)!;
    expect(kai).toEqual([note.text, partial.kaiSuffix]);
    // The rest of （二）'s label stays in 宋体.
    const [p, lead] = runsIn(t3).find(([, r]) => partial.text.startsWith(textOf(r)))!;
    expect(runFormat(sheet, p, lead).eastAsia).toBe('宋体');
  });

  it('ends with the 署名 and 成文日期 block of GB/T 9704 §7.3.5.2', async () => {
    const paragraphs = childElements(body(await load()), 'w:p');
    const [blank, sig, date] = paragraphs.slice(-3);
    expect(textOf(blank!)).toBe('');
    expect(textOf(sig!)).toBe('某某市人民政府办公室');
    expect(textOf(date!)).toBe('2026年1月9日');
    for (const p of [sig!, date!]) expect(attr(child(child(p, 'w:pPr'), 'w:jc'), 'w:val')).toBe('right');
    const right = (p: XmlElement) => Number(attr(child(child(p, 'w:pPr'), 'w:ind'), 'w:right'));
    // 署名 10 characters, right 2; the date (2026 = 2 characters, 1 and 9 half each: 6 characters) starts 2 characters
    // right of the 署名's first character: 2 + 10 − 2 − 6 = 4 characters = 1260 twips at the 315-twip body pitch.
    expect(right(sig!)).toBe(630);
    expect(right(date!)).toBe(1260);
  });
});

describe('blank and partial reports', () => {
  it('exports blanks as empty cells (what the report holds) and leaves out an unfilled signature block', async () => {
    const report: Report = filledReport('2021');
    report.values = { 't3.new.natural': '5' };
    report.signature = '';
    report.dateWritten = '';
    report.texts = { overview: '', problems: '', other: '' };
    const parts = await exportParts(report);
    const b = body(parts);
    const t3 = childElements(b, 'w:tbl')[1]!;
    const { text } = gridFromXml(t3);
    const row = formatOf(report).tables.t3.cells.find((c) => c.key === 't3.new.natural')!.rowIndex;
    expect(text.get(`${row},3`)).toBe('5');
    expect(text.get(`${row},4`)).toBe('');
    expect(text.get(`${row},9`)).toBe('5'); // the row's 总计
    const t4 = childElements(b, 'w:tbl')[2]!;
    expect(childElements(childElements(t4, 'w:tr')[3]!, 'w:tc').map(textOf)).toEqual(Array(15).fill(''));
    // Last paragraph is the 六、 heading: no blank line, no 署名, no date.
    expect(textOf(childElements(b, 'w:p').at(-1)!)).toBe('六、其他需要报告的事项');
  });

  it('writes only the date, right-indented two characters, when there is no 署名', async () => {
    const report = filledReport('2021');
    report.signature = '';
    const paragraphs = childElements(body(await exportParts(report)), 'w:p');
    const last = paragraphs.at(-1)!;
    expect(textOf(last)).toBe('2026年1月9日');
    expect(attr(child(child(last, 'w:pPr'), 'w:ind'), 'w:right')).toBe('630');
    expect(textOf(paragraphs.at(-2)!)).toBe('');
  });
});
