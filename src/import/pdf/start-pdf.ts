// Opens a PDF without loading pdf.js up front: the reader (pdf.js, ~120 kB gz, and its worker) is fetched only
// when a PDF is chosen. The one-file build swaps this module for start-pdf-none.ts (vite.config.ts alias).
import type { ImportOutcome } from '../read-document';
import { type ImportJob, runImport } from '../run-import';

/** This build opens PDF files (the file chooser says so). */
export const OPENS_PDF = true;

export function runPdfImport(name: string, bytes: Uint8Array): ImportJob {
  let cancelled = false;
  let cancelRead = () => {};
  let settle: (o: ImportOutcome) => void = () => {};
  const done = new Promise<ImportOutcome>((resolve) => {
    settle = resolve;
  });
  import('./read-pdf')
    .then(({ readPdf }) => {
      if (cancelled) return;
      // Laid out and recognised in the import worker: a PDF full of text cannot freeze the page; 取消 still works.
      const job = readPdf(name, bytes, (pages) => runImport({ kind: 'pdf', name, pages }));
      cancelRead = job.cancel;
      job.done.then(settle);
    })
    .catch((e: unknown) =>
      settle({
        ok: false,
        message: `无法加载读取 PDF 的程序（${e instanceof Error ? e.message : String(e)}）。请刷新页面后再试；也可以在 PDF 阅读器中全选复制文字，粘贴到下面的文本框。`,
      }),
    );
  return {
    done,
    cancel: () => {
      cancelled = true;
      cancelRead();
      settle({ ok: false, message: '已取消读取。' });
    },
  };
}
