// Δ of a failed 勾稽 equation, and which units a failure of the 汇总 comes from. Every table rule is linear,
// so the 汇总's Δ is the sum of the units' Δ: the units with a non-zero Δ are the ones to ask. Pure.
import { getFormat } from '../formats';
import { computeAll, sumDecimals, type Report } from '../model';
import type { Finding } from '../checks/types';

/** Values of all cells (totals computed), cached per values object: the board asks several times per unit. */
const allValues = new WeakMap<object, Record<string, string>>();

function valuesOf(report: Report): Record<string, string> {
  let all = allValues.get(report.values);
  if (!all) {
    all = computeAll(getFormat(report.formatId), report.values);
    allValues.set(report.values, all);
  }
  return all;
}

const num = (v: string | undefined): string => (v === undefined || v === '' ? '0' : v);
const negate = (v: string): string => (v.startsWith('-') ? v.slice(1) : v === '0' ? v : `-${v}`);

/** left − right of the finding's equation for this report, or null when the rule is not an equation. */
export function deltaOf(finding: Finding, report: Report): string | null {
  const v = valuesOf(report);
  if (finding.rule === 'T3-R1' && finding.cells.length === 4) {
    const [a, b, c, d] = finding.cells.map((k) => num(v[k]));
    return sumDecimals([a!, b!, negate(c!), negate(d!)]);
  }
  if ((finding.rule === 'T3-R2' || finding.rule === 'T3-R3' || finding.rule === 'T4-R1') && finding.cells[0]) {
    const declared = report.declaredTotals[finding.cells[0]];
    if (declared === undefined || declared === '') return null;
    return sumDecimals([declared, negate(num(v[finding.cells[0]]))]);
  }
  return null;
}

export interface Attribution {
  finding: Finding;
  /** Units whose own figures carry the failure, with their Δ (or the unit's own finding when no Δ applies). */
  units: { name: string; delta: string | null }[];
}

/** For each error of the 汇总, the included units behind it. */
export function attributeFindings(
  sumFindings: readonly Finding[],
  units: readonly { name: string; report: Report; errors: Finding[] }[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const f of sumFindings) {
    if (f.severity !== 'error') continue;
    const named: Attribution['units'] = [];
    for (const u of units) {
      if (f.rule === 'T3-R1') {
        const d = deltaOf(f, u.report);
        if (d !== null && d !== '0') named.push({ name: u.name, delta: d });
        continue;
      }
      const cells = new Set(f.cells);
      const own = u.errors.find((e) => e.rule === f.rule && (cells.size === 0 || e.cells.some((c) => cells.has(c))));
      if (own) named.push({ name: u.name, delta: deltaOf(own, u.report) });
    }
    out.push({ finding: f, units: named });
  }
  return out;
}
