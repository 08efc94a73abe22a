// Opens one draft from the store and hands its session to the editor. Above the editor, a banner
// explains when this tab stopped saving (another tab, 回收站, storage fault) and offers what keeps the typing
// (SessionBanner.tsx, loaded when it has something to say: session-banner-slot.tsx).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Editor } from '../editor';
import { SessionBannerSlot } from './session-banner-slot';
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
      <SessionBannerSlot session={session} onReloaded={() => setGeneration((g) => g + 1)} />
      <Editor key={generation} session={session} />
    </>
  );
}
