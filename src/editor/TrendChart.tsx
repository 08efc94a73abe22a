// The main 表三 figures over the years whose drafts of the same 单位 are in this browser, as a plain SVG
// line chart (no chart library). Loaded only when 「显示上年数」 is first switched on.
import { useEffect, useState } from 'preact/hooks';
import { getFormat } from '../formats';
import { computeAll, type Report } from '../model';
import { listDrafts } from '../store';
import './last-year.css';

interface Series {
  name: string;
  color: string;
  value: (all: Record<string, string>, report: Report) => number;
}

const num = (v: string | undefined): number => (v && /^\d+$/.test(v) ? Number(v) : 0);

function groupSum(re: RegExp) {
  return (all: Record<string, string>, report: Report): number => {
    let sum = 0;
    for (const c of getFormat(report.formatId).tables.t3.cells) if (c.colKey === 'total' && re.test(c.rowKey)) sum += num(all[c.key]);
    return sum;
  };
}

const SERIES: Series[] = [
  { name: '本年新收', color: '#0969da', value: (all) => num(all['t3.new.total']) },
  { name: '予以公开', color: '#1a7f37', value: (all) => num(all['t3.open.total']) },
  { name: '部分公开', color: '#8250df', value: (all) => num(all['t3.partial.total']) },
  { name: '不予公开', color: '#cf222e', value: groupSum(/^deny\d$/) },
  { name: '无法提供', color: '#bc4c00', value: groupSum(/^unable\d$/) },
  { name: '不予处理', color: '#6e7781', value: groupSum(/^reject\d$/) },
];

/** One report per year: this one, and for other years the latest saved draft of the same 单位. */
async function reportsByYear(report: Report): Promise<Report[]> {
  const name = report.agencyName.trim();
  const byYear = new Map<number, { report: Report; savedAt: number }>();
  if (name) {
    const { drafts } = await listDrafts();
    for (const d of drafts) {
      if (d.deletedAt !== null || d.report.id === report.id || d.report.agencyName.trim() !== name || d.report.year === report.year)
        continue;
      const known = byYear.get(d.report.year);
      if (!known || d.savedAt > known.savedAt) byYear.set(d.report.year, { report: d.report, savedAt: d.savedAt });
    }
  }
  byYear.set(report.year, { report, savedAt: Infinity });
  return [...byYear.values()].map((e) => e.report).sort((a, b) => a.year - b.year);
}

const W = 560,
  H = 190,
  LEFT = 40,
  RIGHT = 90,
  TOP = 10,
  BOTTOM = 24;

export function TrendChart({ report }: { report: Report }) {
  const [others, setOthers] = useState<Report[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    reportsByYear(report).then(setOthers, () => setFailed(true));
    // the list of drafts is read once per 单位 and year; this year's figures follow the report below
  }, [report.agencyName, report.year]);
  if (failed) return <p class="trend">无法读取本浏览器中的其他年度草稿，趋势图不可用。</p>;
  if (!others) return null;
  const reports = others.map((r) => (r.year === report.year ? report : r));
  const points = reports.map((r) => {
    const all = computeAll(getFormat(r.formatId), r.values);
    return { year: r.year, values: SERIES.map((s) => s.value(all, r)) };
  });
  const max = Math.max(1, ...points.flatMap((p) => p.values));
  const x = (i: number) => LEFT + (points.length === 1 ? (W - LEFT - RIGHT) / 2 : (i * (W - LEFT - RIGHT)) / (points.length - 1));
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / max);
  const summary = points.map((p) => `${p.year}年：${SERIES.map((s, i) => `${s.name}${p.values[i]}件`).join('，')}`).join('；');
  return (
    <figure class="trend" data-testid="trend-chart">
      <h3>表三主要数字的年度变化（本浏览器中同一单位的草稿）</h3>
      {points.length === 1 && <p>本浏览器中只有本年度的草稿，导入或创建往年草稿后可看到变化。</p>}
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: `${W}px` }} role="img" aria-label={summary}>
        <line x1={LEFT} y1={y(0)} x2={W - RIGHT} y2={y(0)} stroke="#8c959f" />
        <text x={LEFT - 4} y={y(max) + 4} text-anchor="end">
          {max}
        </text>
        <text x={LEFT - 4} y={y(0) + 4} text-anchor="end">
          0
        </text>
        {points.map((p, i) => (
          <text key={p.year} x={x(i)} y={H - 6} text-anchor="middle">
            {p.year}
          </text>
        ))}
        {SERIES.map((s, si) => (
          <g key={s.name}>
            {points.length > 1 && (
              <polyline
                fill="none"
                stroke={s.color}
                stroke-width="2"
                points={points.map((p, i) => `${x(i)},${y(p.values[si]!)}`).join(' ')}
              />
            )}
            {points.map((p, i) => (
              <circle key={p.year} cx={x(i)} cy={y(p.values[si]!)} r="3" fill={s.color}>
                <title>{`${p.year}年${s.name}：${p.values[si]}件`}</title>
              </circle>
            ))}
            <rect x={W - RIGHT + 10} y={TOP + si * 16} width="10" height="10" fill={s.color} />
            <text x={W - RIGHT + 24} y={TOP + si * 16 + 9}>
              {s.name}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
