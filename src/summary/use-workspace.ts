// One workspace open in this tab: every change is saved at once with a revision check, so a second tab
// that changed it in between is never overwritten (the change is refused and the page offers to reload).
import { useEffect, useRef, useState } from 'preact/hooks';
import { onStoreChange } from '../store';
import { WorkspaceConflictError, getWorkspace, isBrokenWorkspace, saveWorkspace } from '../store/summaries';
import type { SummaryWorkspace } from '../store/summary-record';

export interface OpenWorkspace {
  workspace: SummaryWorkspace | null;
  error: string;
  /** Another tab saved a newer version: this tab stops writing until reloaded. */
  stale: boolean;
  update: (change: (ws: SummaryWorkspace) => SummaryWorkspace) => Promise<boolean>;
  reload: () => void;
}

export function useWorkspace(id: string): OpenWorkspace {
  const [workspace, setWorkspace] = useState<SummaryWorkspace | null>(null);
  const [error, setError] = useState('');
  const [stale, setStale] = useState(false);
  const revision = useRef(0);
  const current = useRef<SummaryWorkspace | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const tab = useRef(Math.random().toString(36).slice(2));

  const load = () => {
    getWorkspace(id).then(
      (e) => {
        if (!e) setError('找不到这个汇总工作区，它可能已被删除。');
        else if (isBrokenWorkspace(e)) setError(e.message);
        else {
          revision.current = e.revision;
          current.current = e.workspace;
          setWorkspace(e.workspace);
          setStale(false);
          setError('');
        }
      },
      (e: unknown) => setError(`无法读取汇总工作区：${e instanceof Error ? e.message : String(e)}`),
    );
  };

  useEffect(() => {
    load();
    return onStoreChange((n) => {
      if (n.type === 'saved' && n.id === id && n.tab !== tab.current && n.revision > revision.current) setStale(true);
    });
  }, [id]);

  /** Changes are applied in order, each on the latest saved state. */
  const update = (change: (ws: SummaryWorkspace) => SummaryWorkspace): Promise<boolean> => {
    const run = saving.current.then(async () => {
      const base = current.current;
      if (!base || stale) return false;
      try {
        const saved = await saveWorkspace(change(base), revision.current, tab.current);
        revision.current = saved.revision;
        current.current = saved.workspace;
        setWorkspace(saved.workspace);
        setError('');
        return true;
      } catch (e) {
        if (e instanceof WorkspaceConflictError) setStale(true);
        setError(e instanceof Error ? e.message : String(e));
        return false;
      }
    });
    saving.current = run;
    return run;
  };

  return { workspace, error, stale, update, reload: load };
}
