// The paste event of a value cell, kept small: the clipboard is read inside the event (it is gone after it),
// and the code that lays a block on the table (paste-action.ts with the table readers) loads on the first
// paste of a block. A single value is left to the input, as typing.
import { isInputKind, type ValueCellDef } from '../formats';
import { loadFailed, loadOnce } from '../platform/load-once';
import type { EditorState } from './state';

type PasteAction = typeof import('./paste-action');

/** The paste code; once loaded, later pastes run within their event. */
const pasteAction = loadOnce(() => import('./paste-action'));
export const loadPasteAction = pasteAction.load;

/**
 * A value cell got the focus: fetch the paste code now, so a block pasted into the table right after is laid out
 * within its own event instead of waiting for the download (the first load stays without it).
 */
export function preparePaste(): void {
  if (!pasteAction.started) loadPasteAction().catch(() => undefined); // a paste then says why it cannot run
}

/** Whether the clipboard may hold a block: an HTML table of more than one cell, or text with tabs or line breaks. */
function mayBeBlock(html: string, text: string): boolean {
  if (/<table/i.test(html) && (html.match(/<t[dh][\s>]/gi)?.length ?? 0) > 1) return true;
  return /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));
}

export function onCellPaste(state: EditorState, def: ValueCellDef, e: ClipboardEvent): void {
  const data = e.clipboardData;
  const html = data?.getData('text/html') ?? '';
  const text = data?.getData('text/plain') ?? '';
  if (!mayBeBlock(html, text)) {
    if (!isInputKind(def.kind)) e.preventDefault(); // a computed cell takes no typing
    return; // one value: the input takes it as typing
  }
  e.preventDefault();
  const input = e.currentTarget instanceof HTMLInputElement ? e.currentTarget : null;
  const run = (m: PasteAction) => {
    const block = m.clipboardBlock({ html, text });
    if (block) {
      state.cursor.finishEdit();
      m.pasteBlock(state, def.key, block);
    } else if (input && isInputKind(def.kind)) typeInto(input, text.replace(/\r?\n$/, ''));
  };
  if (pasteAction.loaded) run(pasteAction.loaded);
  else
    loadPasteAction().then(run, () => {
      state.notice.value = loadFailed('粘贴功能', '没有粘贴任何内容');
    });
}

/** What a native paste of one value does: the text replaces the selection, and the input hears it as typing. */
function typeInto(input: HTMLInputElement, text: string): void {
  input.setRangeText(text, input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, 'end');
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The paste notice's 撤销: only while the paste is still the latest change. */
export function undoPaste(state: EditorState): void {
  const notice = state.pasteNotice.value;
  if (notice?.undoable && state.report.value === notice.after) state.undo();
  state.pasteNotice.value = null;
}
