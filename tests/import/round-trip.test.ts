// A report exported by this tool (src/export) imports back identically: values, texts, 单位, 年度, 署名, 日期.
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { buildDocument } from '../../src/export/build-document';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { blankReport } from '../../src/model';
import { readDocx } from '../../src/import/docx-reader';
import { recogniseReport } from '../../src/import/recognise';
import { distinctValues } from './docx-fixtures';

const cases: [number, FormatDef, string][] = [
  [2020, FORMAT_2019, '铜川市对外经济合作中心'],
  [2024, FORMAT_2021, '某市人力资源和社会保障局'],
];

describe.each(cases)('export → import round trip (%i, %s format)', (year, format, agency) => {
  it('gives back the same report', async () => {
    const report = blankReport({ year, agencyName: agency });
    report.values = distinctValues(format);
    // Some cells left blank: blank stays blank, it does not become 0.
    for (const key of ['t3.deny3.legal', 't4.after.pending', 't2.regulation.repealed', 't2.regulation.made']) delete report.values[key];
    report.texts = {
      overview: `${year}年，本单位认真贯彻《中华人民共和国政府信息公开条例》。\n（一）主动公开情况。全年主动公开信息512条。\n（二）依申请公开情况。\n1.收到申请情况。本年共收到申请若干件。\n（1）按时答复率100%。`,
      problems: '一是公开的及时性有待提高。\n二是政策解读还不够深入。',
      other: '本年度未收取信息处理费。',
    };
    report.signature = agency;
    report.dateWritten = `${year + 1}-01-20`;

    const bytes = new Uint8Array(await Packer.toBuffer(buildDocument(report)));
    const read = readDocx(bytes);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { report: back, notes } = recogniseReport(read.blocks, { kind: 'docx' });

    expect(back.agencyName).toBe(agency);
    expect(back.year).toBe(year);
    expect(back.formatId).toBe(format.id);
    expect(back.values).toEqual(report.values);
    expect(back.texts).toEqual(report.texts);
    expect(back.signature).toBe(report.signature);
    expect(back.dateWritten).toBe(report.dateWritten);
    // The export writes computed totals; they agree with the parts, so none comes back as a declared total.
    expect(back.declaredTotals).toEqual({});
    expect(notes.filter((n) => n.level !== 'info')).toEqual([]);
  });
});
