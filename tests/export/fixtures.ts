// Reports for the export tests: every input cell holds a distinct number, so a value in the wrong cell shows.
import { getFormat, type FormatId } from '../../src/formats';
import { blankReport, type Report } from '../../src/model';

export function filledReport(formatId: FormatId): Report {
  const year = formatId === '2019' ? 2020 : 2025;
  const report = blankReport({ year, agencyName: '某某市人民政府办公室', id: `export-${formatId}`, now: 0 });
  const format = getFormat(formatId);
  let n = 1;
  for (const cell of format.cellsByKey.values()) {
    if (cell.kind === 'total') continue;
    // Distinct values per kind: money keeps decimals, signed values go negative.
    report.values[cell.key] = cell.kind === 'money' ? `${100 + n}.25` : cell.kind === 'signed' ? `-${n}` : String(n);
    n += 1;
  }
  report.texts = {
    overview:
      '（一）主动公开情况。本年度共主动公开政府信息1234条，同比增长5.6%。\n本机关坚持以公开为常态、不公开为例外。\n1.加强平台建设。升级政府网站。\n（1）完善栏目。调整栏目设置。',
    problems: '一、补充说明\n存在的主要问题是公开内容还不够全面。',
    other: '本机关未收取信息处理费。',
  };
  report.signature = '某某市人民政府办公室';
  report.dateWritten = '2026-01-09';
  return report;
}

export const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
  .filter((c) => c !== '\t' && c !== '\n')
  .join('');

/** Whatever a clerk may paste: XML specials, control characters, lone surrogates, emoji, a 100 000-character paragraph. */
export function hostileReport(): Report {
  const report = blankReport({ year: 2025, agencyName: `A&B<局>"'\u0001\uD800测试`, id: 'hostile', now: 0 });
  report.texts = {
    overview: `x & y < z > "q" 'a' ${CONTROLS}end\uDC00 😀👨‍👩‍👧 \t]]> <![CDATA[ </w:t>`,
    problems: '长'.repeat(100_000),
    other: '',
  };
  report.signature = `签\u0008名&<>`;
  report.dateWritten = '2026-02-03';
  report.values = { 't3.new.natural': '7' };
  return report;
}

/** A blank report of the format (no values, no texts, no signature). */
export function blankFormatReport(formatId: FormatId): Report {
  return blankReport({ year: formatId === '2019' ? 2020 : 2025, agencyName: '某某市人民政府办公室', id: `blank-${formatId}`, now: 0 });
}
