// One row of the home list and its actions: 打开, 创建{下一年}年度报告 (由上年报告创建), 复制, 改单位名称,
// 导出备份, 删除 (to 回收站). Each action's failure is one Chinese notice (see common.tsx).
import { useEffect, useState } from 'preact/hooks';
import { formatForYear } from '../formats';
import { LIMITS } from '../model';
// Direct module imports (not the store's index): the backup code loads when a backup is asked for.
import type { DraftEntry } from '../store/drafts';
import type { NextYearResult } from '../store/next-year';
import { saveStatusText } from '../store/save-status';
import { loadFailed } from '../platform/load-once';
import { NO_AGENCY, dateTime, openDraft, type Act } from './common';
import type { Counts } from './groups';

type RowMode = 'idle' | 'rename' | 'next' | 'delete';

type NextYearCode = typeof import('../store/next-year');
/** The next-year preview's code, loaded when a row's 「创建…年度报告」 panel first opens. */
let nextYearCode: NextYearCode | null = null;
const NEXT_YEAR_FAILED = loadFailed('这部分功能');

export function DraftRow({ entry, counts, act }: { entry: DraftEntry; counts: Counts | undefined; act: Act }) {
  const { report, savedAt } = entry;
  const [mode, setMode] = useState<RowMode>('idle');
  const [name, setName] = useState(report.agencyName);
  const [carryTexts, setCarryTexts] = useState(false);
  const title = `${report.agencyName || NO_AGENCY}${report.year}年度`;

  const [nextYearLoaded, setNextYearLoaded] = useState<NextYearCode | null>(nextYearCode);
  const [nextYearFailed, setNextYearFailed] = useState(false);
  useEffect(() => {
    if (mode !== 'next' || nextYearLoaded) return;
    setNextYearFailed(false);
    import('../store/next-year').then(
      (m) => setNextYearLoaded((nextYearCode = m)),
      () => setNextYearFailed(true),
    );
  }, [mode, nextYearLoaded]);

  // The next year's draft is previewed while its panel is open, so its notes are read before it is created.
  let nextYear: NextYearResult | null = null;
  let nextYearError = '';
  if (mode === 'next' && nextYearLoaded) {
    try {
      nextYear = nextYearLoaded.draftForNextYear(report, { carryTexts });
    } catch (e) {
      nextYearError = e instanceof Error ? e.message : String(e);
    }
  } else if (mode === 'next' && nextYearFailed) nextYearError = NEXT_YEAR_FAILED;

  return (
    <>
      <tr>
        <td>
          <a href={`#/draft/${encodeURIComponent(report.id)}`}>{report.year}年度</a>
        </td>
        <td>{report.formatId}版</td>
        <td>{dateTime(savedAt)}</td>
        <td>
          {!counts ? (
            <span class="form-hint">检查中…</span>
          ) : counts.unavailable ? (
            <span class="form-hint">{loadFailed('检查功能')}</span>
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
          <a class="button primary" href={`#/draft/${encodeURIComponent(report.id)}`} aria-label={`打开${title}`}>
            打开
          </a>
          <button
            type="button"
            onClick={() => setMode(mode === 'next' ? 'idle' : 'next')}
            aria-expanded={mode === 'next'}
            title="由上年报告创建"
          >
            创建{report.year + 1}年度报告
          </button>
          <button
            type="button"
            onClick={() =>
              void act('复制', async () => {
                await (await import('../store/draft-actions')).duplicateDraft(report.id);
                return { kind: 'ok', text: `已复制「${title}」。` };
              })
            }
          >
            复制
          </button>
          <button
            type="button"
            onClick={() => {
              setName(report.agencyName);
              setMode(mode === 'rename' ? 'idle' : 'rename');
            }}
            aria-expanded={mode === 'rename'}
          >
            改单位名称
          </button>
          <button
            type="button"
            onClick={() =>
              void act('导出备份', async () => {
                const file = (await import('../store/backup')).downloadBackup([report], { oneDraft: true });
                return { kind: 'ok', text: `已导出「${title}」到文件「${file}」。` };
              })
            }
          >
            导出备份
          </button>
          <button type="button" onClick={() => setMode(mode === 'delete' ? 'idle' : 'delete')} aria-expanded={mode === 'delete'}>
            删除
          </button>
        </td>
      </tr>
      {mode !== 'idle' && (
        <tr class="row-panel">
          <td colSpan={5}>
            {mode === 'rename' && (
              <form
                class="inline"
                onSubmit={(e) => {
                  e.preventDefault();
                  setMode('idle');
                  void act('改单位名称', async () => {
                    await (await import('../store/draft-actions')).renameDraft(report.id, name);
                    return { kind: 'ok', text: `已改名，${saveStatusText({ state: 'saved', at: Date.now() })}。` };
                  });
                }}
              >
                <label>
                  新的单位名称 <input value={name} maxLength={LIMITS.agencyName} onInput={(e) => setName(e.currentTarget.value)} />
                </label>
                <button type="submit" class="primary">
                  保存
                </button>
                <button type="button" onClick={() => setMode('idle')}>
                  取消
                </button>
              </form>
            )}
            {mode === 'delete' && (
              <div class="inline">
                <span>把「{title}」移到回收站？（可在页面底部的回收站中恢复）</span>
                <button
                  type="button"
                  class="danger"
                  onClick={() => {
                    setMode('idle');
                    void act('删除', async () => {
                      await (await import('../store/draft-actions')).trashDraft(report.id);
                      return { kind: 'ok', text: `已把「${title}」移到回收站。`, undoTrash: report.id };
                    });
                  }}
                >
                  移到回收站
                </button>
                <button type="button" onClick={() => setMode('idle')}>
                  取消
                </button>
              </div>
            )}
            {mode === 'next' &&
              (nextYearError || !nextYear ? (
                <p class={nextYearError ? 'form-error' : 'form-hint'} role={nextYearError ? 'alert' : 'status'}>
                  {nextYearError || '正在准备…'}
                </p>
              ) : (
                <div class="inline next-year">
                  <span>
                    以「{title}」为基础创建{report.year + 1}年度草稿（使用{formatForYear(report.year + 1).id}
                    版格式）：沿用单位名称、机关层级、署名，表三「上年结转」按本报告「结转下年度继续办理」填入。
                  </span>
                  <label>
                    <input type="checkbox" checked={carryTexts} onChange={(e) => setCarryTexts(e.currentTarget.checked)} />{' '}
                    同时沿用文字（一、五、六）
                  </label>
                  <ul class="form-hint">
                    {nextYear.notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    class="primary"
                    onClick={() =>
                      void act(`创建${report.year + 1}年度报告`, async () => {
                        const created = await (await import('../store/draft-actions')).createDraftFrom(nextYear.report);
                        openDraft(created.id);
                      })
                    }
                  >
                    创建{report.year + 1}年度草稿
                  </button>
                  <button type="button" onClick={() => setMode('idle')}>
                    取消
                  </button>
                </div>
              ))}
          </td>
        </tr>
      )}
    </>
  );
}
