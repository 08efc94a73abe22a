// Top-level routes (hash based, so the one-file build works from file://):
//   #/              首页: the draft list
//   #/draft/<id>    the editor on one draft
//   #/new/<year>    creates a blank draft for that year and opens it
//   #/import        starts a draft from a published report (.docx or pasted text)
//   #/summary[/<id>] 汇总: a 主管部门's workspaces gathering its units' reports
// Every page is loaded on first visit only (import()), so the first load stays within its size budget.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

function currentHash(): string {
  return decodeURIComponent(location.hash.replace(/^#\/?/, ''));
}

export function navigate(path: string, replace = false): void {
  const hash = `#/${path}`;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  dispatchEvent(new HashChangeEvent('hashchange'));
}

export function App() {
  const [route, setRoute] = useState(currentHash);
  useEffect(() => {
    const onChange = () => setRoute(currentHash());
    addEventListener('hashchange', onChange);
    addEventListener('popstate', onChange);
    return () => {
      removeEventListener('hashchange', onChange);
      removeEventListener('popstate', onChange);
    };
  }, []);

  const [head, arg] = route.split('/');
  if (head === 'draft' && arg) return <DraftRoute key={arg} id={arg} />;
  if (head === 'import') return <ImportPage />;
  if (head === 'summary') return <SummaryPage id={arg} />;
  if (head === 'new' && arg) return <NewDraft year={Number(arg)} />;
  return <HomePage />;
}

function NewDraft({ year }: { year: number }) {
  const [error, setError] = useState('');
  useEffect(() => {
    void loadDraftRoute(); // fetch the editor while the draft is being created
    import('../store').then((store) => store.createDraft({ year })).then(
      (report) => navigate(`draft/${report.id}`, true),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [year]);
  return <main class="page-message">{error ? <p role="alert">{error} <a href="#/">返回首页</a></p> : <p>正在创建…</p>}</main>;
}

/** A page whose code is loaded on its first visit. */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState('');
    useEffect(() => {
      if (loaded) return;
      load().then(
        (page) => setPage(() => (loaded = page)),
        () => setError('页面加载失败，请刷新后重试。'),
      );
    }, []);
    if (Page) return <Page {...props} />;
    return <main class="page-message">{error ? <p role="alert">{error}</p> : <p>正在加载…</p>}</main>;
  };
}

const HomePage = lazyPage(() => import('../home').then((m) => m.HomePage));
const loadDraftRoute = () => import('./DraftRoute').then((m) => m.DraftRoute);
const DraftRoute = lazyPage(loadDraftRoute);
const ImportPage = lazyPage(() => import('../import').then((m) => m.ImportPage));
const SummaryPage = lazyPage(() => import('../summary').then((m) => m.SummaryPage));
