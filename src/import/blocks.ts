// The document model both import paths produce: paragraphs and tables in document order.
// A .docx gives real tables; pasted text gives only paragraphs (one per line, cells separated by tabs).

export interface BlockCell {
  text: string;
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: 'continue' cells are the covered part of a vertical merge and hold no content. */
  vMerge: 'restart' | 'continue' | null;
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'table'; rows: BlockCell[][] };

export type SourceKind = 'docx' | 'text';

/** Pasted text → one paragraph per line; artefacts of copying (bookmark marks, \r) removed. */
export function textToBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\[bookmark:[^\]\n]*\]/g, '') // left by some Word-to-text converters
    .split('\n')
    .map((line): Block => ({ type: 'paragraph', text: line.replace(/[\u200b\ufeff]/g, '') }));
}
