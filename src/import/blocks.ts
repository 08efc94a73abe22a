// The document model every import path produces: paragraphs and tables in document order.
// A .docx, .odt or web page gives real tables; text (pasted, or read from a PDF) gives only paragraphs
// (one per line, cells separated by tabs), each remembering the source line it came from.
import { reflowLines } from './text-lines';

export interface BlockCell {
  text: string;
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: 'continue' cells are the covered part of a vertical merge and hold no content. */
  vMerge: 'restart' | 'continue' | null;
}

export type Block =
  | {
      type: 'paragraph';
      text: string /** 1-based source line (text sources) */;
      line?: number /** PDF page */;
      page?: number /** set in from the margin (a first line) */;
      indent?: boolean;
    }
  | { type: 'table'; rows: BlockCell[][] };

export type SourceKind = 'docx' | 'text' | 'html' | 'pdf' | 'odt';

/** Source lines of pasted text: artefacts of copying (bookmark marks, \r, zero-width marks) removed. */
export function textLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\[bookmark:[^\]\n]*\]/g, '') // left by some Word-to-text converters
    .split('\n')
    .map((line) => line.replace(/[\u200b\ufeff]/g, ''));
}

/** Pasted text → paragraphs, reflowed the way PDF and web copies need (see text-lines.ts). */
export function textToBlocks(text: string): Block[] {
  return reflowLines(textLines(text).map((text, i) => ({ text, line: i + 1 })));
}

// 汇总 reads a unit's PDF with this (src/summary/read-unit-file.ts), loaded together with the text path: a module of
// its own would become one more chunk in the import page's first-load dependency lists.
export { recognisePdf } from './pdf/pdf-report';
