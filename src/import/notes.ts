// What the reader tells the clerk about a source: notes on cells, sections and fields, and the result shape.
import type { SectionId } from '../formats';
import type { Report } from '../model';
import type { Block, SourceKind } from './blocks';

export type NoteLevel = 'info' | 'doubt' | 'error';

export interface ImportNote {
  /** info: read, but differs from the format (a deviation); doubt: not read with certainty, left empty; error: unreadable. */
  level: NoteLevel;
  message: string;
  /** Where in the source, in words (第3行, 第2个表格第5行). */
  where?: string;
  /** Value cells the note concerns. */
  cells?: string[];
  /** Section or report field the note concerns. */
  field?: SectionId | 'title' | 'agencyName' | 'year' | 'format' | 'signature';
}

export interface ImportResult {
  report: Report;
  notes: ImportNote[];
  source: {
    kind: SourceKind;
    fileName?: string;
    blocks: Block[] /** The source's own lines (text and PDF), as the notes number them. */;
    lines?: string[];
  };
  /** What was found, for the review screen and for refusing input that is no report at all. */
  found: {
    agencyName: boolean;
    year: boolean;
    formatFrom: 'tables' | 'year' | 'default';
    sections: SectionId[];
    /** Value cells (inputs and declared totals) that received a value or an explicit blank. */
    cellsRead: number;
  };
}

export interface RecogniseOptions {
  kind: SourceKind;
  fileName?: string;
  lines?: string[];
  now?: number;
}

export type NoteSink = (n: ImportNote) => void;

export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
