// 看板: one row per unit — received or not, year and format, 勾稽 errors in red with Δ, warnings, duplicates,
// 垂直管理 suspicion; a unit with errors is summed only with a recorded reason (强制汇总).
import { useState } from 'preact/hooks';
import { RECEIPT_SOURCES, UNIT_CATEGORIES, type SummaryWorkspace } from '../store/summary-record';
import type { Board, BoardRow, UnitState } from './board';
import { changeUnit } from './UnitList';

type Update = (change: (ws: SummaryWorkspace) => SummaryWorkspace) => Promise<boolean>;

const STATE_NAMES: Record<UnitState, string> = {
  missing: '未收到',
  unconfirmed: '待确认',
  vertical: '不计入',
  'wrong-year': '年度不符',
  'wrong-format': '格式不符',
  duplicate: '重复',
  errors: '有错误，未计入',
  forced: '强制汇总',
  ok: '计入汇总',
};

export function BoardTable({ ws, board, update }: { ws: SummaryWorkspace; board: Board; update: Update }) {
  return (
    <section class="summary-section" aria-labelledby="board-title">
      <h2 id="board-title">
        看板（{board.received}/{board.expected} 已收到，{board.included.length} 个计入汇总）
      </h2>
      <table class="summary-board">
        <thead>
          <tr>
            <th>单位</th>
            <th>类别</th>
            <th>状态</th>
            <th>收到的报告</th>
            <th>检查结果</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <Row key={row.unit.id} row={row} update={update} />
          ))}
        </tbody>
      </table>
      {ws.units.length === 0 && <p class="summary-hint">先在「单位名单」中添加各单位。</p>}
    </section>
  );
}

function Row({ row, update }: { row: BoardRow; update: Update }) {
  const { unit } = row;
  const [reason, setReason] = useState(unit.forceReason);
  const receipt = unit.receipt;
  const set = (change: Parameters<typeof changeUnit>[2]) => void update((w) => changeUnit(w, unit.id, change));
  return (
    <tr class={`board-${row.state}`} data-unit={unit.name}>
      <th scope="row">{unit.name}</th>
      <td>{UNIT_CATEGORIES.find((c) => c.id === unit.category)?.label}</td>
      <td>
        <strong>{STATE_NAMES[row.state]}</strong>
        {row.note && <div class="summary-note">{row.note}</div>}
      </td>
      <td>
        {receipt ? (
          <>
            {receipt.report.agencyName || '（无单位名称）'} {receipt.report.year}年度 {receipt.report.formatId}版<br />
            <small>
              {RECEIPT_SOURCES[receipt.source]}
              {receipt.fileName ? `：${receipt.fileName}` : ''}
            </small>
          </>
        ) : (
          '—'
        )}
      </td>
      <td>
        {row.errors.length > 0 && (
          <ul class="board-errors">
            {row.errors.map((e, i) => (
              <li key={i} data-rule={e.finding.rule}>
                {e.delta !== null && <b>Δ {e.delta}：</b>}
                {e.finding.message}
              </li>
            ))}
          </ul>
        )}
        {row.warnings.length > 0 && (
          <details>
            <summary>{row.warnings.length}条提醒</summary>
            <ul>
              {row.warnings.map((w, i) => (
                <li key={i} data-rule={w.rule}>
                  {w.message}
                </li>
              ))}
            </ul>
          </details>
        )}
        {row.duplicateOf.length > 0 && <p class="board-warn">与「{row.duplicateOf.join('」「')}」的报告相同。</p>}
        {row.verticalSuspect && <p class="board-warn">{row.verticalSuspect}</p>}
      </td>
      <td>
        {receipt && !receipt.confirmed && (
          <button type="button" onClick={() => set((u) => ({ ...u, receipt: u.receipt && { ...u.receipt, confirmed: true } }))}>
            确认匹配
          </button>
        )}
        {receipt && (
          <button type="button" class="link" onClick={() => set((u) => ({ ...u, receipt: null, forceReason: '' }))}>
            移除报告
          </button>
        )}
        {row.errors.length > 0 && receipt?.confirmed && unit.category !== 'vertical' && (
          <div class="board-force">
            <input
              aria-label={`强制汇总理由：${unit.name}`}
              placeholder="强制汇总的理由"
              value={reason}
              maxLength={200}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
            <button
              type="button"
              disabled={reason.trim() === '' && !unit.forceReason}
              onClick={() => set((u) => ({ ...u, forceReason: reason.trim() }))}
            >
              {unit.forceReason && reason.trim() === '' ? '取消强制汇总' : '强制汇总'}
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
