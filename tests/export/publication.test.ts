// @vitest-environment node
// Issue #14 points 1–6, read from the .docx XML: how Word and WPS will lay the report out.
import { describe, expect, it } from 'vitest';
import {
  BODY_LINE,
  CHAR_PITCH,
  CHARS_PER_LINE,
  LINES_PER_PAGE,
  MARGIN_MM,
  PAGE_NUMBER_LINE,
  TEXT_WIDTH,
  paragraphParts,
  textWidthInChars,
  COLUMN_WIDTHS,
  CELL_MARGIN,
} from '../../src/export/layout';
import { getFormat } from '../../src/formats';
import type { Report } from '../../src/model';
import { exportParts } from './build';
import { child, childElements, descendants, textOf, type DocxParts, type XmlElement } from './docx-xml';
import { blankFormatReport, filledReport } from './fixtures';
import { styleSheet } from './run-format';

const attr = (el: XmlElement | undefined, name: string) => el?.attrs[name];
const body = (parts: DocxParts) => child(parts.xml('word/document.xml'), 'w:body')!;
const style = (parts: DocxParts, id: string) =>
  descendants(parts.xml('word/styles.xml'), 'w:style').find((s) => s.attrs['w:styleId'] === id);
const twipsPerMm = 1440 / 25.4;

describe('1. table rows one 小五/五号 line tall', () => {
  it('gives every cell paragraph mark the table size and the off-grid 表格文字 style', async () => {
    const parts = await exportParts(blankFormatReport('2021'));
    const sheet = styleSheet(parts.xml('word/styles.xml'));
    const tables = childElements(body(parts), 'w:tbl');
    for (const [i, styleId, size] of [
      [0, 'TableText', 21],
      [1, 'TableTextSmall', 18],
      [2, 'TableTextSmall', 18],
    ] as const) {
      const paragraphs = descendants(tables[i]!, 'w:p');
      expect(paragraphs.length).toBeGreaterThan(10);
      for (const p of paragraphs) {
        // The style, or its variant for a row kept with the next one (based on it).
        expect([styleId, `${styleId}Keep`]).toContain(attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val'));
        expect(sheet.mark(p), `table ${i}: paragraph mark`).toMatchObject({ size, sizeCs: size, eastAsia: '宋体', tracking: 0 });
        expect(sheet.paragraphOn(p, 'w:snapToGrid'), `table ${i}: off the grid`).toBe(false);
      }
    }
    for (const kept of ['TableTextKeep', 'TableTextSmallKeep']) {
      expect(attr(child(style(parts, kept), 'w:basedOn'), 'w:val')).toBe(kept.replace('Keep', ''));
      expect(child(style(parts, kept), 'w:rPr'), `${kept} changes only keep-with-next`).toBeUndefined();
    }
    const table = style(parts, 'TableText')!;
    expect(attr(child(child(table, 'w:pPr'), 'w:snapToGrid'), 'w:val')).toBe('0');
    expect(child(child(table, 'w:pPr'), 'w:spacing')!.attrs).toMatchObject({ 'w:line': '240', 'w:lineRule': 'auto' });
    // 小五 is 表格文字 in another size: its paragraph properties all come from TableText.
    const small = style(parts, 'TableTextSmall')!;
    expect(attr(child(small, 'w:basedOn'), 'w:val')).toBe('TableText');
    expect(child(small, 'w:pPr')).toBeUndefined();
  });
});

describe('2. font table', () => {
  it('names altName, panose and charset for every Chinese font the report uses', async () => {
    const parts = await exportParts(filledReport('2021'));
    const fonts = childElements(parts.xml('word/fontTable.xml'), 'w:font');
    const byName = new Map(fonts.map((f) => [f.attrs['w:name'], f]));
    for (const [name, alt] of [
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
      ['方正小标宋简体', '宋体'],
      ['黑体', 'SimHei'],
      ['宋体', 'SimSun'],
    ]) {
      const font = byName.get(name);
      expect(font, name).toBeDefined();
      expect(attr(child(font, 'w:altName'), 'w:val')).toBe(alt);
      expect(attr(child(font, 'w:panose1'), 'w:val')).toMatch(/^[0-9A-F]{20}$/);
      expect(attr(child(font, 'w:charset'), 'w:val')).toBe('86'); // GB2312
    }
    // Every eastAsia font used in the document or its styles is in the table.
    const used = new Set(
      ['word/document.xml', 'word/styles.xml']
        .flatMap((part) => descendants(parts.xml(part), 'w:rFonts'))
        .map((f) => f.attrs['w:eastAsia'])
        .filter(Boolean),
    );
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const name of used) expect(byName.has(name), name).toBe(true);
  });
});

