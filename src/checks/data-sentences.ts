// 「插入数据说明」: the standard sentences of 一、总体情况 written from the tables (主动公开, 依申请公开 by
// outcome, 行政复议/行政诉讼 with 纠错), with the change against last year's draft of the same 单位 when
// there is one. Pure: returns the paragraph and the cell values it was written from (report.dataNotes.basis).
import type { Report } from '../model';
import { intOf, makeContext, type YearData } from './context';

export interface DataParagraph {
  text: string;
  /** Cell key → the value the paragraph was written from (computed totals included). */
  basis: Record<string, string>;
}

const T3_GROUPS: [name: string, prefix: RegExp][] = [
  ['不予公开', /^deny\d$/],
  ['无法提供', /^unable\d$/],
  ['不予处理', /^reject\d$/],
  ['其他处理', /^other\d*$/],
];

class Reader {
  readonly basis: Record<string, string> = {};
  constructor(private readonly data: YearData) {}

  /** A count, recorded in the basis; blank reads 0. */
  n(key: string): number {
    const raw = this.data.value(key) ?? '';
    this.basis[key] = raw;
    return intOf(raw) ?? 0;
  }

  /** The 总计 column of every 表三 row whose key matches. */
  t3Group(re: RegExp): number {
    let sum = 0;
    for (const c of this.data.format.tables.t3.cells) if (c.colKey === 'total' && re.test(c.rowKey)) sum += this.n(c.key);
    return sum;
  }
}

/** 「，较上年增加4件（增长23.5%）」, 「，与上年持平」, or '' without last year's figure. */
function change(now: number, before: number | null, unit = '件'): string {
  if (before === null) return '';
  const diff = now - before;
  if (diff === 0) return '，与上年持平';
  const pct = before > 0 ? `（${diff > 0 ? '增长' : '下降'}${Math.abs((diff / before) * 100).toFixed(1)}%）` : '';
  return `，较上年${diff > 0 ? '增加' : '减少'}${Math.abs(diff)}${unit}${pct}`;
}

function proactive(r: Reader, formatId: string): string {
  const decisions = `作出行政许可${formatId === '2019' ? '处理' : ''}决定${r.n('t2.license.decisions')}件、行政处罚${formatId === '2019' ? '处理' : ''}决定${r.n('t2.penalty.decisions')}件、行政强制${formatId === '2019' ? '处理' : ''}决定${r.n('t2.enforcement.decisions')}件`;
  if (formatId === '2019') {
    const regulation =
      r.n('t2.regulation.made') + r.n('t2.regulation.published') > 0
        ? `新制作规章${r.n('t2.regulation.made')}件、新公开${r.n('t2.regulation.published')}件；`
        : '';
    return `主动公开方面，本年度${regulation}新制作规范性文件${r.n('t2.normative.made')}件、新公开${r.n('t2.normative.published')}件，对外公开规范性文件总数${r.n('t2.normative.publicTotal')}件；${decisions}。`;
  }
  const regulation =
    r.n('t2.regulation.issued') + r.n('t2.regulation.repealed') + r.n('t2.regulation.inForce') > 0
      ? `制发规章${r.n('t2.regulation.issued')}件、废止${r.n('t2.regulation.repealed')}件，现行有效规章${r.n('t2.regulation.inForce')}件；`
      : '';
  return `主动公开方面，本年度${regulation}制发行政规范性文件${r.n('t2.normative.issued')}件、废止${r.n('t2.normative.repealed')}件，现行有效行政规范性文件${r.n('t2.normative.inForce')}件；${decisions}。`;
}

function requests(r: Reader, last: Reader | null): string {
  const received = r.n('t3.new.total');
  const carried = r.n('t3.carried.total');
  const results = r.n('t3.results.total');
  const lastReceived = last ? last.n('t3.new.total') : null;
  if (received + carried + results === 0) {
    return `依申请公开方面，本年度未收到政府信息公开申请${lastReceived ? `（上年${lastReceived}件）` : ''}。`;
  }
  const outcomes = [`予以公开${r.n('t3.open.total')}件`, `部分公开${r.n('t3.partial.total')}件`];
  for (const [name, re] of T3_GROUPS) {
    const n = r.t3Group(re);
    if (n > 0) outcomes.push(`${name}${n}件`);
  }
  return (
    `依申请公开方面，本年度新收政府信息公开申请${received}件${change(received, lastReceived)}，上年结转${carried}件；` +
    `办结${results}件，其中${outcomes.join('、')}；结转下年度继续办理${r.n('t3.carryover.total')}件。`
  );
}

/** 「，其中被纠错1件」, or 「，均未被纠错」. */
const corrected = (n: number, total: number): string => (total === 0 ? '' : n > 0 ? `，其中被纠错${n}件` : '，均未被纠错');

function reviews(r: Reader, last: Reader | null): string {
  const review = r.n('t4.review.total');
  const litigation = r.n('t4.direct.total') + r.n('t4.after.total');
  const reviewFixed = r.n('t4.review.corrected');
  const litigationFixed = r.n('t4.direct.corrected') + r.n('t4.after.corrected');
  const lastReview = last ? last.n('t4.review.total') : null;
  const lastLitigation = last ? last.n('t4.direct.total') + last.n('t4.after.total') : null;
  if (review + litigation === 0 && !lastReview && !lastLitigation)
    return '行政复议、行政诉讼方面，本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。';
  return (
    `行政复议、行政诉讼方面，本年度因政府信息公开被申请行政复议${review}件${change(review, lastReview)}${corrected(reviewFixed, review)}；` +
    `被提起行政诉讼${litigation}件${change(litigation, lastLitigation)}${corrected(litigationFixed, litigation)}。`
  );
}

export function dataParagraph(report: Report, previous?: Report | null): DataParagraph {
  const ctx = makeContext(report, previous);
  const r = new Reader(ctx);
  const last = ctx.previous ? new Reader(ctx.previous) : null;
  const text = [proactive(r, ctx.format.id), requests(r, last), reviews(r, last)].join('');
  return { text, basis: r.basis };
}
