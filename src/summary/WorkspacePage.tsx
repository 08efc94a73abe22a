// One 汇总 workspace: the unit list, receiving reports, the board, the sum and its outputs, the units' texts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { runChecks } from '../checks/run-checks';
import { listWorkspaces, previousWorkspace } from '../store/summaries';
import { levelLabel, type SummaryWorkspace } from '../store/summary-record';
import { AddReports } from './AddReports';
import { BoardTable } from './BoardTable';
import { buildBoard, progressText } from './board';
import { SumPanel } from './SumPanel';
import { TextsPanel } from './TextsPanel';
import { UnitList } from './UnitList';
import { useWorkspace } from './use-workspace';

export function WorkspacePage({ id }: { id: string }) {
  const open = useWorkspace(id);
  const ws = open.workspace;
  const board = useMemo(() => (ws ? buildBoard(ws, runChecks) : null), [ws]);
  const [previous, setPrevious] = useState<SummaryWorkspace | null>(null);
  useEffect(() => {
    if (!ws) return;
    listWorkspaces().then(
      (l) => setPrevious(previousWorkspace(l.workspaces, ws)),
      () => setPrevious(null),
    );
  }, [ws?.name, ws?.year]);

  if (!ws || !board) {
    return (
      <main class="page-message">
        {open.error ? (
          <p role="alert">
            {open.error} <a href="#/summary">返回汇总</a>
          </p>
        ) : (
          <p>正在打开…</p>
        )}
      </main>
    );
  }
  return (
    <main class="summary-page">
      <header class="summary-head">
        <h1>
          {ws.name} {ws.year}年度汇总
        </h1>
        <p class="summary-progress" role="status">
          {progressText(board)}
        </p>
        <a href="#/summary">全部汇总工作区</a>
        <a href="#/">返回首页</a>
      </header>
      <p class="summary-hint">{levelLabel(ws.agencyLevel)}。垂直管理单位向上级主管部门报送，不计入本级汇总。</p>
      {open.stale && (
        <p role="alert" class="summary-error">
          这个汇总工作区已在另一个窗口中修改，本窗口不再保存。
          <button type="button" onClick={open.reload}>
            重新载入
          </button>
        </p>
      )}
      {open.error && !open.stale && (
        <p role="alert" class="summary-error">
          {open.error}
        </p>
      )}
      <UnitList ws={ws} update={open.update} />
      <AddReports ws={ws} update={open.update} />
      <BoardTable ws={ws} board={board} update={open.update} />
      <SumPanel ws={ws} board={board} previous={previous} update={open.update} />
      <TextsPanel board={board} />
    </main>
  );
}
