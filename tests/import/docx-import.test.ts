// .docx import: fixtures built here with the `docx` package (merged cells, both formats, deviations), and bad files.
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { FORMAT_2019, FORMAT_2021 } from '../../src/formats';
import { computeAll } from '../../src/model';
import { readDocx } from '../../src/import/docx-reader';
import { recogniseReport } from '../../src/import/recognise';
import { buildFixture, distinctValues } from './docx-fixtures';

async function importDocx(bytes: Uint8Array) {
  const read = readDocx(bytes);
  if (!read.ok) throw new Error(read.message);
  return recogniseReport(read.blocks, { kind: 'docx', fileName: 'x.docx' });
}

const TEXTS_2021 = {
  overview:
    '2023年，本局坚持以公开为常态、不公开为例外。\n（一）主动公开情况。\n全年主动公开政府信息1234条。\n（二）依申请公开情况。\n全年收到申请若干件，均按时答复。',
  problems: '一是公开内容还不够全面。\n二是解读形式较为单一。\n下一步，本局将加强培训。',
  other: '本年度未收取信息处理费。',
};

describe('2021 format .docx with merged cells', () => {
  const values = distinctValues(FORMAT_2021);

  it('puts every number in its cell, texts and title fields in place; totals that agree with their parts are no declared totals', async () => {
    const bytes = await buildFixture({
      format: FORMAT_2021,
      titleLines: ['某市生态环境局2023年政府信息公开工作年度报告'],
      texts: TEXTS_2021,
      values,
      signature: '某市生态环境局',
      date: '2024年1月20日',
    });
    const { report, notes, found } = await importDocx(bytes);
    expect(report.agencyName).toBe('某市生态环境局');
    expect(report.year).toBe(2023);
    expect(report.formatId).toBe('2021');
    expect(found.formatFrom).toBe('tables');
    expect(report.values).toEqual(values);
    // Every total in the file equals its parts (buildFixture writes the computed ones): none is declared.
    expect(report.declaredTotals).toEqual({});
    expect(report.texts).toEqual(TEXTS_2021);
    expect(report.signature).toBe('某市生态环境局');
    expect(report.dateWritten).toBe('2024-01-20');
    expect(notes.filter((n) => n.level !== 'info')).toEqual([]);
  });

  it('reads the 2021 （六） items and the 万元 amount with decimals', async () => {
    const bytes = await buildFixture({
      format: FORMAT_2021,
      titleLines: ['某县人民政府办公室2022年度政府信息公开工作年度报告'],
      texts: TEXTS_2021,
      values: { ...values, 't2.fees.amount': '24252.311082', 't3.other3.natural': '7' },
    });
    const { report } = await importDocx(bytes);
    expect(report.year).toBe(2022);
    expect(report.agencyName).toBe('某县人民政府办公室');
    expect(report.values['t2.fees.amount']).toBe('24252.311082');
    expect(report.values['t3.other3.natural']).toBe('7');
    expect(report.values['t3.other1.legal']).toBe(values['t3.other1.legal']);
  });

  it('finds headings numbered by Word (the 一、 not in the text), with a note each', async () => {
    const bytes = await buildFixture({
      format: FORMAT_2021,
      titleLines: ['某局2023年政府信息公开工作年度报告'],
      texts: TEXTS_2021,
      values,
      heading: (h) => h.replace(/^[一二三四五六]、/, ''),
    });
    const { report, notes, found } = await importDocx(bytes);
    expect(found.sections).toHaveLength(6);
    expect(report.values).toEqual(values);
    expect(report.texts).toEqual(TEXTS_2021);
    expect(notes.filter((n) => n.level === 'info' && n.message.startsWith('标题「'))).toHaveLength(6);
  });

  it('a last line without full stop before the date stays in 六 (it is no signature)', async () => {
    const bytes = await buildFixture({
      format: FORMAT_2021,
      titleLines: ['某局2023年政府信息公开工作年度报告'],
      values,
      texts: { ...TEXTS_2021, other: '本年度无收取信息处理费情况' },
      date: '2024年1月18日',
    });
    const { report } = await importDocx(bytes);
    expect(report.texts.other).toBe('本年度无收取信息处理费情况');
    expect(report.signature).toBe('');
    expect(report.dateWritten).toBe('2024-01-18');
  });

  it('keeps a source total that disagrees with its parts as declared (not repaired)', async () => {
    const bytes = await buildFixture({
      format: FORMAT_2021,
      titleLines: ['某局2023年政府信息公开工作年度报告'],
      texts: TEXTS_2021,
      values,
      totals: { 't4.review.total': '999' },
    });
    const { report } = await importDocx(bytes);
    expect(report.declaredTotals['t4.review.total']).toBe('999');
    expect(computeAll(FORMAT_2021, report.values)['t4.review.total']).not.toBe('999');
  });

  it('drops text beyond a table with a note, and flags a cell it cannot read', async () => {
    const bytes = await buildFixture({
      format: FORMAT_2021,
      titleLines: ['某局2023年政府信息公开工作年度报告'],
      texts: TEXTS_2021,
      values,
      extraUnder: { t3: '注：本年度申请均已办结。' },
      cellText: { 't3.new.natural': '约12', 't2.penalty.decisions': '—' },
    });
    const { report, notes } = await importDocx(bytes);
    expect(report.values['t3.new.natural']).toBeUndefined();
    expect(notes.some((n) => n.level === 'error' && n.cells?.includes('t3.new.natural'))).toBe(true);
    expect(report.values['t2.penalty.decisions']).toBeUndefined();
    expect(notes.some((n) => n.message.includes('注：本年度申请均已办结。') && n.message.includes('未导入'))).toBe(true);
    expect(report.values['t3.carried.natural']).toBe(values['t3.carried.natural']);
  });
});

