// 汇总 (issue 12): #/summary lists the workspaces and creates one; #/summary/<id> is one workspace.
import { useEffect, useState } from 'preact/hooks';
import { AGENCY_LEVELS, defaultReportYear } from '../model';
import { onStoreChange } from '../store';
import { addWorkspace, deleteWorkspace, listWorkspaces, newWorkspace, previousWorkspace, type WorkspaceEntry } from '../store/summaries';
import { SUMMARY_LEVELS, type SummaryLevel } from '../store/summary-record';
import { WorkspacePage } from './WorkspacePage';
import './style.css';

export function SummaryPage({ id }: { id?: string }) {
  if (id) return <WorkspacePage key={id} id={id} />;
  return <WorkspaceList />;
}

function WorkspaceList() {
  const [list, setList] = useState<WorkspaceEntry[] | null>(null);
  const [error, setError] = useState('');
  const [name, setName] = useState('');
  const [year, setYear] = useState(defaultReportYear());
  const [level, setLevel] = useState<SummaryLevel>('county');

  const reload = () =>
    listWorkspaces().then(
      (l) => setList(l.workspaces),
      (e: unknown) => setError(String(e)),
    );
  useEffect(() => {
    void reload();
    return onStoreChange(() => void reload());
  }, []);

  const previous = list ? previousWorkspace(list, { id: '', name, year }) : null;
  const create = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('请填写本级政府名称（例如：某某县人民政府）。');
      return;
    }
    try {
      const entry = await addWorkspace(newWorkspace({ name, year, agencyLevel: level }, previous));
      location.hash = `#/summary/${entry.workspace.id}`;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main class="summary-page">
      <header class="summary-head">
        <h1>汇总本级政府年度报告</h1>
        <a href="#/">返回首页</a>
      </header>
      <p class="summary-hint">
        政府信息公开工作主管部门收齐所属部门、乡镇（街道）的年度报告后，在这里逐一检查并汇总成本级政府年度报告。所有数据只保存在本机浏览器中。
      </p>
      <form class="summary-new" onSubmit={(e) => void create(e)}>
        <label>
          本级政府名称 <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="某某县人民政府" />
        </label>
        <label>
          报告年度 <input type="number" value={year} min={2019} max={2100} onInput={(e) => setYear(Number(e.currentTarget.value))} />
        </label>
        <label>
          政府层级{' '}
          <select value={level} onChange={(e) => setLevel(e.currentTarget.value as SummaryLevel)}>
            {SUMMARY_LEVELS.map((l) => (
              <option key={l} value={l}>
                {AGENCY_LEVELS.find((a) => a.id === l)?.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">新建汇总工作区</button>
        {previous && (
          <p class="summary-hint">
            将沿用{previous.year}年度汇总的单位名单（{previous.units.length}个单位），各单位的报告需重新收取。
          </p>
        )}
      </form>
      {error && (
        <p role="alert" class="summary-error">
          {error}
        </p>
      )}
      {list && list.length > 0 && (
        <ul class="summary-list">
          {list.map((e) => (
            <li key={e.workspace.id}>
              <a href={`#/summary/${e.workspace.id}`}>
                {e.workspace.name} {e.workspace.year}年度汇总
              </a>
              <span>（{e.workspace.units.length}个单位）</span>
              <button
                type="button"
                class="link"
                onClick={() => {
                  // The 汇总 draft stays on 首页; only the unit list and the received copies go.
                  if (
                    confirm(
                      `删除「${e.workspace.name} ${e.workspace.year}年度汇总」工作区（单位名单和收到的各单位报告）？汇总报告草稿仍保留在首页。此操作不能撤销。`,
                    )
                  ) {
                    deleteWorkspace(e.workspace.id).catch((x: unknown) => setError(x instanceof Error ? x.message : String(x)));
                  }
                }}
              >
                删除
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
