// 「由上年报告创建」: a year Y+1 draft from a year-Y draft. Pure: no storage, no clock unless given.
import { formatForYear, getFormat } from '../formats';
import { blankReport, type Report } from '../model';

export interface NextYearOptions {
  /** Copy sections 一、五、六 as a starting point (五 must then be rewritten: C-R4). */
  carryTexts: boolean;
  id?: string;
  now?: number;
}

/** What was carried, for the message shown after creating. */
export interface NextYearResult {
  report: Report;
  notes: string[];
}

const APPLICANT_COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg'] as const;

export function draftForNextYear(prev: Report, options: NextYearOptions): NextYearResult {
  const year = prev.year + 1;
  const format = formatForYear(year);
  const prevFormat = getFormat(prev.formatId);
  const report = blankReport({ year, agencyName: prev.agencyName.trim(), id: options.id, now: options.now });
  report.agencyLevel = prev.agencyLevel;
  report.signature = prev.signature;
  report.dateWritten = ''; // a new report gets its own 成文日期
  const notes: string[] = [];

  // 表三 二、上年结转 = last year's 四、结转下年度继续办理 (X-R1), column by column; both formats share the keys.
  let carried = 0;
  for (const col of APPLICANT_COLUMNS) {
    const value = prev.values[`t3.carryover.${col}`];
    const key = `t3.carried.${col}`;
    if (value !== undefined && value !== '' && format.cellsByKey.get(key)?.kind === 'count') {
      report.values[key] = value;
      carried++;
    }
  }
  if (carried > 0) notes.push('表三「二、上年结转政府信息公开申请数量」已按上年「四、结转下年度继续办理」逐列填入。');

  if (format.id === '2021' && prevFormat.id === '2021') {
    // 现行有效件数 is a stock: last year's figure is the starting point. With 本年制发/废止 still blank the
    // prefilled value satisfies X-R2; once they are typed, X-R2 warns until 现行有效件数 is updated.
    for (const row of ['regulation', 'normative']) {
      const value = prev.values[`t2.${row}.inForce`];
      if (value !== undefined && value !== '') report.values[`t2.${row}.inForce`] = value;
    }
    if (prev.values['t2.regulation.inForce'] || prev.values['t2.normative.inForce']) {
      notes.push('表二「现行有效件数」先填入了上年的数字，请按本年制发、废止情况更新。');
    }
  } else if (format.id === '2019' && prevFormat.id === '2019') {
    // 2019 format: 上一年项目数量(本年) = 上一年项目数量(上年) + 本年增/减(上年) (X-R3).
    let any = false;
    for (const row of ['license', 'otherService', 'penalty', 'enforcement', 'fees']) {
      const items = prev.values[`t2.${row}.prevItems`];
      if (items === undefined || items === '') continue;
      const sum = Number(items) + Number(prev.values[`t2.${row}.change`] || '0');
      if (Number.isSafeInteger(sum) && sum >= 0) {
        report.values[`t2.${row}.prevItems`] = String(sum);
        any = true;
      }
    }
    if (any) notes.push('表二「上一年项目数量」已按上年的项目数量加上年的增/减填入，请核对。');
  } else if (prevFormat.id === '2019' && format.id === '2021') {
    notes.push(`${year}年度起使用2021版格式：表二改为「本年制发件数、本年废止件数、现行有效件数」，上年的表二数字不能沿用，请重新填写。`);
  }

  if (options.carryTexts) {
    report.texts = { ...prev.texts };
    notes.push('已沿用上年的文字。「五、存在的主要问题及改进情况」不得与上年雷同，请务必按本年情况重写。');
  }
  return { report, notes };
}
