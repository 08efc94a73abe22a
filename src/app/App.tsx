// Top-level routes (hash based, so the one-file build works from file://):
//   #/              首页: the draft list
//   #/draft/<id>    the editor on one draft
//   #/new/<year>    creates a blank draft for that year and opens it
//   #/import        starts a draft from a published report (.docx or pasted text)
//   #/summary[/<id>] 汇总: a 主管部门's workspaces gathering its units' reports
//   anything else   「找不到这个页面」 (a malformed address such as #/% included)
// Every page is loaded on first visit only (import()), so the first load stays within its size budget.
import { useEffect, useState } from 'preact/hooks';
import { lazyPage } from './lazy-page';

/** The route path, decoded; a malformed escape (e.g. `#/%`) is kept as typed instead of throwing. */
export function currentHash(): string {
  const raw = location.hash.replace(/^#\/?/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
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

  const [head, arg, ...rest] = route.split('/');
  if (rest.length === 0) {
    if (head === 'draft' && arg) return <DraftRoute key={arg} id={arg} />;
    if (head === 'import' && !arg) return <ImportPage />;
    if (head === 'summary') return <SummaryPage id={arg} />;
    if (head === 'new' && arg && /^\d{1,6}$/.test(arg)) return <NewDraft year={Number(arg)} />;
    if (head === '' && !arg) return <HomePage />;
  }
  return <NotFound path={route} />;
}

/** An address this app does not know (mistyped, or from a newer version): say so, and lead home. */
function NotFound({ path }: { path: string }) {
  const shown = path.length > 60 ? `${path.slice(0, 60)}…` : path;
  return (
    <main class="page-message">
      <h1>找不到这个页面</h1>
      <p role="alert">地址“#/{shown}”不是本工具的页面（可能输错了，或来自其他版本）。草稿没有受到影响。</p>
      <a class="button primary" href="#/">
        返回首页
      </a>
    </main>
  );
}

function NewDraft({ year }: { year: number }) {
  const [error, setError] = useState('');
  useEffect(() => {
    DraftRoute.preload().catch(() => undefined); // fetch the editor while the draft is being created
    import('../store/drafts')
      .then((store) => store.createDraft({ year }))
      .then(
        (report) => navigate(`draft/${report.id}`, true),
        (e: unknown) => void import('../store').then((store) => setError(store.actionErrorMessage(e, '新建草稿'))),
      );
  }, [year]);
  return (
    <main class="page-message">
      {error ? (
        <p role="alert">
          {error} <a href="#/">返回首页</a>
        </p>
      ) : (
        <p>正在创建…</p>
      )}
    </main>
  );
}

const HomePage = lazyPage(() => import('../home').then((m) => m.HomePage));
const DraftRoute = lazyPage(() => import('./DraftRoute').then((m) => m.DraftRoute));
const ImportPage = lazyPage(() => import('../import').then((m) => m.ImportPage));
const SummaryPage = lazyPage(() => import('../summary').then((m) => m.SummaryPage));
