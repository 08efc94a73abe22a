// Pages load their code on first visit (import()), so the first load stays within its size budget.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadOnce } from '../platform/load-once';

/** A page loaded on its first visit; `preload` fetches its code ahead (the editor's, while 「正在创建…」 shows). */
export interface LazyPage<P extends object> {
  (props: P): JSX.Element;
  preload(): Promise<ComponentType<P>>;
}

/** Code that has already arrived renders at once, without a frame of 「正在加载…」 first. */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  const code = loadOnce(load);
  function Page(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => code.loaded);
    const [error, setError] = useState('');
    useEffect(() => {
      if (Loaded) return;
      // Also when the code arrived between this render and now: the kept promise then resolves at once.
      code.load().then(
        (page) => setLoaded(() => page),
        () => setError('页面加载失败，请刷新后重试。'),
      );
    }, []);
    if (Loaded) return <Loaded {...props} />;
    return <main class="page-message">{error ? <p role="alert">{error}</p> : <p>正在加载…</p>}</main>;
  }
  return Object.assign(Page, { preload: code.load });
}
