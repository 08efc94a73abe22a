// Pasted text import: the real published seed report, and the ambiguous cases where nothing may be guessed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021 } from '../../src/formats';
import { textToBlocks } from '../../src/import/blocks';
import { recogniseReport } from '../../src/import/recognise';
import { parseChineseDate } from '../../src/import/recognise';

const SEED = readFileSync(resolve(process.cwd(), 'tests/fixtures/report-2020-2019format-example.txt'), 'utf8');

const importText = (text: string) => recogniseReport(textToBlocks(text), { kind: 'text' });

describe('the published seed report (2020, 2019 format) pasted as text', () => {
  const result = importText(SEED);
  const { report, notes } = result;

  it('recognises 单位, 年度 and the format', () => {
    expect(report.agencyName).toBe('铜川市对外经济合作中心');
    expect(report.year).toBe(2020);
    expect(report.formatId).toBe('2019');
    expect(result.found.formatFrom).toBe('tables');
  });

  it('reads every number of 表二, 表三 and 表四 (all 0); totals equal to their parts are not declared', () => {
    for (const cell of FORMAT_2019.cellsByKey.values()) if (cell.kind !== 'total') expect(report.values[cell.key], cell.key).toBe('0');
    expect(report.declaredTotals).toEqual({});
    expect(Object.keys(report.values)).toHaveLength([...FORMAT_2019.cellsByKey.values()].filter((c) => c.kind !== 'total').length);
    expect(result.found.cellsRead).toBe(FORMAT_2019.cellsByKey.size);
    expect(notes.filter((n) => n.level === 'doubt' && n.cells)).toEqual([]);
    expect(notes.filter((n) => n.level === 'error')).toEqual([]);
  });

  it('takes section 一 with its （1）（2）（3） sub-headings', () => {
    const lines = report.texts.overview.split('\n');
    expect(lines).toContain('（1） 积极推动部门信息主动公开。');
    expect(lines).toContain('（2） 加强政务新媒体公开力度。');
    expect(lines).toContain('（3） 加强监督保障。');
    expect(lines.at(-1)).toMatch(/^完善工作机制。.*落到实处。$/);
    // The lead paragraph between title and 一 is kept (at the start of 一), with a note.
    expect(lines[0]).toMatch(/^2020年，市对外经济合作中心以习近平/);
    expect(notes.some((n) => n.field === 'overview' && n.message.includes('导语'))).toBe(true);
  });

  it('takes section 五 despite its reworded heading, flagged as a deviation', () => {
    expect(report.texts.problems.split('\n')).toHaveLength(2);
    expect(report.texts.problems).toMatch(/^在各方的关心支持下，2020年信息公开工作/);
    expect(report.texts.problems).toMatch(/迈向更高水平。$/);
    const deviation = notes.find((n) => n.field === 'problems' && n.level === 'info');
    expect(deviation?.message).toContain('五、存在的问题及改进情况。');
    expect(deviation?.message).toContain('五、存在的主要问题及改进情况');
  });

  it('notes the missing 六, the 釆 slip, and reads the signature and the (wrong-year) date', () => {
    expect(report.texts.other).toBe('');
    expect(notes.some((n) => n.level === 'doubt' && n.field === 'other')).toBe(true);
    expect(notes.some((n) => n.message.includes('政府集中釆购'))).toBe(true);
    expect(report.signature).toBe('铜川市对外经济合作中心');
    expect(report.dateWritten).toBe('2020-01-13');
    expect(report.texts.problems).not.toContain('2020年1月13日');
  });
});

/** A minimal 2021-format paste with one row of 表二 written as the test needs it. */
function paste2021(regulationRow: string): string {
  const t2 = FORMAT_2021.tables.t2;
  const lines = ['某区教育局2021年政府信息公开工作年度报告', '一、总体情况', '本年度工作情况良好。', '二、主动公开政府信息情况'];
  for (const row of t2.rows) {
    const label = row.find((c) => c.type !== 'value');
    const values = row.filter((c) => c.type === 'value');
    if (label?.type === 'label' && label.text === '规章') lines.push(regulationRow);
    else lines.push(...row.flatMap((c) => (c.type === 'value' ? [] : [`\t${c.text}`])), ...values.map(() => '\t5'));
  }
  lines.push(
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '问题若干。',
    '六、其他需要报告的事项',
    '无。',
  );
  return lines.join('\n');
}

