// Shapes seen in copies of real published reports (measured with scripts/eval-real-copies.mjs on copies kept outside
// the repository), each rebuilt here from the format data in both formats with the cells it must give.
// Invariant for all: no input cell receives a number the source does not have.
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { textLines, textToBlocks } from '../../src/import/blocks';
import { recogniseReport } from '../../src/import/recognise';
import { distinctValues } from './docx-fixtures';
import { reportText, score, tableLines } from './text-fixtures';

const importText = (text: string) =>
  recogniseReport(textToBlocks(text), { kind: 'text', lines: textLines(text), now: Date.UTC(2025, 5, 1) });

describe.each([FORMAT_2019, FORMAT_2021] as FormatDef[])('%s', (format) => {
  const values = distinctValues(format);
  const inputs = Object.keys(values);
  // Blank cells in the middle and at the end of rows, and 「/」「—」 marks, as real pages have them.
  const sparse = { ...values };
  const blanks = inputs.filter((_, i) => i % 4 === 1 || i % 7 === 6);
  for (const key of blanks) delete sparse[key];
  const marked = [blanks[0]!, blanks[3]!];
  const cellText = { [marked[0]!]: '/', [marked[1]!]: '—' };

  it.each(['pipes', 'pipeLines', 'spacedLines'] as const)('web copy (%s): every number in its cell, blank cells stay blank', (style) => {
    const r = importText(reportText(format, sparse, style, { cellText }));
    const s = score(sparse, r.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    expect(r.report.formatId).toBe(format.id);
    expect(r.report.agencyName).toBe('某市人力资源和社会保障局');
    expect(r.report.texts).toMatchObject({
      overview: '本年度认真贯彻《中华人民共和国政府信息公开条例》。',
      problems: '一是公开的及时性有待提高。',
      other: '无。',
    });
    for (const key of marked) expect(r.notes.some((n) => n.cells?.includes(key) && n.message.includes('按空白导入'))).toBe(true);
    expect(r.notes.filter((n) => n.level === 'doubt' && n.cells)).toEqual([]);
  });

  it("the other format's label (规范性文件 / 行政规范性文件) and 「减4」「增2」 in the 本年增/减 column", () => {
    const [ours, theirs] = format.id === '2021' ? ['行政规范性文件', '规范性文件'] : ['规范性文件', '行政规范性文件'];
    const signed = [...format.cellsByKey.values()].filter((c) => c.kind === 'signed').map((c) => c.key);
    const words = Object.fromEntries(signed.map((k) => [k, values[k]!.startsWith('-') ? `减${values[k]!.slice(1)}` : `增${values[k]}`]));
    const text = reportText(format, values, 'pipeLines', { cellText: words }).replace(`\n${ours} |`, `\n${theirs} |`);
    const r = importText(text);
    const s = score(values, r.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    expect(signed.length).toBe(format.id === '2019' ? 5 : 0);
  });

  it('a row of 2 numbers followed by a 「|||||||」 filler: its columns are unknown, so blank with a note, never 2 cells guessed', () => {
    const lines = reportText(format, values, 'pipeLines').split('\n');
    const at = lines.indexOf('一、本年新收政府信息公开申请数量 |');
    const end = lines.indexOf('||', at);
    lines.splice(at + 1, end - at, '3 |', '3 |', '|||||||');
    const r = importText(lines.join('\n'));
    const row = [...format.cellsByKey.values()].filter((c) => c.key.startsWith('t3.new.') && c.kind !== 'total');
    for (const c of row) expect(r.report.values[c.key], c.key).toBeUndefined();
    expect(r.notes.some((n) => n.level === 'doubt' && n.cells?.includes('t3.new.natural') && n.message.includes('无法确定'))).toBe(true);
    const expected = { ...values };
    for (const c of row) delete expected[c.key];
    expect(score(expected, r.report.values)).toEqual({ right: Object.keys(expected).length, wrong: [], missing: [] });
  });

  it('a row of nothing but a 「||||」 filler is a row without numbers (an info note), not a row of the wrong length', () => {
    const text = reportText(format, values, 'pipes').replace(/^行政处罚 \|.*$/m, '行政处罚 | ||||');
    const r = importText(text);
    const penalty = [...format.cellsByKey.values()].filter((c) => c.key.startsWith('t2.penalty.')).map((c) => c.key);
    for (const k of penalty) expect(r.report.values[k]).toBeUndefined();
    const notes = r.notes.filter((n) => n.cells?.some((k) => penalty.includes(k)));
    expect(notes.map((n) => [n.level, n.message.includes('没有数字')])).toEqual([['info', true]]);
  });

  it('a page of a PDF: starts inside 表三, page-flip chrome, 表四 under a sentence with its header one character per line', () => {
    const table3 = tableLines(format, values, 'tabs').filter((l) => l.startsWith('四、结转下年度继续办理'));
    const carry = table3[0]!.split('\t');
    const t4 = [...format.cellsByKey.values()].filter((c) => c.key.startsWith('t4.'));
    const sums = (k: string) => t4.filter((c) => c.key.startsWith(k) && c.kind !== 'total').reduce((a, c) => a + Number(values[c.key]), 0);
    const t4Numbers = t4.map((c) => (c.kind === 'total' ? String(sums(c.key.replace(/total$/, ''))) : values[c.key]!));
    const text = [
      'Page 9 - 某区审计局2020年政府信息公开工作年度报告',
      'P. 9',
      carry.join(' '),
      format.sections[3]!.heading,
      '2020 年,我单位未出现申请行政复议、提起行政诉讼的情况。',
      '行政复议 行政诉讼',
      '未经复议直接起诉 复议后起诉',
      '结 结 其 尚',
      '总计 果 果 他 未 总 果 果 他 未 总',
      '维 纠 结 审 计 维 纠 结 审 计',
      t4Numbers.join(' '),
      format.sections[4]!.heading,
      '一是公开的及时性有待提高。',
    ].join('\n');
    const r = importText(text);
    const expected: Record<string, string> = {};
    for (const c of [...format.cellsByKey.values()])
      if (c.kind !== 'total' && (c.key.startsWith('t4.') || c.key.startsWith('t3.carryover.'))) expected[c.key] = values[c.key]!;
    const s = score(expected, r.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    expect(r.report.agencyName).toBe('某区审计局');
    expect(r.report.year).toBe(2020);
  });
});

describe('titles as real pages give them', () => {
  it.each([
    [['某市某区人民政府外事办公室政府信息公开工作2022年度报告'], '某市某区人民政府外事办公室', 2022],
    [
      [
        '索引号: | 000000/2021-00001 | 主题分类: | |',
        '发布机构: | 某区政务服务数据管理局 | 生成日期: | 2021-01-27 |',
        '文件编号: | 有效性: | 有效 | |',
        '公开范围: | 面向全社会 | 公开方式: | 主动公开 |',
        '某区行政服务中心管委会2020年',
        '政府信息公开工作年度报告',
      ],
      '某区行政服务中心管委会',
      2020,
    ],
    [['【字体:      】  打印', '2022年度某镇政府信息公开工作年度报告', '来源:原创     发布时间:2023-01-31 13:24'], '某镇', 2022],
    [['2022年某市政府信息公开工作年度报告', '', '字号:'], '某市', 2022],
    [
      [
        "某县人民政府 The People's Government of Moumou",
        '政府信息公开',
        '某县某镇2023年政府信息公开 工作告年度报',
        '来源:某县人民政府办公室 时间:2024-01-31',
      ],
      '某县某镇',
      2023,
    ],
    [
      [
        '当前页面:',
        '首页',
        '> 政务公开',
        '> 信息公开年度报告',
        '来源:某镇 发布时间:2024-03-26',
        '某市某县某镇2023年政府信息公开年度报告',
        '(2024年3 月 26日)',
      ],
      '某市某县某镇',
      2023,
    ],
  ])('%j', (title, agency, year) => {
    const r = importText(reportText(FORMAT_2021, distinctValues(FORMAT_2021), 'tabs', { title }));
    expect(r.report.agencyName).toBe(agency);
    expect(r.report.year).toBe(year);
    expect(r.found.year).toBe(true);
  });
});
