// Block-level pagination of the print preview, the way the .docx flows: text paragraphs split between lines
// (widow control is off, as in the export), headings stay with what follows, a table moves whole to the next
// page when it does not fit (as the export keeps each table together). Pure: heights in, page slices out.

export type FlowKind = 'title' | 'heading' | 'paragraph' | 'table' | 'blank' | 'signature';

export interface FlowBlock {
  kind: FlowKind;
  height: number;
  /** Height of one line, for blocks that may split between lines (text paragraphs). */
  line?: number;
}

/** A piece of block `block` shown on a page: its part from `offset` down, `height` tall. */
export interface Slice {
  block: number;
  offset: number;
  height: number;
}

const EPSILON = 0.5;

export function paginate(blocks: readonly FlowBlock[], pageHeight: number): Slice[][] {
  const pages: Slice[][] = [[]];
  let used = 0;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const place = (block: number, offset: number, height: number) => {
    pages[pages.length - 1]!.push({ block, offset, height }); // no Array.prototype.at: Safari 14 is a target
    used += height;
  };
  /** Height the start of a block needs on this page: one line of a paragraph, all of anything else. */
  const startHeight = (b: FlowBlock) => (b.kind === 'paragraph' && b.line ? Math.min(b.line, b.height) : b.height);

  blocks.forEach((b, i) => {
    const room = () => pageHeight - used;
    if (b.kind === 'heading') {
      // keepNext: the heading and the start of what follows share a page.
      const next = blocks[i + 1];
      const need = b.height + (next ? Math.min(startHeight(next), pageHeight - b.height) : 0);
      if (used > 0 && need > room() + EPSILON) newPage();
      place(i, 0, b.height);
      return;
    }
    if (b.height <= room() + EPSILON) {
      place(i, 0, b.height);
      return;
    }
    if (b.kind === 'paragraph' && b.line) {
      let offset = 0;
      while (b.height - offset > room() + EPSILON) {
        const lines = Math.floor((room() + EPSILON) / b.line);
        if (lines > 0) place(i, offset, lines * b.line);
        offset += lines * b.line;
        newPage();
      }
      if (b.height - offset > EPSILON) place(i, offset, b.height - offset);
      return;
    }
    // A blank line at the top of a page is dropped, as in Word's flow it would just end the page before.
    if (b.kind === 'blank') {
      newPage();
      return;
    }
    if (used > 0) newPage();
    place(i, 0, b.height);
  });
  return pages.filter((p, i) => p.length > 0 || i === 0);
}
