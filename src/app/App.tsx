// Top-level routes (hash based, so the one-file build works from file://):
//   #/              首页: the draft list
//   #/draft/<id>    the editor on one draft
//   #/new/<year>    creates a blank draft for that year and opens it
//   #/import        starts a draft from a published report (.docx or pasted text)
import { useEffect, useState } from 'preact/hooks';
import { HomePage } from '../home';
import { DraftRoute } from './DraftRoute';
import { createDraft } from '../store';
import { ImportPage } from '../import';

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
  if (head === 'new' && arg) return <NewDraft year={Number(arg)} />;
  return <HomePage />;
}

function NewDraft({ year }: { year: number }) {
  const [error, setError] = useState('');
  useEffect(() => {
    createDraft({ year }).then(
      (report) => navigate(`draft/${report.id}`, true),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [year]);
  return <main class="page-message">{error ? <p role="alert">{error} <a href="#/">返回首页</a></p> : <p>正在创建…</p>}</main>;
}
