// Pages load their code on first visit (import()), so the first load stays within its size budget.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A page loaded on its first visit; `preload` fetches its code ahead (the editor's, while 「正在创建…」 shows). */
export interface LazyPage<P extends object> {
  (props: P): JSX.Element;
  preload(): Promise<ComponentType<P>>;
}

/** Code that has already arrived renders at once, without a frame of 「正在加载…」 first. */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (page) => (loaded = page),
      (e: unknown) => {
        loading = null; // a later visit tries again
        throw e;
      },
    );
    return loading;
  };
  function Page(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState('');
    useEffect(() => {
      if (Loaded) return;
      // Also when the code arrived between this render and now: the cached promise then resolves at once.
      preload().then(
        (page) => setLoaded(() => page),
        () => setError('页面加载失败，请刷新后重试。'),
      );
    }, []);
    if (Loaded) return <Loaded {...props} />;
    return <main class="page-message">{error ? <p role="alert">{error}</p> : <p>正在加载…</p>}</main>;
  }
  return Object.assign(Page, { preload });
}
