// 「插入数据说明」 under 一: the work (and the sentence generator) is loaded on the first click.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { TextSectionId } from '../formats';
import type { EditorState } from './state';
import './data-note.css';

export function DataNoteButton({
  state,
  section,
  area,
}: {
  state: EditorState;
  section: TextSectionId;
  area: RefObject<HTMLTextAreaElement | null>;
}) {
  const [message, setMessage] = useState('');
  const insert = () => void import('./data-note-insert').then((m) => setMessage(m.insertDataNote(state, section, area.current)));
  return (
    <div class="data-note-bar">
      <button type="button" disabled={state.session.readOnly.value} onClick={insert} title="按表格数字在光标处写入标准表述">
        插入数据说明
      </button>
      {message && <span role="status">{message}</span>}
    </div>
  );
}
