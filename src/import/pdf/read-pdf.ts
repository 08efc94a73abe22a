// Reads a PDF's text with pdf.js (legacy build, for Chromium 87) in a worker of its own, page by page, then hands
// it to `recognise`. Imports nothing of the import page's modules (see pdfjs-items.ts). Loaded only when a PDF is chosen (start-pdf.ts).
import './at-polyfill';
import { getDocument, type PDFDocumentProxy, PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ImportOutcome } from '../read-document';
import type { ImportJob } from '../run-import';
import { fromPdfjs, type PdfjsItem, type PdfPageText } from './pdfjs-items';

/** Lays out and recognises the pages' text: the import worker on the import page (start-pdf.ts), the page in 汇总. */
export type RecognisePages = (pages: PdfPageText[]) => ImportJob;

/** A report is a handful of pages; a longer PDF is a compilation or something else, and would keep the page busy. */
export const MAX_PDF_PAGES = 60;
/** Text items of the whole file: a dense report page has a few hundred. */
export const MAX_PDF_ITEMS = 40_000;
const TIME_LIMIT_MS = 30_000;

/** The Chinese CMaps (Adobe-GB1, UniGB-*, GB*) shipped beside the app by vite.config.ts, for PDFs without ToUnicode. */
const CMAP_URL = 'cmaps/';

export function pdfErrorMessage(name: string, e: unknown): string {
  const kind = (e as { name?: string } | null)?.name;
  if (kind === 'PasswordException')
    return `“${name}”设有打开密码，无法读取。请使用没有密码的版本，或在 PDF 阅读器中输入密码打开后全选复制文字，粘贴到下面的文本框。`;
  if (kind === 'InvalidPDFException')
    return `“${name}”不是有效的 PDF 文件（可能已损坏或没有下载完整）。请重新下载或向发文单位索取，也可以使用报告的 Word 文件（.docx）。`;
  return `读取 PDF 文件“${name}”时出错：${e instanceof Error ? e.message : String(e)}。可以在 PDF 阅读器中全选复制文字，粘贴到下面的文本框。`;
}

/** The text items of every page, in page order; stops early once `stopped` says so. */
export async function pageTexts(doc: PDFDocumentProxy, stopped: () => boolean = () => false): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = [];
  for (let p = 1; p <= doc.numPages && !stopped(); p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    pages.push(fromPdfjs(p, content.items as PdfjsItem[]));
    page.cleanup();
  }
  return pages;
}

export function readPdf(name: string, bytes: Uint8Array, recognise: RecognisePages): ImportJob {
  let port: Worker;
  try {
    port = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    const message = `无法启动读取 PDF 的后台线程（${e instanceof Error ? e.message : String(e)}），这个浏览器不能直接打开 PDF。请在 PDF 阅读器中全选复制文字，粘贴到下面的文本框。`;
    return { done: Promise.resolve({ ok: false, message }), cancel: () => {} };
  }
  const worker = PDFWorker.fromPort({ port });
  const task = getDocument({
    data: bytes,
    worker,
    isEvalSupported: false, // no font code compiled with new Function (CVE-2024-4367); the page's CSP forbids it anyway
    enableXfa: false,
    cMapUrl: new URL(CMAP_URL, document.baseURI).href,
    cMapPacked: true,
  });
  let finished = false;
  let recognising: ImportJob | null = null;
  let finish: (o: ImportOutcome) => void = () => {};
  const done = new Promise<ImportOutcome>((resolve) => {
    finish = (o) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      // The worker may be stuck in a hostile file: end it, not just ask it to stop.
      task.destroy().catch(() => {});
      port.terminate();
      recognising?.cancel();
      resolve(o);
    };
  });
  const timer = setTimeout(
    () =>
      finish({
        ok: false,
        message: `读取“${name}”超过 ${TIME_LIMIT_MS / 1000} 秒仍未完成，已停止。这个 PDF 可能过大或已损坏；可以在 PDF 阅读器中全选复制文字，粘贴到下面的文本框。`,
      }),
    TIME_LIMIT_MS,
  );
  (async () => {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES)
      return finish({
        ok: false,
        message: `“${name}”共 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页，不像是一份年度报告（可能是汇编）。请选择单独一份年度报告的文件。`,
      });
    const pages = await pageTexts(doc, () => finished);
    if (finished) return;
    const items = pages.reduce((n, p) => n + p.items.length, 0);
    if (items > MAX_PDF_ITEMS)
      return finish({ ok: false, message: `“${name}”中的文字过多（${items} 段），不像是一份年度报告，已停止读取。` });
    const job = recognise(pages);
    recognising = job;
    finish(await job.done);
  })().catch((e: unknown) => finish({ ok: false, message: pdfErrorMessage(name, e) }));
  return { done, cancel: () => finish({ ok: false, message: '已取消读取。' }) };
}
