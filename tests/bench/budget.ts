// One way for every bench to print a figure: its budget beside it and 「超出预算」 when over.
// Benches report; they never assert a time (tests assert behaviour).

export interface Stats {
  median: number;
  p95: number;
  max: number;
  n: number;
}

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? Number.NaN, n: s.length };
}

const digits = (x: number, unit: string) => (unit === 'µs' || x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

/**
 * Prints `✓ label: figure unit（预算 ≤ budget unit）detail`, or `✗ … 超出预算` when the figure is over,
 * and returns whether it was within budget.
 */
export function reportFigure(label: string, figure: number, budget: number, unit = 'ms', detail = ''): boolean {
  const ok = figure <= budget;
  const fig = Number.isFinite(figure) ? `${digits(figure, unit)} ${unit}` : '—（未测得）';
  console.log(`${ok ? '✓' : '✗'} ${label}: ${fig}（预算 ≤ ${budget} ${unit}）${ok ? '' : ' 超出预算'}${detail ? `  ${detail}` : ''}`);
  return ok;
}

/** Median and p95 of `xs`, the budget applying to the p95. */
export function reportP95(label: string, xs: readonly number[], budget: number, unit = 'ms'): boolean {
  const s = stats(xs);
  return reportFigure(
    `${label} p95`,
    s.p95,
    budget,
    unit,
    `（中位数 ${digits(s.median, unit)} ${unit}，最大 ${digits(s.max, unit)} ${unit}，${s.n} 次）`,
  );
}
