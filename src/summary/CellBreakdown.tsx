// Pick a summed cell, see the value of every unit behind it and their total.
import { useMemo, useState } from 'preact/hooks';
import { getFormat } from '../formats';
import { computeAll, type Report } from '../model';
import { SUMMED_TABLES } from './sum';

export function CellBreakdown({ sum, units }: { sum: Report; units: readonly { name: string; report: Report }[] }) {
  const format = getFormat(sum.formatId);
  const [key, setKey] = useState('');
  const rows = useMemo(() => {
    if (!key) return [];
    return units.map((u) => ({ name: u.name, value: computeAll(format, u.report.values)[key] ?? '' }));
  }, [key, units, format]);
  const total = key ? (computeAll(format, sum.values)[key] ?? '') : '';
  return (
    <div class="summary-breakdown">
      <label>
        查看单元格的分单位数值
        <select value={key} onChange={(e) => setKey(e.currentTarget.value)}>
          <option value="">（选择单元格）</option>
          {SUMMED_TABLES.map((t) => (
            <optgroup key={t} label={format.tables[t].caption}>
              {format.tables[t].cells.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.ariaLabel}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {key && (
        <table aria-label="分单位数值">
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{r.value === '' ? '（空白）' : r.value}</td>
              </tr>
            ))}
            <tr class="breakdown-total">
              <th scope="row">合计</th>
              <td>{total === '' ? '（空白）' : total}</td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
