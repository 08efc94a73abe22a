// One office document (.docx or .odt) → recognised report or a Chinese message. Pure: runs in the worker,
// or on the page where no worker can be started (the one-file build opened from disk).
import { readDocx } from './docx-reader';
import type { ImportResult } from './notes';
import { readOdt } from './odt-reader';
import { recogniseReport } from './recognise';

export interface DocumentRequest {
  kind: 'docx' | 'odt';
  name: string;
  bytes: ArrayBuffer;
}

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; message: string };

export function readDocument({ kind, name, bytes }: DocumentRequest): ImportOutcome {
  try {
    const read = kind === 'odt' ? readOdt(new Uint8Array(bytes)) : readDocx(new Uint8Array(bytes));
    if (!read.ok) return { ok: false, message: `“${name}”：${read.message}` };
    return { ok: true, result: recogniseReport(read.blocks, { kind, fileName: name }) };
  } catch (e) {
    return { ok: false, message: `读取文件“${name}”时出错：${e instanceof Error ? e.message : String(e)}` };
  }
}
