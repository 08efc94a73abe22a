// Download names stay short enough for deep Windows folders, whatever the 单位名称.
import { expect, it } from 'vitest';
import { NAME_MAX, exportFileName } from '../../src/export/file-name';

it('keeps download names short: a 200-character 单位名称 is cut, the year and title stay', () => {
  const name = exportFileName({ agencyName: '某'.repeat(200), year: 2025 });
  expect(name.length).toBeLessThanOrEqual(NAME_MAX);
  expect(name).toMatch(/^某+2025年政府信息公开工作年度报告\.docx$/);
  expect(exportFileName({ agencyName: '😀'.repeat(100), year: 2025 })).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  expect(exportFileName({ agencyName: '甲\u200b局', year: 2025 })).toBe('甲局2025年政府信息公开工作年度报告.docx');
});