describe('2019 format .docx with deviations', () => {
  const values = distinctValues(FORMAT_2019);
  const bent = (text: string): string[] => {
    let t = text
      .replace(/^（([一二三四五六七])）/, (_, n: string) => `（${'一二三四五六七'.indexOf(n) + 1}）`)
      .replace(/^(\d)\./, '$1、')
      .replace('采购', '釆购');
    if (t === '商业企业') return ['商业', '企业'];
    if (t === '法律服务机构') return ['法律 服务', '机构'];
    if (t.startsWith('结果')) t = `${t.slice(0, 2)} ${t.slice(2)}`;
    return [t];
  };

  it('reads all numbers despite （1）, 1、, split labels, 釆, units and a reworded heading', async () => {
    const bytes = await buildFixture({
      format: FORMAT_2019,
      titleLines: ['某市对外经济合作中心', '某市对外经济合作中心2020年度政府', '信息公开工作年度报告'],
      texts: { overview: '（1）积极推动主动公开。\n全年发布信息300条。', problems: '一是制度建设还需完善。', other: '无。' },
      values: { ...values, 't2.procurement.amount': '251000' },
      cellText: { 't2.procurement.amount': '251000元' },
      label: bent,
      heading: (h) => (h.startsWith('五、') ? '五、存在的问题及改进情况。' : h),
    });
    const { report, notes } = await importDocx(bytes);
    expect(report.agencyName).toBe('某市对外经济合作中心');
    expect(report.year).toBe(2020);
    expect(report.formatId).toBe('2019');
    expect(report.values).toEqual({ ...values, 't2.procurement.amount': '251000' });
    expect(report.values['t2.license.change']).toMatch(/^-?\d+$/);
    expect(Object.values(report.values).some((v) => v.startsWith('-'))).toBe(true);
    expect(report.texts.problems).toBe('一是制度建设还需完善。');
    expect(report.texts.overview).toBe('（1）积极推动主动公开。\n全年发布信息300条。');
    const messages = notes.map((n) => n.message).join('\n');
    expect(messages).toContain('「（1）予以公开」');
    expect(messages).toContain('「1、属于国家秘密」');
    expect(messages).toContain('「政府集中釆购」');
    expect(messages).toContain('五、存在的问题及改进情况。');
    expect(notes.some((n) => n.cells?.includes('t2.procurement.amount') && n.message.includes('251000'))).toBe(true);
    expect(notes.filter((n) => n.level === 'error')).toEqual([]);
  });
});

describe('bad files get a clear message', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['an empty file', () => new Uint8Array(0), /空的/],
    ['not a zip', () => strToU8('这只是一段文字，不是 Word 文件。'), /不是 Word 文档/],
    ['a zip without word/document.xml', () => zipSync({ 'readme.txt': strToU8('hello') }), /没有 Word 正文/],
    [
      'a huge file',
      () => {
        const b = new Uint8Array(21 * 1024 * 1024);
        b.set([0x50, 0x4b, 0x03, 0x04]);
        return b;
      },
      /太大/,
    ],
    [
      'an old .doc',
      () => {
        const b = new Uint8Array(2048);
        b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        return b;
      },
      /旧版 Word 文件（\.doc）/,
    ],
    [
      'a .docx with no tables',
      async () =>
        new Uint8Array(
          await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('某局2023年政府信息公开工作年度报告')] }] })),
        ),
      /没有表格/,
    ],
    [
      'a broken zip',
      () => {
        const z = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(200)) });
        return z.slice(0, 60);
      },
      /损坏|没有 Word 正文/,
    ],
    ['a zip whose document.xml is not XML', () => zipSync({ 'word/document.xml': strToU8('<<<not xml') }), /无法解析/],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const read = readDocx(await make());
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(message);
    });
  }
});
