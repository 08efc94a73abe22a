// 首页: every draft in this browser, grouped by 单位; create, open, copy, rename, delete (回收站),
// 由上年报告创建, backup and restore.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FIRST_REPORT_YEAR, formatForYear } from '../formats';
import { defaultReportYear, type Report } from '../model';
import {
  backupConflicts, clockTime, createDraft, createDraftFrom, downloadBackup, downloadFullBackup, draftForNextYear, duplicateDraft,
  importBackup, listDrafts, onStoreChange, purgeDraft, readBackupFile, renameDraft, restoreDraft,
  saveStatusText, trashDraft, unsavedReports, type DraftEntry, type DraftList, type NextYearResult,
} from '../store';
import { groupDrafts, useCheckCounts, type Counts } from './groups';
import type { SummaryWorkspace } from '../store/summary-record';
import './style.css';

const NO_AGENCY = '（未填写单位名称）';
const LATEST_YEAR_AHEAD = 1;

function openDraft(id: string): void {
  location.hash = `#/draft/${encodeURIComponent(id)}`;
}

function formatLabel(report: Report): string {
  return `${report.formatId}版`;
}

function dateTime(at: number): string {
  if (!at) return '—';
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${clockTime(at).slice(0, 5)}`;
}

type Notice = { kind: 'ok' | 'error'; text: string; undoTrash?: string };

export function HomePage() {
  const [list, setList] = useState<DraftList | null>(null);
  const [loadError, setLoadError] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pendingImport, setPendingImport] = useState<{ reports: Report[]; conflicts: string[]; workspaces?: SummaryWorkspace[] } | null>(null);

  const reload = () => {
    performance.mark?.('nianbao:list-start');
    return listDrafts().then(
      (l) => {
        setList(l);
        setLoadError('');
      },
      (e: unknown) => setLoadError(`无法读取浏览器中保存的草稿：${e instanceof Error ? e.message : String(e)}`),
    );
  };

  useEffect(() => {
    void reload();
    return onStoreChange(() => void reload());
  }, []);

  const groups = useMemo(() => {
    if (list) performance.mark?.('nianbao:list-read');
    return list ? groupDrafts(list) : [];
  }, [list]);
  const counts = useCheckCounts(list);
  // Marks for the browser benchmark: list read, list drawn (checks are counted after, see useCheckCounts).
  useLayoutEffect(() => {
    if (list) performance.mark?.('nianbao:list-shown');
  }, [list]);
  const trashed = useMemo(() => (list ? list.drafts.filter((d) => d.deletedAt !== null).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0)) : []), [list]);
  const unsaved = unsavedReports();

  const act = async (what: () => Promise<Notice | null | void>) => {
    try {
      const result = await what();
      if (result) setNotice(result);
      await reload();
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  const exportAll = async () => {
    if (!list) return;
    const inMemory = new Map(unsaved.map((r) => [r.id, r]));
    const reports = list.drafts.filter((d) => d.deletedAt === null).map((d) => inMemory.get(d.report.id) ?? d.report);
    if (reports.length === 0) {
      setNotice({ kind: 'error', text: '还没有草稿可以导出。' });
      return;
    }
    const name = await downloadFullBackup(reports);
    setNotice({ kind: 'ok', text: `已导出${reports.length}份草稿到文件「${name}」（在浏览器的下载位置）。请把它保存到安全的地方。` });
  };

  const onRestoreFile = async (file: File) => {
    const parsed = await readBackupFile(file);
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: `无法恢复「${file.name}」：${parsed.message}` });
      return;
    }
    const conflicts = await backupConflicts(parsed.reports);
    if (conflicts.length > 0) setPendingImport({ reports: parsed.reports, conflicts, workspaces: parsed.workspaces });
    else await act(async () => {
      const r = await importBackup(parsed.reports, 'keep-both', parsed.workspaces);
      return { kind: 'ok', text: `已从备份恢复${r.added}份草稿。` };
    });
  };

  return (
    <main class="home">
      <header class="home-header">
        <h1>政府信息公开工作年度报告</h1>
        <p class="home-sub">草稿自动保存在本机浏览器中，不上传到任何地方。换电脑或清理浏览器前，请先「导出全部草稿备份」。</p>
        <a class="button" href="#/summary" style="margin-bottom:.75rem">汇总…</a>
      </header>

      <section class="home-actions" aria-label="新建与备份">
        <NewDraftForm />
        <div class="home-tools">
          <a class="button" href="#/import">导入上年报告（Word 或文本）</a>
          <button type="button" onClick={() => void exportAll()} disabled={!list || list.drafts.every((d) => d.deletedAt !== null)}>导出全部草稿备份</button>
          <RestoreButton onFile={(f) => void onRestoreFile(f)} />
        </div>
      </section>

      {unsaved.length > 0 && (
        <p class="home-alert" role="alert">
          有{unsaved.length}份草稿的最新修改还没能保存到浏览器（保存失败），目前只在本页面的内存中。请立即「导出全部草稿备份」，不要关闭页面。
        </p>
      )}
      {notice && (
        <p class={`home-notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          {notice.undoTrash && (
            <button type="button" class="link" onClick={() => void act(async () => {
              await restoreDraft(notice.undoTrash!);
              return { kind: 'ok', text: '已撤销删除。' };
            })}>撤销</button>
          )}
          <button type="button" class="link close" aria-label="关闭提示" onClick={() => setNotice(null)}>×</button>
        </p>
      )}
      {pendingImport && (
        <ImportConflictDialog
          count={pendingImport.conflicts.length}
          total={pendingImport.reports.length}
          onChoose={(choice) => {
            const { reports, workspaces } = pendingImport;
            setPendingImport(null);
            if (choice) void act(async () => {
              const r = await importBackup(reports, choice, workspaces);
              return { kind: 'ok', text: `已从备份恢复：新增${r.added}份${r.replaced ? `，替换${r.replaced}份` : ''}。` };
            });
            else setNotice({ kind: 'ok', text: '已取消恢复，没有做任何修改。' });
          }}
        />
      )}

      {loadError && <p class="home-alert" role="alert">{loadError}</p>}
      {!list && !loadError && <p class="home-empty">正在读取草稿…</p>}
      {list && groups.length === 0 && (
        <p class="home-empty">还没有草稿。在上面选择报告年度、填写单位名称后点「新建草稿」，或导入上年已发布的报告。</p>
      )}

      {groups.map((g) => (
        <section class="agency" key={g.name} aria-label={g.name || NO_AGENCY}>
          <h2>{g.name || NO_AGENCY}</h2>
          <table class="drafts">
            <thead>
              <tr><th scope="col">年度</th><th scope="col">格式</th><th scope="col">最后保存</th><th scope="col">检查结果</th><th scope="col">操作</th></tr>
            </thead>
            <tbody>
              {g.rows.map((entry) => (
                <DraftRow key={entry.report.id} entry={entry} counts={counts.get(entry.report.id)} act={act} />
              ))}
            </tbody>
          </table>
        </section>
      ))}

      {list && list.broken.length > 0 && (
        <section class="agency broken" aria-label="无法打开的草稿">
          <h2>无法打开的草稿</h2>
          <ul>
            {list.broken.map((b) => (
              <li key={b.id}>
                <span>{b.message}</span>
                <ConfirmButton label="彻底删除" confirm="确定彻底删除这份无法打开的草稿？" onConfirm={() => void act(async () => {
                  await purgeDraft(b.id);
                  return { kind: 'ok', text: '已彻底删除。' };
                })} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {trashed.length > 0 && (
        <details class="trash">
          <summary>回收站（{trashed.length}）</summary>
          <table class="drafts">
            <thead><tr><th scope="col">单位</th><th scope="col">年度</th><th scope="col">删除时间</th><th scope="col">操作</th></tr></thead>
            <tbody>
              {trashed.map((d) => (
                <tr key={d.report.id}>
                  <td>{d.report.agencyName || NO_AGENCY}</td>
                  <td>{d.report.year}年度</td>
                  <td>{dateTime(d.deletedAt ?? 0)}</td>
                  <td class="ops">
                    <button type="button" onClick={() => void act(async () => {
                      await restoreDraft(d.report.id);
                      return { kind: 'ok', text: `已恢复「${d.report.agencyName || NO_AGENCY}${d.report.year}年度」。` };
                    })}>恢复</button>
                    <ConfirmButton label="彻底删除" confirm="彻底删除后无法找回，确定吗？" onConfirm={() => void act(async () => {
                      await purgeDraft(d.report.id);
                      return { kind: 'ok', text: '已彻底删除。' };
                    })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </main>
  );
}

function NewDraftForm() {
  const [yearText, setYearText] = useState(String(defaultReportYear()));
  const [agency, setAgency] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = new Date().getFullYear() + LATEST_YEAR_AHEAD;

  const check = (text: string): { year: number; hint: string } | { error: string } => {
    const t = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/年度?$/, '');
    if (!/^\d{4}$/.test(t)) return { error: '请填写四位数的报告年度，例如 2025。' };
    const year = Number(t);
    if (year > latest) return { error: `报告年度不能晚于${latest}年。` };
    try {
      const f = formatForYear(year);
      return { year, hint: `使用${f.id}版格式（${f.notice}）` };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };
  const status = check(yearText);
  // A year still being typed (fewer than 4 digits) only gets the neutral hint.
  const shown = error
    ? { error: true, text: error }
    : 'hint' in status
      ? { error: false, text: status.hint }
      : /^\s*\d{0,3}\s*$/.test(yearText)
        ? { error: false, text: `请填写${FIRST_REPORT_YEAR}年或以后的报告年度。` }
        : { error: true, text: status.error };

  const submit = async (e: Event) => {
    e.preventDefault();
    if ('error' in status) {
      setError(status.error);
      return;
    }
    setBusy(true);
    try {
      const report = await createDraft({ year: status.year, agencyName: agency });
      openDraft(report.id);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <form class="new-draft" onSubmit={(e) => void submit(e)} aria-label="新建草稿">
      <label>
        报告年度
        <input
          value={yearText}
          inputMode="numeric"
          size={6}
          aria-describedby="new-year-hint"
          onInput={(e) => {
            setYearText(e.currentTarget.value);
            setError('');
          }}
        />
      </label>
      <label class="grow">
        单位名称
        <input value={agency} maxLength={100} placeholder="例如：某某市人民政府办公室" onInput={(e) => setAgency(e.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" disabled={busy}>新建草稿</button>
      <p id="new-year-hint" class={shown.error ? 'form-error' : 'form-hint'} role={shown.error ? 'alert' : undefined}>{shown.text}</p>
    </form>
  );
}

function RestoreButton({ onFile }: { onFile: (f: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>从备份恢复…</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="选择草稿备份文件"
        class="visually-hidden"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

function ConfirmButton({ label, confirm, onConfirm }: { label: string; confirm: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) return <button type="button" onClick={() => setAsking(true)}>{label}</button>;
  return (
    <span class="confirm" role="group" aria-label={confirm}>
      <span>{confirm}</span>
      <button type="button" class="danger" onClick={() => { setAsking(false); onConfirm(); }}>确定{label}</button>
      <button type="button" onClick={() => setAsking(false)}>取消</button>
    </span>
  );
}

type RowMode = 'idle' | 'rename' | 'next' | 'delete';

function DraftRow({ entry, counts, act }: { entry: DraftEntry; counts: Counts | undefined; act: (what: () => Promise<Notice | null | void>) => Promise<void> }) {
  const { report, savedAt } = entry;
  const [mode, setMode] = useState<RowMode>('idle');
  const [name, setName] = useState(report.agencyName);
  const [carryTexts, setCarryTexts] = useState(false);
  const title = `${report.agencyName || NO_AGENCY}${report.year}年度`;

  // The next year's draft is previewed while its panel is open, so its notes are read before it is created.
  let nextYear: NextYearResult | null = null;
  let nextYearError = '';
  if (mode === 'next') {
    try {
      nextYear = draftForNextYear(report, { carryTexts });
    } catch (e) {
      nextYearError = e instanceof Error ? e.message : String(e);
    }
  }

  return (
    <>
      <tr>
        <td><a href={`#/draft/${encodeURIComponent(report.id)}`}>{report.year}年度</a></td>
        <td>{formatLabel(report)}</td>
        <td>{dateTime(savedAt)}</td>
        <td>
          {!counts ? (
            <span class="form-hint">检查中…</span>
          ) : counts.errors === 0 && counts.warnings === 0 ? (
            <span class="ok">未发现问题</span>
          ) : (
            <>
              {counts.errors > 0 && <span class="badge error">{counts.errors}个错误</span>}
              {counts.warnings > 0 && <span class="badge warning">{counts.warnings}个提醒</span>}
            </>
          )}
        </td>
        <td class="ops">
          <a class="button primary" href={`#/draft/${encodeURIComponent(report.id)}`} aria-label={`打开${title}`}>打开</a>
          <button type="button" onClick={() => setMode(mode === 'next' ? 'idle' : 'next')} aria-expanded={mode === 'next'}>由上年报告创建</button>
          <button type="button" onClick={() => void act(async () => {
            await duplicateDraft(report.id);
            return { kind: 'ok', text: `已复制「${title}」。` };
          })}>复制</button>
          <button type="button" onClick={() => { setName(report.agencyName); setMode(mode === 'rename' ? 'idle' : 'rename'); }} aria-expanded={mode === 'rename'}>改单位名称</button>
          <button type="button" onClick={() => {
            const file = downloadBackup([report], { oneDraft: true });
            void act(async () => ({ kind: 'ok', text: `已导出「${title}」到文件「${file}」。` }));
          }}>导出备份</button>
          <button type="button" onClick={() => setMode(mode === 'delete' ? 'idle' : 'delete')} aria-expanded={mode === 'delete'}>删除</button>
        </td>
      </tr>
      {mode !== 'idle' && (
        <tr class="row-panel">
          <td colSpan={5}>
            {mode === 'rename' && (
              <form class="inline" onSubmit={(e) => {
                e.preventDefault();
                setMode('idle');
                void act(async () => {
                  await renameDraft(report.id, name);
                  return { kind: 'ok', text: `已改名，${saveStatusText({ state: 'saved', at: Date.now() })}。` };
                });
              }}>
                <label>新的单位名称 <input value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} /></label>
                <button type="submit" class="primary">保存</button>
                <button type="button" onClick={() => setMode('idle')}>取消</button>
              </form>
            )}
            {mode === 'delete' && (
              <div class="inline">
                <span>把「{title}」移到回收站？（可在页面底部的回收站中恢复）</span>
                <button type="button" class="danger" onClick={() => {
                  setMode('idle');
                  void act(async () => {
                    await trashDraft(report.id);
                    return { kind: 'ok', text: `已把「${title}」移到回收站。`, undoTrash: report.id };
                  });
                }}>移到回收站</button>
                <button type="button" onClick={() => setMode('idle')}>取消</button>
              </div>
            )}
            {mode === 'next' && (
              nextYearError || !nextYear ? <p class="form-error">{nextYearError}</p> : (
                <div class="inline next-year">
                  <span>以「{title}」为基础创建{report.year + 1}年度草稿（使用{formatForYear(report.year + 1).id}版格式）：沿用单位名称、机关层级、署名，表三「上年结转」按本报告「结转下年度继续办理」填入。</span>
                  <label><input type="checkbox" checked={carryTexts} onChange={(e) => setCarryTexts(e.currentTarget.checked)} /> 同时沿用文字（一、五、六）</label>
                  <ul class="form-hint">{nextYear.notes.map((note) => <li key={note}>{note}</li>)}</ul>
                  <button type="button" class="primary" onClick={() => void act(async () => {
                    const created = await createDraftFrom(nextYear.report);
                    openDraft(created.id);
                  })}>创建{report.year + 1}年度草稿</button>
                  <button type="button" onClick={() => setMode('idle')}>取消</button>
                </div>
              )
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function ImportConflictDialog({ count, total, onChoose }: { count: number; total: number; onChoose: (c: 'keep-both' | 'replace' | null) => void }) {
  return (
    <div class="dialog-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') onChoose(null); }}>
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="import-conflict-title">
        <h2 id="import-conflict-title">备份中有{count}份草稿已经存在</h2>
        <p>备份共{total}份草稿，其中{count}份在本浏览器中已有（可能已被修改过）。请选择：</p>
        <ul>
          <li>「保留两份」：备份中的草稿另存为新草稿，现有草稿不变。</li>
          <li>「替换」：用备份中的内容覆盖现有草稿。</li>
        </ul>
        <div class="dialog-buttons">
          <button type="button" class="primary" onClick={() => onChoose('keep-both')}>保留两份</button>
          <button type="button" class="danger" onClick={() => onChoose('replace')}>替换</button>
          <button type="button" onClick={() => onChoose(null)}>取消</button>
        </div>
      </div>
    </div>
  );
}

