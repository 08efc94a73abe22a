// Drafts whose stored data no longer validates: listed with the reason and a 「修复…」 link to the repair view
// (src/app/RepairView.tsx); they are also in 「导出全部草稿备份」. Deleting stays possible, never the only way.
import type { BrokenEntry } from '../store/drafts';
import { ConfirmButton, type Act } from './common';

export function NeedsRepair({ broken, act }: { broken: readonly BrokenEntry[]; act: Act }) {
  if (broken.length === 0) return null;
  return (
    <section class="agency broken" aria-label="需要修复的草稿">
      <h2>需要修复的草稿</h2>
      <p class="form-hint">
        这些草稿的数据不符合本工具的要求（例如由旧版本保存、备份文件被改动过），暂时不能直接编辑。点「修复…」查看原因并修复；它们也会包含在「导出全部草稿备份」中。
      </p>
      <ul>
        {broken.map((b) => (
          <li key={b.id}>
            <span>{b.message}</span>
            <a class="button primary" href={`#/draft/${encodeURIComponent(b.id)}`}>
              修复…
            </a>
            <ConfirmButton
              label="彻底删除"
              confirm="确定彻底删除这份草稿？（建议先「修复…」或导出备份）"
              onConfirm={() =>
                void act('删除', async () => {
                  await (await import('../store/draft-actions')).purgeDraft(b.id);
                  return { kind: 'ok', text: '已彻底删除。' };
                })
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