describe('3. 22 lines × 28 characters', () => {
  it('sets a line grid at the body pitch: 22 lines fill the 225 mm text block', async () => {
    const parts = await exportParts(filledReport('2021'));
    const grid = child(child(body(parts), 'w:sectPr'), 'w:docGrid')!;
    expect(grid.attrs).toMatchObject({ 'w:type': 'lines', 'w:linePitch': String(BODY_LINE) });
    const textHeight = (297 - MARGIN_MM.top - MARGIN_MM.bottom) * twipsPerMm;
    expect(LINES_PER_PAGE * BODY_LINE).toBeLessThanOrEqual(textHeight);
    expect((LINES_PER_PAGE + 1) * BODY_LINE).toBeGreaterThan(textHeight);
  });
  it('tracks body text so 28 三号 characters fit the 156 mm line and 29 do not', async () => {
    const parts = await exportParts(filledReport('2021'));
    const sheet = styleSheet(parts.xml('word/styles.xml'));
    const paragraph = childElements(body(parts), 'w:p').find((p) => textOf(p) === '本机关坚持以公开为常态、不公开为例外。')!;
    const runs = childElements(paragraph, 'w:r');
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) expect(sheet.run(paragraph, r)).toMatchObject({ size: 32, tracking: CHAR_PITCH - 320 });
    expect(CHARS_PER_LINE * CHAR_PITCH).toBeLessThanOrEqual(TEXT_WIDTH);
    expect((CHARS_PER_LINE + 1) * CHAR_PITCH).toBeGreaterThan(TEXT_WIDTH);
  });
});

describe('4. widow control off', () => {
  it('is off in the document defaults and the Normal style', async () => {
    const parts = await exportParts(filledReport('2019'));
    const styles = parts.xml('word/styles.xml');
    const pPrDefault = child(child(child(styles, 'w:docDefaults'), 'w:pPrDefault'), 'w:pPr');
    expect(attr(child(pPrDefault, 'w:widowControl'), 'w:val')).toBe('0');
    expect(attr(child(child(style(parts, 'Normal'), 'w:pPr'), 'w:widowControl'), 'w:val')).toBe('0');
    expect(descendants(parts.xml('word/document.xml'), 'w:widowControl').filter((w) => w.attrs['w:val'] !== '0')).toEqual([]);
  });
});

