// Web pages (pasted text/html or a saved .html): tables with rowspan/colspan from the format data, both formats.
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { htmlToBlocks } from '../../src/import/html-blocks';
import { recogniseReport } from '../../src/import/recognise';
import { computeAll } from '../../src/model';
import { distinctValues } from './docx-fixtures';
import { score } from './text-fixtures';

const yearOf = (format: FormatDef) => (format.id === '2019' ? 2020 : 2024);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function reportHtml(format: FormatDef, values: Record<string, string>, cellText: Record<string, string> = {}): string {
  const computed = computeAll(format, values);
  const parts = [
    '<html><head><meta charset="utf-8"><style>td{color:red}</style><script>var x = "规章 1 2 3";</script></head><body>',
    `<div class="title"><p>某市人力资源和社会保障局</p><p>${yearOf(format)}年政府信息公开工作年度报告</p></div>`,
    '<p>一、总体情况</p><p>本年度认真贯彻条例。<br>第二段。</p>',
  ];
  for (const section of format.sections) {
    if (!section.table) continue;
    parts.push(`<p><strong>${section.heading}</strong></p><table border="1"><tbody>`);
    for (const row of format.tables[section.table].rows) {
      parts.push('<tr>');
      for (const c of row) {
        const span = `${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan && c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
        const text =
          c.type === 'value'
            ? (cellText[c.key] ?? (format.cellsByKey.get(c.key)!.kind === 'total' ? computed[c.key] : values[c.key]) ?? '')
            : c.text;
        parts.push(`<td${span}><p>${esc(text)}</p></td>`);
      }
      parts.push('</tr>');
    }
    parts.push('</tbody></table>');
  }
  parts.push(
    '<p>五、存在的主要问题及改进情况</p><p>一是公开的及时性有待提高。</p><p>六、其他需要报告的事项</p><p>无。</p>',
    '<p style="text-align:right">某市人力资源和社会保障局</p><p>2025年1月20日</p></body></html>',
  );
  return parts.join('');
}

describe.each([FORMAT_2019, FORMAT_2021] as FormatDef[])('%s web page', (format) => {
  it('reads every number from the merged-cell tables, blank cells blank, title and texts', () => {
    const values = distinctValues(format);
    const keys = Object.keys(values);
    for (const key of keys.filter((_, i) => i % 7 === 3)) delete values[key];
    const r = recogniseReport(htmlToBlocks(reportHtml(format, values)), { kind: 'html' });
    const s = score(values, r.report.values);
    expect(s.wrong).toEqual([]);
    expect(s.missing).toEqual([]);
    expect(r.report.agencyName).toBe('某市人力资源和社会保障局');
    expect(r.report.year).toBe(yearOf(format));
    expect(r.report.texts.overview).toBe('本年度认真贯彻条例。\n第二段。');
    expect(r.report.texts.other).toBe('无。');
    expect(r.report.dateWritten).toBe('2025-01-20');
    expect(r.report.declaredTotals).toEqual({});
    expect(r.notes.filter((n) => n.level !== 'info')).toEqual([]);
  });
});
