// D-R1 (deadline of 条例 art. 49), D-R3 (date and years consistent with the report year), D-R4 (format of the year).
import { formatForYear, type FormatDef } from '../../formats';
import { AGENCY_LEVELS, chineseDate, type AgencyLevel, type Report } from '../../model';
import type { CheckContext } from '../context';
import type { Finding } from '../types';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? { y, m: mo, d } : null;
}

const dayNumber = (x: Ymd): number => Date.UTC(x.y, x.m - 1, x.d) / 86_400_000;

/** D-R3: 成文日期 is in year Y+1 (a report is written after the year it covers), and readable. */
export function dateInNextYear(ctx: CheckContext): Finding[] {
  const { dateWritten, year } = ctx.report;
  if (dateWritten === '') return [];
  const date = parseIso(dateWritten);
  if (!date) {
    return [
      {
        rule: 'D-R3',
        severity: 'error',
        cells: [],
        fields: ['dateWritten'],
        message: `成文日期“${dateWritten}”无法识别，请重新选择日期。`,
      },
    ];
  }
  if (date.y === year + 1) return [];
  const shown = chineseDate(dateWritten);
  const why =
    date.y <= year
      ? `早于${year}年12月31日统计期限结束，${year}年度报告应在${year + 1}年成文（通常在1月）`
      : `${year}年度报告应在${year + 1}年成文并在法定期限内发布`;
  return [
    {
      rule: 'D-R3',
      severity: 'error',
      cells: [],
      fields: ['dateWritten'],
      message: `成文日期${shown}不在${year + 1}年：${why}。请核对成文日期或报告年度。`,
    },
  ];
}

/** D-R3 (warning): the text names a 统计期限 of another year (copied from an older report). */
const PERIOD = /统计期限[^。；\n]{0,10}?(\d{4})\s*年\s*1\s*月\s*1\s*日[^。；\n]{0,10}?(?:至|到|—|－|-)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/;

export function periodInTexts(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { year } = ctx.report;
  for (const section of ctx.ix.texts) {
    const text = ctx.report.texts[section.id] ?? '';
    if (!text.includes('统计期限')) continue;
    const m = PERIOD.exec(text);
    if (!m || (Number(m[1]) === year && Number(m[2]) === year)) continue;
    out.push({
      rule: 'D-R3',
      severity: 'warning',
      cells: [],
      fields: [section.field],
      message: `「${section.heading}」写的统计期限是${m[1]}年1月1日至${m[2]}年12月31日，但本报告是${year}年度报告，请核对。`,
    });
  }
  return out;
}

/**
 * Which deadline D-R1 applies. The scope decides first: a unit's or a government office's own report is due
 * 1月31日 whatever the tier says (〔2021〕30号 二: 政府办公厅（室）本机关 reports like a department); a 本级政府汇总
 * takes its tier's date (县 2月20日, 地市 3月10日, 省 3月31日), and the county's when no government tier is set.
 * A 垂直管理 system's whole-system report keeps 3月31日.
 */
export function deadlineFor(report: Pick<Report, 'scope' | 'agencyLevel'>): { month: number; day: number; label: string } {
  const tier = (id: AgencyLevel) => AGENCY_LEVELS.find((l) => l.id === id)!;
  let level = tier('department');
  if (report.agencyLevel === 'vertical') level = tier('vertical');
  else if (report.scope === 'government-summary') level = tier(report.agencyLevel === 'department' ? 'county' : report.agencyLevel);
  return { ...level.deadline, label: level.label };
}

/** D-R1: 成文日期 later than the deadline of the report's scope and tier, in year Y+1 (other years are D-R3). */
export function deadline(ctx: CheckContext): Finding[] {
  const { dateWritten, year } = ctx.report;
  const date = parseIso(dateWritten);
  if (!date || date.y !== year + 1) return [];
  const due = deadlineFor(ctx.report);
  const limit: Ymd = { y: year + 1, m: due.month, d: due.day };
  const late = dayNumber(date) - dayNumber(limit);
  if (late <= 0) return [];
  return [
    {
      rule: 'D-R1',
      severity: 'error',
      cells: [],
      fields: ['dateWritten', 'agencyLevel'],
      message: `成文日期${chineseDate(dateWritten)}晚于发布期限${limit.y}年${limit.m}月${limit.d}日（${due.label}，《政府信息公开条例》第四十九条），晚了 ${late} 天。`,
    },
  ];
}

/** D-R4 (warning): the report uses another format than the one for its year. */
export function formatOfYear(ctx: CheckContext): Finding[] {
  let expected: FormatDef;
  try {
    expected = formatForYear(ctx.report.year);
  } catch {
    return []; // a year no format covers is refused where the year is entered
  }
  if (expected.id === ctx.format.id) return [];
  return [
    {
      rule: 'D-R4',
      severity: 'warning',
      cells: [],
      fields: ['year'],
      message: `${ctx.report.year}年度报告应使用《${expected.name}》（${expected.notice}），本报告使用的是《${ctx.format.name}》（${ctx.format.notice}）。`,
    },
  ];
}