describe('the seed as other copies deliver it', () => {
  const allZero = (r: ReturnType<typeof importText>) => {
    for (const cell of FORMAT_2019.cellsByKey.values()) {
      if (cell.kind !== 'total') expect(r.report.values[cell.key], cell.key).toBe('0');
    }
    expect(r.report.declaredTotals).toEqual({});
  };

  it('without tabs (one cell per line, as a PDF copy gives it)', () => {
    const r = importText(SEED.replace(/\t/g, ''));
    allZero(r);
    expect(r.notes.filter((n) => n.level !== 'info' && n.cells)).toEqual([]);
  });

  it('with long labels wrapped over two lines', () => {
    const wrapped = SEED.replace('5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新出具\n已获取信息').replace(
      '一、本年新收政府信息公开申请数量',
      '一、本年新收政府信息公开\n申请数量',
    );
    const r = importText(wrapped);
    allZero(r);
    expect(r.notes.filter((n) => n.level !== 'info' && n.cells)).toEqual([]);
  });

  it('with each table row on one line, cells separated by tabs (a web page copy)', () => {
    const lines = SEED.split('\n');
    // Join every row: a label line followed by its value lines becomes one tab-separated line.
    const joined: string[] = [];
    for (const line of lines) {
      if (/^\t\d+$/.test(line) && joined.length) joined[joined.length - 1] += line;
      else joined.push(line);
    }
    expect(joined.some((l) => /^\t规章\t0\t0\t0$/.test(l))).toBe(true);
    allZero(importText(joined.join('\n')));
  });
});

describe('pasted rows that cannot be split unambiguously', () => {
  it('splits numbers separated by spaces when the count fits', () => {
    const { report, notes } = importText(paste2021('\t规章\n\t665 88 55'));
    expect(report.formatId).toBe('2021');
    expect(report.values['t2.regulation.issued']).toBe('665');
    expect(report.values['t2.regulation.repealed']).toBe('88');
    expect(report.values['t2.regulation.inForce']).toBe('55');
    expect(report.values['t2.normative.issued']).toBe('5');
    expect(notes.filter((n) => n.cells?.includes('t2.regulation.issued'))).toEqual([]);
  });

  it('a row pasted on one line with its label is read too', () => {
    const { report } = importText(paste2021('规章 1 2 3'));
    expect([
      report.values['t2.regulation.issued'],
      report.values['t2.regulation.repealed'],
      report.values['t2.regulation.inForce'],
    ]).toEqual(['1', '2', '3']);
  });

  it('numbers run together: a doubt, the row left empty, the next row still read', () => {
    const { report, notes } = importText(paste2021('\t规章\n\t66588 55'));
    expect(report.values['t2.regulation.issued']).toBeUndefined();
    expect(report.values['t2.regulation.repealed']).toBeUndefined();
    expect(report.values['t2.regulation.inForce']).toBeUndefined();
    const doubt = notes.find((n) => n.level === 'doubt' && n.cells?.includes('t2.regulation.issued'));
    expect(doubt?.message).toContain('应有 3 个数，读到 2 个');
    expect(report.values['t2.normative.issued']).toBe('5');
  });

  it('too many numbers for a row: a doubt, not a guess', () => {
    const { report, notes } = importText(paste2021('\t规章\n\t1\n\t2\n\t3\n\t4'));
    expect(report.values['t2.regulation.issued']).toBeUndefined();
    expect(notes.some((n) => n.level === 'doubt' && n.message.includes('读到 4 个'))).toBe(true);
  });

  it('a value that parseValue refuses is flagged as an error and left empty', () => {
    const { report, notes } = importText(paste2021('\t规章\n\t1.5\n\t2\n\t3'));
    expect(report.values['t2.regulation.issued']).toBeUndefined();
    expect(report.values['t2.regulation.repealed']).toBe('2');
    expect(notes.some((n) => n.level === 'error' && n.cells?.includes('t2.regulation.issued'))).toBe(true);
  });

  it('blank marks read as empty cells', () => {
    const { report, notes } = importText(paste2021('\t规章\n\t—\n\t/\n\t0'));
    expect(report.values['t2.regulation.issued']).toBeUndefined();
    expect(report.values['t2.regulation.repealed']).toBeUndefined();
    expect(report.values['t2.regulation.inForce']).toBe('0');
    expect(notes.filter((n) => n.level !== 'info' && n.cells?.includes('t2.regulation.issued'))).toEqual([]);
  });

  it('a title without 年度 is still read; the missing 表三 and 表四 rows are reported', () => {
    const { report, notes } = importText(paste2021('\t规章\n\t1\n\t2\n\t3'));
    expect(report.agencyName).toBe('某区教育局');
    expect(report.year).toBe(2021);
    expect(report.texts.other).toBe('无。');
    expect(notes.some((n) => n.level === 'doubt' && n.cells?.includes('t3.new.natural'))).toBe(true);
  });

  it('text with no report in it is recognised as nothing', () => {
    const r = importText('今天天气很好。\n我们去公园散步。');
    expect(r.found).toMatchObject({ agencyName: false, year: false, sections: [], cellsRead: 0 });
  });
});

describe('dates', () => {
  it('reads Arabic and Chinese-numeral dates', () => {
    expect(parseChineseDate('2021年1月13日')).toBe('2021-01-13');
    expect(parseChineseDate(' 2021 年 1 月 13 日 ')).toBe('2021-01-13');
    expect(parseChineseDate('二〇二二年一月二十八日')).toBe('2022-01-28');
    expect(parseChineseDate('2021年13月1日')).toBeNull();
    expect(parseChineseDate('2021年工作')).toBeNull();
  });
});
