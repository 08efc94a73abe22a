// Opens one draft from the store and hands its session to the editor.
import { useEffect, useState } from 'preact/hooks';
import { Editor } from '../editor';
import { openDraftSession } from '../store';
import type { DraftSession } from './session';

export function DraftRoute({ id }: { id: string }) {
  const [session, setSession] = useState<DraftSession | null | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    let opened: DraftSession | null = null;
    let cancelled = false;
    openDraftSession(id).then(
      (s) => {
        if (cancelled) s?.close();
        else setSession((opened = s));
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
      if (opened) void opened.flush().finally(() => opened?.close());
    };
  }, [id]);
  if (error) return <main class="page-message"><p role="alert">无法打开草稿：{error}</p><a href="#/">返回首页</a></main>;
  if (session === undefined) return <main class="page-message"><p>正在打开…</p></main>;
  if (session === null) return <main class="page-message"><p role="alert">找不到这份草稿，它可能已被删除。</p><a href="#/">返回首页</a></main>;
  return <Editor session={session} />;
}
