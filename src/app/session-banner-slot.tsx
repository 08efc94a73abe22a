// Loads the session banner (SessionBanner.tsx) the first time this tab has something to say: stopped saving,
// typing recovered, or a failed save. If its code cannot load (offline without the cached file), a plain
// warning still says what matters: the typing is in this page only.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StoredDraftSession } from '../store/draft-session';

type BannerProps = { session: StoredDraftSession; onReloaded: () => void };
let loaded: ComponentType<BannerProps> | null = null;

export function loadSessionBanner(): Promise<ComponentType<BannerProps>> {
  return import('./SessionBanner').then((m) => (loaded = m.SessionBanner));
}

export function SessionBannerSlot(props: BannerProps) {
  const { session } = props;
  const needed = session.readOnly.value || session.recovered.value !== null || session.saveStatus.value.state === 'error';
  const [Banner, setBanner] = useState<ComponentType<BannerProps> | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || Banner) return;
    loadSessionBanner().then(
      (view) => setBanner(() => view),
      () => setFailed(true),
    );
  }, [needed, Banner]);
  if (Banner) return <Banner {...props} />;
  if (!needed || !failed) return null;
  return (
    <div role="alert" class="session-banner" style="margin:0;padding:.6rem 1rem;background:var(--error-bg);color:var(--ink)">
      本窗口已停止保存或保存失败，最新的修改可能只在本页面中。提示栏没能加载（可能已断网）：请不要关闭页面，先把重要内容复制出来。
    </div>
  );
}
