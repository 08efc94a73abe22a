// Where 「插入数据说明」 puts its paragraph: at the cursor, on a line of its own, replacing a selection.
import { describe, expect, it } from 'vitest';
import { insertParagraph } from '../../src/editor/data-note-insert';

describe('insertParagraph', () => {
  it('breaks the line around the cursor and leaves the caret after the paragraph', () => {
    expect(insertParagraph('甲乙', 1, 1, 'P')).toEqual({ text: '甲\nP\n乙', caret: 3 });
  });

  it('adds no empty lines at a line boundary, at the start or at the end', () => {
    expect(insertParagraph('甲\n乙', 2, 2, 'P')).toEqual({ text: '甲\nP\n乙', caret: 3 });
    expect(insertParagraph('', 0, 0, 'P')).toEqual({ text: 'P', caret: 1 });
    expect(insertParagraph('甲', 1, 1, 'P')).toEqual({ text: '甲\nP', caret: 3 });
  });

  it('replaces the selected text', () => {
    expect(insertParagraph('甲XX乙', 1, 3, 'P').text).toBe('甲\nP\n乙');
  });
});
