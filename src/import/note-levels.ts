// How the review screen names and ranks the levels of import notes.
import type { NoteLevel } from './notes';

export const LEVEL_NAMES: Record<NoteLevel, string> = { info: '提示', doubt: '存疑', error: '错误' };
export const LEVEL_ORDER: Record<NoteLevel, number> = { info: 0, doubt: 1, error: 2 };
