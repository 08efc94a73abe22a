// What 「插入数据说明」 does, loaded on the first click with the sentence generator: the paragraph goes in at
// the cursor on a line of its own, as one undo step, and is recorded in report.dataNotes (C-R12 watches it).
import { dataParagraph } from '../checks/data-sentences';
import type { TextSectionId } from '../formats';
import { newReportId } from '../model';
import type { EditorState } from './state';

/** The paragraph put on its own line at [start, end) of text. */
export function insertParagraph(text: string, start: number, end: number, paragraph: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  return { text: before + lead + paragraph + trail + after, caret: before.length + lead.length + paragraph.length };
}

/** Inserts the data paragraph; returns what to tell the clerk ('' when nothing was written). */
export function insertDataNote(state: EditorState, section: TextSectionId, el: HTMLTextAreaElement | null): string {
  const r = state.report.value;
  const previous = state.session.previous.value;
  const { text: paragraph, basis } = dataParagraph(r, previous);
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
  if (!ok) return '';
  requestAnimationFrame(() => {
    el?.focus();
    el?.setSelectionRange(next.caret, next.caret);
  });
  return previous?.year === r.year - 1 ? '已插入数据说明（含与上年比较），可直接修改。' : '已插入数据说明，可直接修改。';
}

/** Rewrites a stale paragraph (C-R12) from today's numbers, in place and as one undo step. */
export function refreshDataNote(state: EditorState, noteId: string): boolean {
  const r = state.report.value;
  const note = r.dataNotes.find((n) => n.id === noteId);
  if (!note || !r.texts[note.section].includes(note.text)) return false;
  const { text, basis } = dataParagraph(r, state.session.previous.value);
  state.endGroup();
  const ok = state.commit({
    ...r,
    texts: { ...r.texts, [note.section]: r.texts[note.section].replace(note.text, text) },
    dataNotes: r.dataNotes.map((n) => (n.id === noteId ? { ...n, text, basis } : n)),
  });
  state.endGroup();
  return ok;
}
