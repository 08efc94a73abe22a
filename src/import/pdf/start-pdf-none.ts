// The one-file build's stand-in for start-pdf.ts: pdf.js would add ~500 kB and needs a worker file beside the
// page, which a file opened from disk cannot have. The clerk is told what to do instead.
import { KIND_MESSAGES } from '../file-kind';
import type { ImportJob } from '../run-import';

export const OPENS_PDF = false;

export function runPdfImport(name: string, _bytes: Uint8Array): ImportJob {
  return { done: Promise.resolve({ ok: false, message: `“${name}”：${KIND_MESSAGES.pdf}` }), cancel: () => {} };
}
