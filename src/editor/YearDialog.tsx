// The dialog that holds a 报告年度 change which would drop values (the new format has no place for them).
// Loaded when such a change is first asked for (see index.tsx), so the editor's first load stays smaller.
import { useRef } from 'preact/hooks';
import { Dialog } from '../ui/Dialog';
import type { EditorState } from './state';
import './year-dialog.css';

export function YearDialog({ state }: { state: EditorState }) {
  const pending = state.yearChange.pending.value;
  const cancelRef = useRef<HTMLButtonElement>(null);
  if (!pending) return null;
  const target = pending.next;
  return (
    <Dialog labelledBy="year-dialog-title" onClose={() => state.yearChange.cancel()} initialFocus={cancelRef} class="dialog">
      <h2 id="year-dialog-title">改为{target.year}年度将更换报告格式</h2>
      <p>
        {target.year}年度报告适用的格式与当前格式不同。以下 {pending.dropped.length} 项数字在新格式中没有对应栏目，切换后将被删除
        （其他数字和文字保留）：
      </p>
      <ul class="dropped-list">
        {pending.dropped.map((d) => (
          <li key={d.key}>
            「{d.label}」：{d.value}
          </li>
        ))}
      </ul>
      <div class="dialog-actions">
        <button type="button" ref={cancelRef} onClick={() => state.yearChange.cancel()}>
          取消，保留全部内容
        </button>
        <button type="button" class="danger" onClick={() => state.yearChange.confirm()}>
          删除以上数字并切换
        </button>
      </div>
    </Dialog>
  );
}
