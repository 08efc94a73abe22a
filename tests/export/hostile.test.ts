// @vitest-environment node
// Whatever the clerk pasted, the export is a valid .docx: XML special characters escaped, what XML 1.0 forbids
// removed (control characters, lone surrogates), emoji kept, a 100 000-character paragraph and empty sections fine.
import { expect, it } from 'vitest';
import { exportFileName } from '../../src/export/file-name';
import { docxBytes } from './build';
import { child, childElements, openDocx, textOf } from './docx-xml';
import { hostileReport } from './fixtures';
import { docxToPdf, findsLabel, pdfWords } from './soffice';

it('escapes XML characters and strips what XML 1.0 forbids, in every part', async () => {
  const bytes = await docxBytes(hostileReport());
  const docx = openDocx(bytes);
  // Every XML part parses strictly.
  for (const path of Object.keys(docx.files).filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
    expect(() => docx.xml(path), path).not.toThrow();
  }
  const body = child(docx.xml('word/document.xml'), 'w:body')!;
  const texts = childElements(body, 'w:p').map(textOf);
  expect(texts[0]).toBe(`A&B<局>"'测试`);
  expect(texts).toContain(`x & y < z > "q" 'a' end 😀👨‍👩‍👧 \t]]> <![CDATA[ </w:t>`);
  expect(texts.filter((t) => t === '长'.repeat(100_000))).toHaveLength(1);
  expect(texts.at(-2)).toBe('签名&<>');
  expect(texts.at(-1)).toBe('2026年2月3日');
  // 六、 is empty: its heading is followed directly by the signature block.
  expect(texts.at(-4)).toBe('六、其他需要报告的事项');
  // The title in the document properties is clean too.
  const title = childElements(docx.xml('docProps/core.xml'), 'dc:title')[0]!;
  expect(title.children.join('')).toBe(`A&B<局>"'测试2025年政府信息公开工作年度报告`);
});

it('converts with LibreOffice', async () => {
  const pdf = docxToPdf(await docxBytes(hostileReport()), 'hostile');
  const words = pdfWords(pdf);
  expect(findsLabel(words, `A&B<局>"'测试`)).toBe(true);
  expect(findsLabel(words, '三、收到和处理政府信息公开申请情况')).toBe(true);
  expect(findsLabel(words, '签名&<>')).toBe(true);
}, 120_000);

it('names the file without characters file systems refuse', () => {
  expect(exportFileName(hostileReport())).toBe(`A&B局'测试2025年政府信息公开工作年度报告.docx`);
  expect(exportFileName({ agencyName: 'a/b\\c:d*e?f"g<h>i|j', year: 2021 })).toBe('abcdefghij2021年政府信息公开工作年度报告.docx');
  expect(exportFileName({ agencyName: '', year: 2021 })).toBe('2021年政府信息公开工作年度报告.docx');
});
