// 回收站: drafts moved there by 删除, newest first, with 恢复 and 彻底删除.
import type { DraftEntry } from '../store/drafts';
import { ConfirmButton, NO_AGENCY, dateTime, type Act } from './common';

export function Trash({ trashed, act }: { trashed: readonly DraftEntry[]; act: Act }) {
  if (trashed.length === 0) return null;
  return (
    <details class="trash">
      <summary>回收站（{trashed.length}）</summary>
      <table class="drafts">
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">年度</th>
            <th scope="col">删除时间</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {trashed.map((d) => (
            <tr key={d.report.id}>
              <td>{d.report.agencyName || NO_AGENCY}</td>
              <td>{d.report.year}年度</td>
              <td>{dateTime(d.deletedAt ?? 0)}</td>
              <td class="ops">
                <button
                  type="button"
                  onClick={() =>
                    void act('恢复', async () => {
                      await (await import('../store/draft-actions')).restoreDraft(d.report.id);
                      return { kind: 'ok', text: `已恢复「${d.report.agencyName || NO_AGENCY}${d.report.year}年度」。` };
                    })
                  }
                >
                  恢复
                </button>
                <ConfirmButton
                  label="彻底删除"
                  confirm="彻底删除后无法找回，确定吗？"
                  onConfirm={() =>
                    void act('删除', async () => {
                      await (await import('../store/draft-actions')).purgeDraft(d.report.id);
                      return { kind: 'ok', text: '已彻底删除。' };
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
