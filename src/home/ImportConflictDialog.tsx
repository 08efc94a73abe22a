// 从备份恢复, when drafts in the backup already exist here: both versions side by side (save time, what they
// hold), so 「替换」 or 「保留两份」 is an informed choice. Loaded with the backup code once files are chosen.
import type { Report } from '../model';
import type { DraftList } from '../store/drafts';
import { Dialog } from '../ui/Dialog';
import { NO_AGENCY, dateTime } from './common';
import type { Pending } from './RestoreFlow';

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
