// Issue #10's failure classes, each with a fixture in both formats generated from the format data and the cells
// it must give. Invariant for all: no input cell receives a number the source does not have.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { textLines, textToBlocks } from '../../src/import/blocks';
import { recogniseReport } from '../../src/import/recognise';
import { distinctValues } from './docx-fixtures';
import { reportText, score } from './text-fixtures';

const importText = (text: string) =>
  recogniseReport(textToBlocks(text), { kind: 'text', lines: textLines(text), now: Date.UTC(2025, 5, 1) });
const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name), 'utf8');

describe.each([FORMAT_2019, FORMAT_2021] as FormatDef[])('%s', (format) => {
  const values = distinctValues(format);
  const inputs = Object.keys(values);

  it('1. web-table copy: an empty tab field is a blank cell, the row keeps its positions', () => {
    const sparse = { ...values };
    // Blank cells in the middle of rows: 821⇥35⇥⇥⇥2⇥1⇥859.
    const blanks = inputs.filter((_, i) => i % 5 === 2);
    for (const key of blanks) delete sparse[key];
    const r = importText(reportText(format, sparse, 'tabs'));
    const s = score(sparse, r.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    expect(s.right).toBe(Object.keys(sparse).length);
    expect(r.notes.filter((n) => n.level === 'doubt' && n.cells)).toEqual([]);
  });

  it('2. flattened text: headings inside a line, bodies kept; glued digits split only when unique, else blank with a doubt', () => {
    const digits: Record<string, string> = {};
    for (const key of inputs)
      digits[key] = key.startsWith('t2.') && !key.includes('amount') ? String(inputs.indexOf(key) % 10) : values[key]!;
    const text = reportText(format, digits, 'glued', { overview: '2021年，我区以信息公开为抓手。', other: '无其他需要报告的事项' });
    const r = importText(text);
    expect(r.report.texts.overview).toBe('2021年，我区以信息公开为抓手。');
    expect(r.report.texts.other).toBe('无其他需要报告的事项');
    expect(r.report.texts.problems).toBe('一是公开的及时性有待提高。');
    const s = score(digits, r.report.values);
    expect(s.wrong).toEqual([]);
    // 表二's three-column rows of one digit each are unique splits.
    const t2Rows = format.tables.t2.rows.filter((row) => row.filter((c) => c.type === 'value').length === 3);
    for (const row of t2Rows) for (const c of row) if (c.type === 'value') expect(r.report.values[c.key], c.key).toBe(digits[c.key]);
    // 表三's rows glue several multi-digit numbers: no unique split, so blank with a doubt note on each.
    const newRow = [...format.cellsByKey.values()].filter((c) => c.key.startsWith('t3.new.'));
    for (const c of newRow) expect(r.report.values[c.key]).toBeUndefined();
    expect(r.notes.some((n) => n.level === 'doubt' && n.cells?.includes('t3.new.natural') && n.message.includes('连在一起'))).toBe(true);
  });

  it('3. PDF text (pdftotext -layout and -raw of our own export): every number, none wrong', () => {
    const expected = JSON.parse(fixture(`own-${format.id}.values.json`)) as Record<string, string>;
    for (const mode of ['layout', 'raw']) {
      const r = importText(fixture(`own-${format.id}.${mode}.txt`));
      const s = score(expected, r.report.values);
      expect(s.wrong, mode).toEqual([]);
      expect(s.missing, mode).toEqual([]);
      expect(r.report.agencyName).toBe('某市人力资源和社会保障局');
      expect(r.report.year).toBe(format.id === '2019' ? 2020 : 2024);
      expect(r.report.dateWritten).toBe(format.id === '2019' ? '2021-01-20' : '2025-01-20');
      // Totals equal their parts (the wrapped 32697 included): none declared, no doubt left.
      expect(r.report.declaredTotals, mode).toEqual({});
      expect(
        r.notes.filter((n) => n.level !== 'info'),
        mode,
      ).toEqual([]);
      // Paragraphs broken at every printed line come back whole, without pdftotext's spaces around numbers.
      expect(r.report.texts.overview.split('\n'), mode).toEqual([
        `${'本年度认真贯彻条例。'.repeat(30)}`,
        '（一）主动公开情况。全年主动公开信息512条。',
      ]);
    }
  });

  it('3. PDF viewer copy: page numbers between rows dropped, one cell per line', () => {
    const after: Record<string, string[]> = {};
    const keys = inputs.filter((k) => k.startsWith('t3.'));
    after[keys[13]!.replace(/\.[^.]+$/, '.total')] = ['- 5 -'];
    after[keys[40]!.replace(/\.[^.]+$/, '.total')] = ['—3—', '第 4 页'];
    const r = importText(reportText(format, values, 'lines', { after }));
    const s = score(values, r.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
  });

  it('7. 「—」「/」「－」 in a cell are blank, each with a note; 6. a total is declared only when it differs', () => {
    const keys = inputs.filter((k) => k.startsWith('t3.new.')).slice(0, 3);
    const cellText = { [keys[0]!]: '—', [keys[1]!]: '/', [keys[2]!]: '－' };
    const parts = { ...values };
    for (const k of keys) delete parts[k];
    const r = importText(reportText(format, parts, 'tabs', { cellText, totals: { 't3.carried.total': '123456' } }));
    for (const k of keys) {
      expect(r.report.values[k]).toBeUndefined();
      expect(r.notes.some((n) => n.cells?.includes(k) && n.message.includes('按空白导入'))).toBe(true);
    }
    expect(r.report.declaredTotals).toEqual({ 't3.carried.total': '123456' });
    expect(score(parts, r.report.values).wrong).toEqual([]);
  });
});

describe('4. titles with the year first, with spaces and line breaks', () => {
  it.each([
    [['2019年XX市人民政府办公厅政府信息公开工作年度报告'], 'XX市人民政府办公厅', 2019],
    [['2023 年 某县 财政局', '政府信息公开工作年度报告'], '某县财政局', 2023],
    [['某区教育局', '2022年度政府信息公开', '工作年度报告'], '某区教育局', 2022],
  ])('%j', (title, agency, year) => {
    const r = importText(reportText(FORMAT_2021, distinctValues(FORMAT_2021), 'tabs', { title }));
    expect(r.report.agencyName).toBe(agency);
    expect(r.report.year).toBe(year);
    expect(r.found.year).toBe(true);
  });
});

describe('5. a year not in the title is a guess, said so', () => {
  it('from the 成文日期, noted as a doubt', () => {
    const text = `${reportText(FORMAT_2021, distinctValues(FORMAT_2021), 'tabs', { title: ['某区教育局政府信息公开工作年度报告'] })}\n某区教育局\n2024年1月15日`;
    const r = importText(text);
    expect(r.found.year).toBe(false);
    expect(r.report.agencyName).toBe('某区教育局');
    expect(r.report.texts.overview).not.toContain('年度报告');
    expect(r.report.year).toBe(2023);
    expect(r.notes.some((n) => n.field === 'year' && n.level === 'doubt' && n.message.includes('推测'))).toBe(true);
  });
});

describe('8. notes point to the source line, and never blame the source for rows the reader skipped', () => {
  it('a row the reader could not split names its line and text', () => {
    const text = reportText(FORMAT_2021, distinctValues(FORMAT_2021), 'tabs').replace(/^(规章)\t.*$/m, '$1\t12\t3');
    const lineNo = text.split('\n').findIndex((l) => l.startsWith('规章\t')) + 1;
    const r = importText(text);
    const n = r.notes.find((x) => x.cells?.includes('t2.regulation.issued'));
    expect(n?.level).toBe('doubt');
    expect(n?.where).toBe(`第${lineNo}行「规章 12 3」`);
  });

  it('a row not found is said to be not read, not missing from the source', () => {
    const text = reportText(FORMAT_2021, distinctValues(FORMAT_2021), 'tabs').replace(/^规章\t/m, '规 章 制 度\t');
    const r = importText(text);
    const n = r.notes.find((x) => x.cells?.includes('t2.regulation.issued') && x.level === 'doubt');
    expect(n?.message).toContain('未能读到');
    expect(r.report.values['t2.regulation.issued']).toBeUndefined();
  });
});
