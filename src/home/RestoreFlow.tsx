// 从备份恢复: a Chinese-labelled button opens the file chooser (several files of a split backup at once);
// every file is checked before anything is written; drafts that already exist are listed side by side, each
// with both versions' save time and what they hold, so 「替换」 or 「保留两份」 is an informed choice.
import { useRef, useState } from 'preact/hooks';
import type { Report } from '../model';
import type { DamagedDraft } from '../store/backup';
import type { SummaryWorkspace } from '../store/summary-record';
import type { Act } from './common';
import type { ImportConflictDialog } from './ImportConflictDialog';

export interface Pending {
  reports: Report[];
  damaged: DamagedDraft[];
  workspaces: SummaryWorkspace[];
  conflicts: string[];
}

export function RestoreButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        从备份恢复…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,application/json"
        aria-label="选择草稿备份文件"
        tabIndex={-1}
        class="visually-hidden"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}

/** The restore flow's state: read the chosen files, ask on conflicts, write all in one go. */
export function useRestore(act: Act): {
  onFiles: (files: File[]) => Promise<void>;
  pending: Pending | null;
  /** The conflict dialog, loaded with the backup code when files are chosen. */
  ConflictDialog: typeof ImportConflictDialog | null;
  choose: (c: 'keep-both' | 'replace' | null) => void;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const [ConflictDialog, setConflictDialog] = useState<typeof ImportConflictDialog | null>(null);
  const write = (p: Pending, choice: 'keep-both' | 'replace') =>
    act('恢复', async () => {
      const { importBackup } = await import('../store/backup');
      const r = await importBackup(p.reports, choice, p.workspaces, p.damaged);
      const repair = p.damaged.length ? `其中${p.damaged.length}份需要修复（见「需要修复的草稿」）` : '';
      const what = [r.added ? `${r.added}份草稿` : '', r.replaced ? `替换${r.replaced}份` : ''].filter(Boolean).join('，');
      return { kind: 'ok', text: `已从备份恢复${what}${repair}。` };
    });
  const onFiles = (files: File[]) =>
    act('恢复', async () => {
      // The backup code loads when a file is chosen, not with the page.
      const { backupConflicts, readBackupFile } = await import('../store/backup');
      const all: Pending = { reports: [], damaged: [], workspaces: [], conflicts: [] };
      for (const file of files) {
        const parsed = await readBackupFile(file);
        if (!parsed.ok) return { kind: 'error', text: `无法恢复「${file.name}」：${parsed.message}` };
        all.reports.push(...parsed.reports);
        all.damaged.push(...(parsed.damaged ?? []));
        all.workspaces.push(...(parsed.workspaces ?? []));
      }
      all.conflicts = await backupConflicts(all.reports);
      if (all.conflicts.length > 0) {
        const view = (await import('./ImportConflictDialog')).ImportConflictDialog;
        setConflictDialog(() => view);
        setPending(all);
      } else await write(all, 'keep-both');
    });
  const choose = (choice: 'keep-both' | 'replace' | null) => {
    const p = pending;
    setPending(null);
    if (p && choice) void write(p, choice);
    else void act('恢复', async () => ({ kind: 'ok', text: '已取消恢复，没有做任何修改。' }));
  };
  return { onFiles, pending, ConflictDialog, choose };
}
