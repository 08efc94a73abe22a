// The board: for each unit, what arrived and whether it can be summed. Pure; the findings come from the
// same check engine the editor uses (runChecks), passed in so the page can load it lazily.
import { formatForYear } from '../formats';
import type { Report } from '../model';
import type { Finding } from '../checks/types';
import type { SummaryUnit, SummaryWorkspace } from '../store/summary-record';
import { deltaOf } from './delta';

type RunChecks = (report: Report, previous?: Report | null) => Finding[];

export type UnitState =
  | 'missing' // no report yet
  | 'unconfirmed' // a report was matched, the clerk has not confirmed it
  | 'vertical' // 垂直管理: never summed
  | 'wrong-year'
  | 'wrong-format'
  | 'duplicate' // the same report already counted for another unit
  | 'errors' // 勾稽 errors and no recorded reason
  | 'forced' // errors, summed with a recorded reason (强制汇总)
  | 'ok';

export interface UnitError {
  finding: Finding;
  /** Δ of the failed equation (left − right), when the rule is an equation. */
  delta: string | null;
}

export interface BoardRow {
  unit: SummaryUnit;
  state: UnitState;
  included: boolean;
  /** Why not summed, or what to look at, in words. */
  note: string;
  errors: UnitError[];
  warnings: Finding[];
  /** Names of other units that received the same report. */
  duplicateOf: string[];
  /** The unit looks like a 垂直管理 one but is counted. */
  verticalSuspect: string;
}

export interface Board {
  rows: BoardRow[];
  /** Units expected to send a report (垂直管理 ones are not). */
  expected: number;
  received: number;
  /** Units summed, with their reports, in list order. */
  included: { name: string; report: Report }[];
}

/** Names that usually belong to 垂直管理 systems (they report up their own line, 〔2021〕30号). */
const VERTICAL_NAMES = /税务|海关|国家安全|气象|烟草|邮政|调查队|金融监管|人民银行|出入境检验|海事|统计调查|铁路|民航|外汇管理|证监|银保监/;

/** A fingerprint of a report's content: the same figures and texts under two unit names are one report sent twice. */
function fingerprint(r: Report): string {
  const keys = Object.keys(r.values).sort();
  return `${r.year}|${r.formatId}|${keys.map((k) => `${k}=${r.values[k]}`).join(',')}|${r.texts.overview.length}|${r.texts.problems}`;
}

export function buildBoard(ws: SummaryWorkspace, runChecks: RunChecks): Board {
  let expectedFormat: string | null;
  try {
    expectedFormat = formatForYear(ws.year).id;
  } catch {
    expectedFormat = null;
  }
  const seen = new Map<string, string[]>();
  for (const u of ws.units) {
    const r = u.receipt?.report;
    if (!r || !u.receipt?.confirmed) continue;
    const ids = [`id:${r.id}`, `fp:${fingerprint(r)}`];
    for (const id of ids) seen.set(id, [...(seen.get(id) ?? []), u.id]);
  }
  const nameOf = new Map(ws.units.map((u) => [u.id, u.name]));
  const counted = new Set<string>();
  const rows: BoardRow[] = [];
  let expected = 0;
  let received = 0;
  const included: Board['included'] = [];

  for (const unit of ws.units) {
    const receipt = unit.receipt;
    const report = receipt?.report ?? null;
    if (unit.category !== 'vertical') expected++;
    const row: BoardRow = {
      unit,
      state: 'missing',
      included: false,
      note: '',
      errors: [],
      warnings: [],
      duplicateOf: [],
      verticalSuspect: '',
    };
    if (unit.category !== 'vertical' && (VERTICAL_NAMES.test(unit.name) || report?.agencyLevel === 'vertical')) {
      row.verticalSuspect = `「${unit.name}」可能属于垂直管理系统（向上级部门报送，不计入本级汇总），请核对类别。`;
    }
    if (report) {
      const findings = runChecks(report);
      for (const f of findings) {
        if (f.severity === 'error') row.errors.push({ finding: f, delta: deltaOf(f, report) });
        else row.warnings.push(f);
      }
    }
    rows.push(row);
    if (!receipt || !report) {
      row.note = unit.category === 'vertical' ? '垂直管理单位，不计入本级汇总。' : '尚未收到。';
      if (unit.category === 'vertical') row.state = 'vertical';
      continue;
    }
    if (unit.category !== 'vertical') received++;
    if (!receipt.confirmed) {
      row.state = 'unconfirmed';
      row.note = `收到的报告（${report.agencyName || '未写单位名称'}）还没有确认属于本单位，确认前不计入汇总。`;
      continue;
    }
    if (unit.category === 'vertical') {
      row.state = 'vertical';
      row.note = '垂直管理单位，不计入本级汇总（收到的报告只作参考）。';
      continue;
    }
    if (report.year !== ws.year) {
      row.state = 'wrong-year';
      row.note = `收到的是${report.year}年度报告，应为${ws.year}年度，不计入汇总。`;
      continue;
    }
    if (expectedFormat && report.formatId !== expectedFormat) {
      row.state = 'wrong-format';
      row.note = `收到的报告使用${report.formatId}版格式，${ws.year}年度应使用${expectedFormat}版，表格无法相加，不计入汇总。`;
      continue;
    }
    const twins = [...new Set([...(seen.get(`id:${report.id}`) ?? []), ...(seen.get(`fp:${fingerprint(report)}`) ?? [])])].filter(
      (id) => id !== unit.id,
    );
    row.duplicateOf = twins.map((id) => nameOf.get(id) ?? '');
    if (twins.some((id) => counted.has(id))) {
      row.state = 'duplicate';
      row.note = `与「${row.duplicateOf.join('」「')}」收到的报告相同，只计入一次。请核对是否放错了文件。`;
      continue;
    }
    if (row.errors.length > 0 && !unit.forceReason) {
      row.state = 'errors';
      row.note = `报告有${row.errors.length}处勾稽错误，退回单位更正，或写明理由后强制汇总。`;
      continue;
    }
    row.state = row.errors.length > 0 ? 'forced' : 'ok';
    row.note = row.state === 'forced' ? `强制汇总，理由：${unit.forceReason}` : '';
    row.included = true;
    counted.add(unit.id);
    included.push({ name: unit.name, report });
  }
  return { rows, expected, received, included };
}

/** 「已收到 23/37」 */
export function progressText(board: Board): string {
  return `已收到 ${board.received}/${board.expected}`;
}
