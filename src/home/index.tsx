// 首页: every draft in this browser, grouped by 单位 and searchable by 单位 and 年度; create, open, copy, rename,
// delete (回收站), 由上年报告创建, backup and restore. Rows, the forms, restore and the side lists are in their
// own files; this one holds the list, the notices and the backup export.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
// Direct module imports (not the store's index): backup and error-message code load on first use.
import { listen as onStoreChange } from '../store/channel';
import { listDrafts, type DraftList } from '../store/drafts';
import { unsavedReports } from '../store/unsaved-memory';
import { NO_AGENCY, failureNotice, type Act, type Notice } from './common';
import { DraftRow } from './DraftRow';
import { groupDrafts, useCheckCounts } from './groups';
import { NeedsRepair } from './NeedsRepair';
import { NewDraftForm } from './NewDraftForm';
import { RestoreButton, useRestore } from './RestoreFlow';
import { Trash } from './Trash';
import './style.css';

/** Above this many drafts the search box is shown (a short list needs none). */
const SEARCH_FROM = 8;

export function HomePage() {
  const [list, setList] = useState<DraftList | null>(null);
  const [loadError, setLoadError] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [query, setQuery] = useState('');

  const reload = () => {
    performance.mark?.('nianbao:list-start');
    return listDrafts().then(
      (l) => {
        setList(l);
        setLoadError('');
      },
      (e: unknown) => void failureNotice(e, '读取草稿').then((n) => setLoadError(n.text)),
    );
  };

  useEffect(() => {
    void reload();
    return onStoreChange(() => void reload());
  }, []);

  const groups = useMemo(() => {
    if (list) performance.mark?.('nianbao:list-read');
    return list ? groupDrafts(list, query) : [];
  }, [list, query]);
  const counts = useCheckCounts(list);
  // Marks for the browser benchmark: list read, list drawn (checks are counted after, see useCheckCounts).
  useLayoutEffect(() => {
    if (list) performance.mark?.('nianbao:list-shown');
  }, [list]);
  const trashed = useMemo(
    () => (list ? list.drafts.filter((d) => d.deletedAt !== null).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0)) : []),
    [list],
  );
  const active = list ? list.drafts.length - trashed.length : 0;
  const unsaved = unsavedReports();

  const act: Act = async (action, what) => {
    try {
      const result = await what();
      if (result) setNotice(result);
    } catch (e) {
      setNotice(await failureNotice(e, action));
    }
    await reload();
  };
  const restore = useRestore(act);

  const exportAll = () =>
    void act('导出备份', async () => {
      if (!list) return null;
      const inMemory = new Map(unsaved.map((r) => [r.id, r]));
      const active = list.drafts.filter((d) => d.deletedAt === null);
      const { journaledTyping } = await import('../store/journal');
      const journaled = journaledTyping(active); // typing of a page that closed before its save
      const reports = active.map((d) => inMemory.get(d.report.id) ?? journaled.get(d.report.id) ?? d.report);
      const damaged = list.broken.filter((b) => b.deletedAt === null).map((b) => ({ id: b.id, reason: b.message, report: b.raw }));
      if (reports.length + damaged.length === 0) return { kind: 'error', text: '还没有草稿可以导出。' };
      // 汇总 workspaces go in too (their code loads only now).
      const workspaces = await (await import('../store/backup-summary')).allWorkspacesForBackup();
      const names = (await import('../store/backup-files')).downloadBackupFiles(reports, damaged, new Date(), workspaces);
      const what = `${reports.length + damaged.length}份草稿${damaged.length ? `（含${damaged.length}份需要修复的）` : ''}`;
      return names.length === 1
        ? { kind: 'ok', text: `已导出${what}到文件「${names[0]}」（在浏览器的下载位置）。请把它保存到安全的地方。` }
        : {
            kind: 'ok',
            text: `已导出${what}，数据较多，分成了${names.length}个文件（${names.join('、')}）。恢复时请一起选中这些文件。如果浏览器询问“是否允许下载多个文件”，请选“允许”。`,
          };
    });

  return (
    <main class="home">
      <header class="home-header">
        <h1>政府信息公开工作年度报告</h1>
        <p class="home-sub">草稿自动保存在本机浏览器中，不上传到任何地方。换电脑或清理浏览器前，请先「导出全部草稿备份」。</p>
        <a class="button" href="#/summary" style="margin-bottom:.75rem">
          汇总…
        </a>
      </header>

      <section class="home-actions" aria-label="新建与备份">
        <NewDraftForm />
        <div class="home-tools">
          <a class="button" href="#/import">
            导入上年报告（Word、PDF、网页或文字）
          </a>
          <button type="button" onClick={exportAll} disabled={!list || (active === 0 && list.broken.length === 0)}>
            导出全部草稿备份
          </button>
          <RestoreButton onFiles={(files) => void restore.onFiles(files)} />
        </div>
      </section>

      {unsaved.length > 0 && (
        <p class="home-alert" role="alert">
          有{unsaved.length}
          份草稿的最新修改还没能保存到浏览器（保存失败），目前只在本页面的内存中。请立即「导出全部草稿备份」，不要关闭页面。
        </p>
      )}
      {notice && (
        <p class={`home-notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          {notice.undoTrash && (
            <button
              type="button"
              class="link"
              onClick={() =>
                void act('撤销删除', async () => {
                  await (await import('../store/draft-actions')).restoreDraft(notice.undoTrash!);
                  return { kind: 'ok', text: '已撤销删除。' };
                })
              }
            >
              撤销
            </button>
          )}
          <button type="button" class="link close" aria-label="关闭提示" onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      )}
      {restore.pending && restore.ConflictDialog && (
        <restore.ConflictDialog pending={restore.pending} list={list} onChoose={restore.choose} />
      )}

      {loadError && (
        <p class="home-alert" role="alert">
          {loadError}
        </p>
      )}
      {!list && !loadError && <p class="home-empty">正在读取草稿…</p>}
      {list && active === 0 && (
        <p class="home-empty">还没有草稿。在上面选择报告年度、填写单位名称后点「新建草稿」，或导入上年已发布的报告。</p>
      )}
      {list && active >= SEARCH_FROM && (
        <div class="home-search" role="search">
          <label>
            搜索{' '}
            <input
              type="search"
              value={query}
              placeholder="单位名称或年度，如：财政局 2024"
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
          {query.trim() && (
            <span class="form-hint" role="status">
              找到{groups.reduce((n, g) => n + g.rows.length, 0)}份草稿
            </span>
          )}
        </div>
      )}

      {groups.map((g) => (
        <section class="agency" key={g.name} aria-label={g.name || NO_AGENCY}>
          <h2>{g.name || NO_AGENCY}</h2>
          <table class="drafts">
            <thead>
              <tr>
                <th scope="col">年度</th>
                <th scope="col">格式</th>
                <th scope="col">最后保存</th>
                <th scope="col">检查结果</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((entry) => (
                <DraftRow key={entry.report.id} entry={entry} counts={counts.get(entry.report.id)} act={act} />
              ))}
            </tbody>
          </table>
        </section>
      ))}

      {list && <NeedsRepair broken={list.broken} act={act} />}
      <Trash trashed={trashed} act={act} />
    </main>
  );
}
