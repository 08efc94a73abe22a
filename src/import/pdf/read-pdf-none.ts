// The one-file build's stand-in for read-pdf.ts (vite.config.ts alias): no pdf.js inside (see start-pdf-none.ts).
import { KIND_MESSAGES } from '../file-kind';
import type { ImportJob } from '../run-import';
import type { RecognisePages } from './read-pdf';

export function readPdf(name: string, _bytes: Uint8Array, _recognise: RecognisePages): ImportJob {
  return { done: Promise.resolve({ ok: false, message: `“${name}”：${KIND_MESSAGES.pdf}` }), cancel: () => {} };
}
