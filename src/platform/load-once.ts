// A part of the app loaded on demand (import()): fetched once and kept, so later uses run at once; a load that
// failed (offline before the file was cached) is tried again on the next use.
export interface LoadOnce<M> {
  /** The module, loading it on the first call. */
  load(): Promise<M>;
  /** The module once it has arrived, else null (a caller that must act within an event checks this first). */
  readonly loaded: M | null;
  /** A load is under way or done. */
  readonly started: boolean;
}

export function loadOnce<M>(importModule: () => Promise<M>): LoadOnce<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    load() {
      loading ??= importModule().then(
        (m) => (loaded = m),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      );
      return loading;
    },
    get loaded() {
      return loaded;
    },
    get started() {
      return loading !== null;
    },
  };
}

/** What the clerk reads when a part could not be loaded: which part, what did not happen, what to do. */
export function loadFailed(part: string, outcome = ''): string {
  return `${part}没能加载（可能已断网且本机没有缓存）${outcome && `，${outcome}`}。请联网后刷新页面再试。`;
}