describe('5. 成文日期 placement', () => {
  const block = async (report: Report) => {
    const paragraphs = childElements(body(await exportParts(report)), 'w:p');
    const right = (p: XmlElement) => Number(attr(child(child(p, 'w:pPr'), 'w:ind'), 'w:right'));
    return { paragraphs, right };
  };
  it('turns off the automatic space between 汉字 and digits in the 署名 style', async () => {
    const parts = await exportParts(filledReport('2021'));
    const pPr = child(style(parts, 'Signature'), 'w:pPr');
    expect(attr(child(pPr, 'w:autoSpaceDE'), 'w:val')).toBe('0');
    expect(attr(child(pPr, 'w:autoSpaceDN'), 'w:val')).toBe('0');
    const { paragraphs } = await block(filledReport('2021'));
    for (const p of paragraphs.slice(-2)) expect(attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val')).toBe('Signature');
  });
  it('unsealed (§7.3.5.2): one blank line, 署名 right 2, the date starting 2 characters right of the 署名', async () => {
    const { paragraphs, right } = await block(filledReport('2021'));
    const [before, blank, sig, date] = paragraphs.slice(-4);
    expect(textOf(before!)).not.toBe('');
    expect(textOf(blank!)).toBe('');
    expect(right(sig!)).toBe(2 * CHAR_PITCH);
    // first character of the date = first character of the 署名 + 2
    const start = (p: XmlElement) => right(p) + textWidthInChars(textOf(p)) * CHAR_PITCH;
    expect(start(sig!) - start(date!)).toBe(2 * CHAR_PITCH);
  });
  it('sealed (§7.3.5.1): two blank lines, the date right 4, the 署名 centred over the date', async () => {
    const report = { ...filledReport('2021'), sealed: true };
    const { paragraphs, right } = await block(report);
    const [before, blank1, blank2, sig, date] = paragraphs.slice(-5);
    expect(textOf(before!)).not.toBe('');
    expect([textOf(blank1!), textOf(blank2!)]).toEqual(['', '']);
    expect(right(date!)).toBe(4 * CHAR_PITCH);
    const centre = (p: XmlElement) => right(p) + (textWidthInChars(textOf(p)) * CHAR_PITCH) / 2;
    expect(Math.abs(centre(sig!) - centre(date!))).toBeLessThanOrEqual(1);
  });
});

describe('6. page number, wraps, breaks, headings, outline, properties', () => {
  it('puts the footer line’s top 7 mm under the text block', async () => {
    const parts = await exportParts(filledReport('2021'));
    const footer = Number(child(child(body(parts), 'w:sectPr'), 'w:pgMar')!.attrs['w:footer']);
    const lineTopMm = (footer + PAGE_NUMBER_LINE) / twipsPerMm;
    expect(MARGIN_MM.bottom - lineTopMm).toBeGreaterThan(6.5);
    expect(MARGIN_MM.bottom - lineTopMm).toBeLessThan(7.5);
    const pPr = child(style(parts, 'Footer'), 'w:pPr');
    expect(child(pPr, 'w:spacing')!.attrs).toMatchObject({ 'w:line': String(PAGE_NUMBER_LINE), 'w:lineRule': 'exact' });
  });
  it('fits every 2019 表二 label on one line of its column (no lone 「项」)', () => {
    const t2 = getFormat('2019').tables.t2;
    const inner = COLUMN_WIDTHS.t2[0]! - 2 * CELL_MARGIN;
    for (const row of t2.rows) {
      const label = row[0]!;
      if (label.type === 'label') expect(textWidthInChars(label.text) * 210, label.text).toBeLessThanOrEqual(inner);
    }
  });
  it('lets 表二 break only before a 第二十条 block; 表三 and 表四 stay whole', async () => {
    const parts = await exportParts(filledReport('2021'));
    const sheet = styleSheet(parts.xml('word/styles.xml'));
    const tables = childElements(body(parts), 'w:tbl');
    // A row keeps with the next when every paragraph in it does (style or direct), and none does otherwise.
    const keeps = (tr: XmlElement) => {
      const flags = descendants(tr, 'w:p').map((p) => sheet.paragraphOn(p, 'w:keepNext'));
      expect(new Set(flags).size, 'all cells of a row alike').toBe(1);
      return flags[0];
    };
    const t2Rows = childElements(tables[0]!, 'w:tr');
    t2Rows.forEach((tr, r) => {
      const next = t2Rows[r + 1];
      const nextIsBlock = next !== undefined && /^第二十条/.test(textOf(next));
      expect(keeps(tr), `表二 row ${r}`).toBe(next !== undefined && !nextIsBlock);
    });
    for (const tbl of tables.slice(1)) {
      const rows = childElements(tbl, 'w:tr');
      rows.forEach((tr, r) => {
        expect(keeps(tr), `row ${r}`).toBe(r < rows.length - 1);
      });
    }
  });
  it('sets a （一） paragraph in 楷体 only up to its first 「。」, or whole when it is one short line', async () => {
    expect(paragraphParts('（一）主动公开情况。本年度主动公开。')).toMatchObject({
      heading: '（一）主动公开情况。',
      rest: '本年度主动公开。',
    });
    expect(paragraphParts('（一）主动公开情况')).toMatchObject({ level: 2, heading: '（一）主动公开情况', rest: '' });
    const long = `（一）${'本年度本机关主动公开政府信息'.repeat(3)}`;
    expect(paragraphParts(long)).toEqual({ level: 0, heading: '', rest: long });
    const report = filledReport('2021');
    report.texts.overview = long;
    const parts = await exportParts(report);
    const sheet = styleSheet(parts.xml('word/styles.xml'));
    const p = childElements(body(parts), 'w:p').find((x) => textOf(x) === long)!;
    expect(childElements(p, 'w:r').map((r) => sheet.run(p, r).eastAsia)).toEqual(['仿宋_GB2312']);
  });
  it('has black Heading styles with outline levels, used by the section headings', async () => {
    const parts = await exportParts(filledReport('2021'));
    for (const [id, level, font] of [
      ['Heading1', '0', '黑体'],
      ['Heading2', '1', '楷体_GB2312'],
    ]) {
      const s = style(parts, id)!;
      expect(attr(child(child(s, 'w:pPr'), 'w:outlineLvl'), 'w:val')).toBe(level);
      expect(attr(child(child(s, 'w:rPr'), 'w:rFonts'), 'w:eastAsia')).toBe(font);
    }
    expect(descendants(parts.xml('word/styles.xml'), 'w:color')).toEqual([]);
    const headings = childElements(body(parts), 'w:p').filter((p) => attr(child(child(p, 'w:pPr'), 'w:pStyle'), 'w:val') === 'Heading1');
    expect(headings.map(textOf)).toEqual(getFormat('2021').sections.map((s) => s.heading));
  });
  it('titles the document with the report title, not 「Un-named」', async () => {
    const core = (await exportParts(filledReport('2021'))).raw('docProps/core.xml');
    expect(core).toContain('<dc:title>某某市人民政府办公室2025年政府信息公开工作年度报告</dc:title>');
    expect(core).not.toContain('Un-named');
  });
});
