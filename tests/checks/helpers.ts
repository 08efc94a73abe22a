// Complete, consistent reports to start each check test from (every rule passes), so a test changes
// one thing and sees exactly the finding it expects.
import { formatForYear, getFormat, type FormatId } from '../../src/formats';
import { REPORT_SCHEMA_VERSION, type Report } from '../../src/model';

export const APPLICANTS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg'] as const;

/** Column i: 一 10+i, 二 2, results 5+i+3+1+1+1 = 11+i, 四 1; so 一 + 二 = 三 + 四 in every column. */
function t3Values(values: Record<string, string>): void {
  APPLICANTS.forEach((col, i) => {
    values[`t3.new.${col}`] = String(10 + i);
    values[`t3.carried.${col}`] = '2';
    values[`t3.open.${col}`] = String(5 + i);
    values[`t3.partial.${col}`] = '3';
    values[`t3.deny1.${col}`] = '1';
    values[`t3.unable1.${col}`] = '1';
    values[`t3.reject1.${col}`] = '1';
    values[`t3.carryover.${col}`] = '1';
  });
}

export function filledReport(year: number, formatId: FormatId = formatForYear(year).id): Report {
  const format = getFormat(formatId);
  const values: Record<string, string> = {};
  for (const cell of format.cellsByKey.values()) if (cell.kind !== 'total') values[cell.key] = '0';
  t3Values(values);
  Object.assign(values, {
    't4.review.upheld': '2',
    't4.review.corrected': '1',
    't4.direct.pending': '1',
    't4.after.other': '3',
  });
  if (formatId === '2021') {
    Object.assign(values, {
      't2.regulation.issued': '3',
      't2.regulation.repealed': '1',
      't2.regulation.inForce': '20',
      't2.normative.issued': '10',
      't2.normative.repealed': '2',
      't2.normative.inForce': '50',
      't2.license.decisions': '1200',
      't2.penalty.decisions': '35',
      't2.enforcement.decisions': '4',
      't2.fees.amount': '24252.311082',
    });
  } else {
    Object.assign(values, {
      't2.regulation.made': '1',
      't2.regulation.published': '1',
      't2.regulation.publicTotal': '12',
      't2.license.prevItems': '40',
      't2.license.change': '-3',
      't2.license.decisions': '900',
      't2.penalty.prevItems': '20',
      't2.penalty.change': '2',
      't2.fees.prevItems': '5',
      't2.fees.change': '0',
      't2.procurement.items': '6',
      't2.procurement.amount': '1234.5',
    });
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: `r-${year}`,
    agencyName: '某市某局',
    year,
    formatId,
    dateWritten: `${year + 1}-01-20`,
    signature: '某市某局',
    agencyLevel: 'department',
    // A 政府机关本级 report: it may count 规章 (T2-R4) and its 一 covers 条例第五十条第四项 (C-R11).
    scope: 'government-office',
    sealed: false,
    confirmations: {},
    dataNotes: [],
    texts: {
      overview:
        `${year}年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息，依法办理政府信息公开申请，` +
        '加强政府信息管理和政府网站平台建设，落实工作考核、社会评议和责任追究制度，强化监督保障。',
      problems: `${year}年本局政府信息公开工作存在网站栏目更新不及时的问题，${year + 1}年将建立栏目责任清单并按月检查。`,
      other: '本年度未收取信息处理费。',
    },
    values,
    declaredTotals: {},
    createdAt: 0,
    updatedAt: 0,
  };
}

/** The same report with some values replaced. */
export function withValues(report: Report, changes: Record<string, string>): Report {
  return { ...report, values: { ...report.values, ...changes } };
}

export function withTexts(report: Report, changes: Partial<Report['texts']>): Report {
  return { ...report, texts: { ...report.texts, ...changes } };
}

/**
 * Last year's report matching `report`: its 四、结转 equals this year's 二、上年结转, 表二 continues
 * (X-R2, X-R3 hold), and its 五 is worded differently (C-R4 quiet).
 */
export function previousOf(report: Report, formatId: FormatId = formatForYear(report.year - 1).id): Report {
  const prev = filledReport(report.year - 1, formatId);
  const values = { ...prev.values };
  for (const col of [...APPLICANTS]) {
    values[`t3.carryover.${col}`] = report.values[`t3.carried.${col}`] ?? '';
    // keep last year's own T3-R1 balance: one more 予以公开 for each extra carried-over application
    values[`t3.new.${col}`] = String(Number(values[`t3.new.${col}`]) + Number(values[`t3.carryover.${col}`]) - 1);
  }
  if (formatId === '2021' && report.formatId === '2021') {
    for (const row of ['regulation', 'normative']) {
      const now = report.values;
      values[`t2.${row}.inForce`] = String(
        Number(now[`t2.${row}.inForce`]) - Number(now[`t2.${row}.issued`]) + Number(now[`t2.${row}.repealed`]),
      );
    }
  }
  if (formatId === '2019' && report.formatId === '2019') {
    for (const row of ['license', 'otherService', 'penalty', 'enforcement', 'fees']) {
      values[`t2.${row}.prevItems`] = report.values[`t2.${row}.prevItems`] ?? '0';
      values[`t2.${row}.change`] = '0';
    }
  }
  return {
    ...prev,
    values,
    texts: {
      ...prev.texts,
      problems: '主要问题是依申请公开答复的规范性有待提高，部分工作人员对新条例理解不够深入。下一步将组织专题培训，完善答复模板。',
    },
  };
}
