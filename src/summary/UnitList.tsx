// 单位名单: name and 类别 of every unit expected to report, editable; several names can be pasted at once.
import { useState } from 'preact/hooks';
import { newReportId } from '../model';
import { UNIT_CATEGORIES, type SummaryUnit, type SummaryWorkspace, type UnitCategory } from '../store/summary-record';

type Update = (change: (ws: SummaryWorkspace) => SummaryWorkspace) => Promise<boolean>;

export const newUnit = (name: string, category: UnitCategory = 'department'): SummaryUnit => ({
  id: newReportId(),
  name: name.trim(),
  category,
  receipt: null,
  forceReason: '',
});

export function changeUnit(ws: SummaryWorkspace, id: string, change: (u: SummaryUnit) => SummaryUnit): SummaryWorkspace {
  return { ...ws, units: ws.units.map((u) => (u.id === id ? change(u) : u)) };
}

export function UnitList({ ws, update }: { ws: SummaryWorkspace; update: Update }) {
  const [names, setNames] = useState('');
  const [category, setCategory] = useState<UnitCategory>('department');
  const [message, setMessage] = useState('');

  const add = () => {
    const known = new Set(ws.units.map((u) => u.name.trim()));
    const fresh = [
      ...new Set(
        names
          .split(/\n/)
          .map((n) => n.trim())
          .filter((n) => n !== ''),
      ),
    ];
    const skipped = fresh.filter((n) => known.has(n));
    const added = fresh.filter((n) => !known.has(n));
    if (added.length === 0) {
      setMessage(skipped.length ? `「${skipped.join('」「')}」已在名单中。` : '请先填写单位名称（每行一个）。');
      return;
    }
    void update((w) => ({ ...w, units: [...w.units, ...added.map((n) => newUnit(n, category))] })).then((ok) => {
      if (ok) {
        setNames('');
        setMessage(`已添加${added.length}个单位。${skipped.length ? `「${skipped.join('」「')}」已在名单中，未重复添加。` : ''}`);
      }
    });
  };

  return (
    <section class="summary-section" aria-labelledby="units-title">
      <h2 id="units-title">单位名单（{ws.units.length}个）</h2>
      {ws.units.length > 0 && (
        <table class="summary-units">
          <thead>
            <tr>
              <th>单位名称</th>
              <th>类别</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {ws.units.map((u) => (
              <tr key={u.id}>
                <td>
                  <input
                    aria-label={`单位名称：${u.name}`}
                    value={u.name}
                    onChange={(e) => {
                      const name = e.currentTarget.value.trim();
                      if (name) void update((w) => changeUnit(w, u.id, (x) => ({ ...x, name })));
                    }}
                  />
                </td>
                <td>
                  <select
                    aria-label={`类别：${u.name}`}
                    value={u.category}
                    onChange={(e) => {
                      const c = e.currentTarget.value as UnitCategory;
                      void update((w) => changeUnit(w, u.id, (x) => ({ ...x, category: c })));
                    }}
                  >
                    {UNIT_CATEGORIES.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    class="link"
                    onClick={() => {
                      if (!u.receipt || confirm(`「${u.name}」已收到报告，移除这个单位会一并移除它的报告。确定吗？`))
                        void update((w) => ({ ...w, units: w.units.filter((x) => x.id !== u.id) }));
                    }}
                  >
                    移除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="summary-add-units">
        <label>
          添加单位（每行一个名称）
          <textarea rows={3} value={names} onInput={(e) => setNames(e.currentTarget.value)} />
        </label>
        <label>
          类别{' '}
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value as UnitCategory)}>
            {UNIT_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={add}>
          添加单位
        </button>
        {message && <p role="status">{message}</p>}
      </div>
    </section>
  );
}
