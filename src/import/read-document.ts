// One office document (.docx or .odt), or a PDF's text → recognised report or a Chinese message. Pure: runs in the worker,
// or on the page where no worker can be started (the one-file build opened from disk).
import { readDocx } from './docx-reader';
import type { ImportResult } from './notes';
import { readOdt } from './odt-reader';
import { recognisePdf } from './pdf/pdf-report';
import type { PdfPageText } from './pdf/text-items';
import { recogniseReport } from './recognise';

export type DocumentRequest =
  | { kind: 'docx' | 'odt'; name: string; bytes: ArrayBuffer }
  /** A PDF's text, already taken out by pdf.js (src/import/pdf/read-pdf.ts): laid out and recognised here. */
  | { kind: 'pdf'; name: string; pages: PdfPageText[] };

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; message: string };

export function readDocument(request: DocumentRequest): ImportOutcome {
  const { kind, name } = request;
  try {
    if (request.kind === 'pdf') return recognisePdf(request.pages, name);
    const bytes = new Uint8Array(request.bytes);
    const read = kind === 'odt' ? readOdt(bytes) : readDocx(bytes);
    if (!read.ok) return { ok: false, message: `“${name}”：${read.message}` };
    return { ok: true, result: recogniseReport(read.blocks, { kind, fileName: name }) };
  } catch (e) {
    return { ok: false, message: `读取文件“${name}”时出错：${e instanceof Error ? e.message : String(e)}` };
  }
}
