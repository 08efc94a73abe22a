// The sum: 生成汇总报告 (a draft of scope 本级政府汇总), its own checks with the units behind each 勾稽 failure,
// the cross-year check, the units behind any summed cell, and the .xlsx 分单位明细.
import { useMemo, useState } from 'preact/hooks';
import { runChecks } from '../checks/run-checks';
import type { Report } from '../model';
import { createDraftFrom, getDraft, isBroken } from '../store';
import { saveIfRevision } from '../store/drafts';
import type { SummaryWorkspace } from '../store/summary-record';
import { buildBoard, type Board } from './board';
import { CellBreakdown } from './CellBreakdown';
import { compareCarried } from './cross-year';
import { attributeFindings } from './delta';
import { summaryReport } from './sum';

type Update = (change: (ws: SummaryWorkspace) => SummaryWorkspace) => Promise<boolean>;

/** Writes the 汇总 draft: refreshes the existing one (revision-checked) or creates it. Returns its id. */
async function writeSummaryDraft(ws: SummaryWorkspace, board: Board): Promise<string> {
  const entry = ws.summaryDraftId ? await getDraft(ws.summaryDraftId) : null;
  if (entry && !isBroken(entry) && entry.deletedAt === null) {
    const report = summaryReport(
      ws,
      board.included.map((u) => u.report),
      entry.report,
    );
    const saved = await saveIfRevision(report, entry.revision, `summary|${ws.id}`);
    if (!saved.ok) throw new Error('汇总报告草稿刚在另一个窗口中被修改，请稍后再试。');
    return report.id;
  }
  return (
    await createDraftFrom(
      summaryReport(
        ws,
        board.included.map((u) => u.report),
        null,
      ),
    )
  ).id;
}

export function SumPanel({
  ws,
  board,
  previous,
  update,
}: {
  ws: SummaryWorkspace;
  board: Board;
  previous: SummaryWorkspace | null;
  update: Update;
}) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const sum = useMemo<Report>(
    () =>
      summaryReport(
        ws,
        board.included.map((u) => u.report),
        null,
        0,
      ),
    [ws, board],
  );
  const attributions = useMemo(() => {
    const units = board.rows
      .filter((r) => r.included)
      .map((r) => ({ name: r.unit.name, report: r.unit.receipt!.report, errors: r.errors.map((e) => e.finding) }));
    // Table findings only: the 汇总's texts are the clerk's to write in the editor, where their checks show.
    return attributeFindings(
      runChecks(sum).filter((f) => f.cells.length > 0),
      units,
    );
  }, [sum, board]);
  const carried = useMemo(
    () => (previous ? compareCarried(board.included, buildBoard(previous, runChecks).included) : null),
    [board, previous],
  );

  const generate = async () => {
    if (board.included.length === 0) {
      setMessage('还没有可以计入汇总的单位报告。');
      return;
    }
    setBusy(true);
    try {
      const id = await writeSummaryDraft(ws, board);
      if (id !== ws.summaryDraftId && !(await update((w) => ({ ...w, summaryDraftId: id })))) return;
      location.hash = `#/draft/${encodeURIComponent(id)}`;
    } catch (e) {
      setMessage(`生成失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const exportXlsx = async () => {
    try {
      const { downloadDetailWorkbook } = await import('./export-xlsx');
      const name = await downloadDetailWorkbook(board.included, { ...sum, agencyName: ws.name });
      setMessage(`已导出「${name}」（在浏览器的下载位置）。`);
    } catch (e) {
      setMessage(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <section class="summary-section" aria-labelledby="sum-title">
      <h2 id="sum-title">汇总报告（{board.included.length}个单位计入）</h2>
      <div class="summary-actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void generate()}>
          {ws.summaryDraftId ? '生成汇总报告（更新表格）' : '生成汇总报告'}
        </button>
        <button type="button" disabled={board.included.length === 0} onClick={() => void exportXlsx()}>
          导出分单位明细（.xlsx）
        </button>
        {ws.summaryDraftId && <a href={`#/draft/${encodeURIComponent(ws.summaryDraftId)}`}>打开汇总报告草稿</a>}
      </div>
      <p class="summary-hint">汇总报告的表二、表三、表四是各计入单位的逐格精确合计；更新时只替换表格，已写的正文、成文日期和署名保留。</p>
      {message && <p role="status">{message}</p>}
      {attributions.length > 0 && (
        <div class="summary-findings">
          <h3>汇总数据的勾稽问题</h3>
          <ul>
            {attributions.map((a, i) => (
              <li key={i} data-rule={a.finding.rule} class="board-error">
                {a.finding.message}
                {a.units.length > 0 && (
                  <> 来自：{a.units.map((u) => `「${u.name}」${u.delta !== null ? `（Δ ${u.delta}）` : ''}`).join('、')}</>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {carried && (
        <div class="summary-carried">
          <h3>与上年汇总衔接（表三「上年结转」）</h3>
          <p>
            {previous!.year}年度各单位「结转下年度继续办理」合计 {carried.lastYearCarryover}，本年度各单位「上年结转」合计{' '}
            {carried.thisYearCarried}，差 {carried.difference}。
          </p>
          {carried.added.length > 0 && <p>本年新增单位：{carried.added.map((u) => `「${u.name}」${u.value}`).join('、')}</p>}
          {carried.removed.length > 0 && <p>上年有、本年没有的单位：{carried.removed.map((u) => `「${u.name}」${u.value}`).join('、')}</p>}
          {carried.changed.length > 0 && (
            <p>前后不衔接的单位：{carried.changed.map((u) => `「${u.name}」上年结转下年 ${u.last}，本年上年结转 ${u.now}`).join('；')}</p>
          )}
        </div>
      )}
      <CellBreakdown sum={sum} units={board.included} />
    </section>
  );
}
