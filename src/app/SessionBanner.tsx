// The banner above the editor when this tab stopped saving (another tab, 回收站, storage fault) or found
// typing it could not save: it says so and offers what keeps the typing (重新载入, 另存为新草稿, 导出本草稿备份).
import { useState } from 'preact/hooks';
import type { StoredDraftSession } from '../store/draft-session';

const BANNER_STYLE =
  'margin:0;padding:.6rem 1rem;border-bottom:1px solid var(--error);background:var(--error-bg);color:var(--ink);display:flex;flex-wrap:wrap;gap:.5rem;align-items:center';

export function SessionBanner({ session, onReloaded }: { session: StoredDraftSession; onReloaded: () => void }) {
  const [message, setMessage] = useState('');
  const readOnly = session.readOnly.value;
  const recovered = session.recovered.value;
  const status = session.saveStatus.value;
  const dirty = session.dirty.value;
  if (!readOnly && !recovered && status.state !== 'error' && !message) return null;

  const saveCopy = async () => {
    try {
      const copy = await session.saveUnsavedAsCopy();
      setMessage(`已另存为新草稿。`);
      location.hash = `#/draft/${encodeURIComponent(copy.id)}`;
    } catch (e) {
      setMessage(`另存失败：${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div role="alert" class="session-banner" style={BANNER_STYLE}>
      {readOnly && (
        <>
          {/* The editor shows readOnlyReason itself; this bar only adds what the tab can do about it. */}
          <span>本窗口已停止保存。{dirty ? '尚未保存的修改仍在本窗口中：' : ''}</span>
          <button
            type="button"
            onClick={() =>
              void session.reload().then((ok) => {
                if (ok) onReloaded();
                else setMessage('这份草稿已不在（可能被删除或移到了回收站），请回首页查看回收站。');
              })
            }
          >
            重新载入
          </button>
          {dirty && (
            <button type="button" onClick={() => void saveCopy()}>
              另存为新草稿
            </button>
          )}
        </>
      )}
      {!readOnly && recovered && (
        <>
          <span>发现一份没能保存到此草稿的修改（来自之前关闭的窗口，或重新载入前本窗口的内容）。为免覆盖较新的内容，它没有自动合并。</span>
          <button type="button" onClick={() => void saveCopy()}>
            另存为新草稿
          </button>
          <button type="button" onClick={() => void session.discardRecovered()}>
            丢弃
          </button>
        </>
      )}
      {!readOnly && status.state === 'error' && (
        <>
          <span>保存失败：{status.message}</span>
          <button
            type="button"
            onClick={() => void import('../store/backup').then((m) => m.downloadBackup([session.report.value], { oneDraft: true }))}
          >
            导出本草稿备份
          </button>
        </>
      )}
      {message && <span>{message}</span>}
    </div>
  );
}
