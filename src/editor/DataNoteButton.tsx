// 「插入数据说明」: writes the standard sentences of 一 from the tables at the cursor, as one undo step, and
// records them in report.dataNotes so that C-R12 tells the clerk when the numbers change afterwards.
// The sentence generator is loaded on the first click (not part of the first load).
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { TextSectionId } from '../formats';
import { newReportId } from '../model';
import type { EditorState } from './state';

/** The paragraph put on its own line at [start, end) of text. */
export function insertParagraph(text: string, start: number, end: number, paragraph: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  const inserted = `${lead}${paragraph}${trail}`;
  return { text: before + inserted + after, caret: before.length + lead.length + paragraph.length };
}

export function DataNoteButton({ state, section, area }: { state: EditorState; section: TextSectionId; area: RefObject<HTMLTextAreaElement | null> }) {
  const [message, setMessage] = useState('');
  const insert = async () => {
    const { dataParagraph } = await import('../checks/data-sentences');
    const r = state.report.value;
    const { text: paragraph, basis } = dataParagraph(r, state.session.previous.value);
    const el = area.current;
    const current = r.texts[section];
    const start = el ? Math.min(el.selectionStart, current.length) : current.length;
    const end = el ? Math.min(el.selectionEnd, current.length) : current.length;
    const next = insertParagraph(current, start, end, paragraph);
    state.endGroup();
    const ok = state.commit({
      ...r,
      texts: { ...r.texts, [section]: next.text },
      dataNotes: [...r.dataNotes, { id: newReportId(), section, text: paragraph, basis }],
    });
    state.endGroup();
    if (!ok) return;
    setMessage(state.session.previous.value ? '已插入数据说明（含与上年比较），可直接修改。' : '已插入数据说明，可直接修改。');
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  };
  return (
    <div class="data-note-bar">
      <button type="button" disabled={state.session.readOnly.value} onClick={() => void insert()}
        title="按表二、表三、表四的数字，在光标处写入主动公开、依申请公开、行政复议和行政诉讼情况的标准表述">
        插入数据说明
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
