// Opens one draft from the store and hands its session to the editor. Above the editor, a banner
// explains when this tab stopped saving (another tab, 回收站, storage fault) and offers what keeps the typing.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Editor } from '../editor';
// Direct module imports (not the store's index) keep the backup and draft-list code out of the editor's first load.
import { BrokenDraftError, openDraftSession, type StoredDraftSession } from '../store/draft-session';

type RepairProps = { id: string; onRepaired: () => void };
/** Loaded only when a draft needs repair: the editor's first load stays as it was. */
const loadRepairView = (): Promise<ComponentType<RepairProps>> => import('./RepairView').then((m) => m.RepairView);

export function DraftRoute({ id }: { id: string }) {
  const [session, setSession] = useState<StoredDraftSession | null | undefined>(undefined);
  const [error, setError] = useState('');
  const [generation, setGeneration] = useState(0);
  const [Repair, setRepair] = useState<ComponentType<RepairProps> | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    setError('');
    setRepair(null);
    let opened: StoredDraftSession | null = null;
    let cancelled = false;
    openDraftSession(id).then(
      (s) => {
        if (cancelled) s?.close();
        else {
          opened = s;
          setSession(s);
          // Browser tests drive the session directly with ?e2e (the page is otherwise unchanged).
          if (s && /[?&]e2e\b/.test(location.search)) (window as unknown as { nianbaoSession?: StoredDraftSession }).nianbaoSession = s;
        }
      },
      (e: unknown) => {
        if (e instanceof BrokenDraftError)
          loadRepairView().then(
            (view) => setRepair(() => view),
            () => setError(e.message),
          );
        else void import('../store/action-error').then((m) => setError(m.actionErrorMessage(e, '打开草稿')));
      },
    );
    return () => {
      cancelled = true;
      const w = window as unknown as { nianbaoSession?: StoredDraftSession };
      if (opened && w.nianbaoSession === opened) delete w.nianbaoSession;
      if (opened) void opened.flush().finally(() => opened?.close());
    };
  }, [id, attempt]);
  if (Repair) return <Repair id={id} onRepaired={() => setAttempt((a) => a + 1)} />;
  if (error)
    return (
      <main class="page-message">
        <p role="alert">{error}</p>
        <a href="#/">返回首页</a>
      </main>
    );
  if (session === undefined)
    return (
      <main class="page-message">
        <p>正在打开…</p>
      </main>
    );
  if (session === null)
    return (
      <main class="page-message">
        <p role="alert">找不到这份草稿，它可能已被删除。</p>
        <a href="#/">返回首页</a>
      </main>
    );
  return (
    <>
      <SessionBanner session={session} onReloaded={() => setGeneration((g) => g + 1)} />
      <Editor key={generation} session={session} />
    </>
  );
}

const BANNER_STYLE =
  'margin:0;padding:.6rem 1rem;border-bottom:1px solid var(--error);background:var(--error-bg);color:var(--ink);display:flex;flex-wrap:wrap;gap:.5rem;align-items:center';

function SessionBanner({ session, onReloaded }: { session: StoredDraftSession; onReloaded: () => void }) {
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
