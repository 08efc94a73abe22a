// 从备份恢复: a Chinese-labelled button opens the file chooser (several files of a split backup at once);
// every file is checked before anything is written; drafts that already exist are listed side by side, each
// with both versions' save time and what they hold, so 「替换」 or 「保留两份」 is an informed choice.
import { useRef, useState } from 'preact/hooks';
import type { Report } from '../model';
import type { DamagedDraft } from '../store/backup';
import type { SummaryWorkspace } from '../store/summary-record';
import type { DraftList } from '../store/drafts';
import { Dialog } from '../ui/Dialog';
import { NO_AGENCY, dateTime, type Act } from './common';

interface Pending {
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
  choose: (c: 'keep-both' | 'replace' | null) => void;
} {
  const [pending, setPending] = useState<Pending | null>(null);
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
      if (all.conflicts.length > 0) setPending(all);
      else await write(all, 'keep-both');
    });
  const choose = (choice: 'keep-both' | 'replace' | null) => {
    const p = pending;
    setPending(null);
    if (p && choice) void write(p, choice);
    else void act('恢复', async () => ({ kind: 'ok', text: '已取消恢复，没有做任何修改。' }));
  };
  return { onFiles, pending, choose };
}

function holds(r: Report): string {
  const numbers = Object.values(r.values).filter((v) => v !== '').length;
  const chars = Object.values(r.texts).reduce((n, t) => n + t.replace(/\s/g, '').length, 0);
  return `已填${numbers}个数字，正文${chars}字`;
}

export function ImportConflictDialog({
  pending,
  list,
  onChoose,
}: {
  pending: Pending;
  list: DraftList | null;
  onChoose: (c: 'keep-both' | 'replace' | null) => void;
}) {
  const count = pending.conflicts.length;
  const local = new Map((list?.drafts ?? []).map((d) => [d.report.id, d]));
  const ids = new Set(pending.conflicts);
  return (
    <Dialog labelledBy="import-conflict-title" onClose={() => onChoose(null)} class="dialog" backdropClass="dialog-backdrop">
      <h2 id="import-conflict-title">备份中有{count}份草稿已经存在</h2>
      <p>
        备份共{pending.reports.length}份草稿，其中{count}份在本浏览器中已有。请对照两边的内容再选择：
      </p>
      <table class="drafts conflict-list">
        <thead>
          <tr>
            <th scope="col">草稿</th>
            <th scope="col">本浏览器中的</th>
            <th scope="col">备份中的</th>
          </tr>
        </thead>
        <tbody>
          {pending.reports
            .filter((r) => ids.has(r.id))
            .slice(0, 200)
            .map((r) => {
              const mine = local.get(r.id);
              return (
                <tr key={r.id}>
                  <td>
                    {r.agencyName || NO_AGENCY}
                    {r.year}年度
                  </td>
                  <td>
                    {mine
                      ? `保存于${dateTime(mine.savedAt)}，${holds(mine.report)}${mine.deletedAt !== null ? '（在回收站中）' : ''}`
                      : '（无法读取）'}
                  </td>
                  <td>{`保存于${dateTime(r.updatedAt)}，${holds(r)}`}</td>
                </tr>
              );
            })}
        </tbody>
      </table>
      <ul>
        <li>「保留两份」：备份中的草稿另存为新草稿，现有草稿不变。</li>
        <li>「替换」：用备份中的内容覆盖现有草稿。</li>
      </ul>
      <div class="dialog-buttons">
        <button type="button" class="primary" onClick={() => onChoose('keep-both')}>
          保留两份
        </button>
        <button type="button" class="danger" onClick={() => onChoose('replace')}>
          替换
        </button>
        <button type="button" onClick={() => onChoose(null)}>
          取消
        </button>
      </div>
    </Dialog>
  );
}
