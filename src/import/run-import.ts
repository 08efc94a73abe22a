// Runs the reading of an office document (or the recognition of a PDF's text) in a Web Worker with a time limit, and lets the clerk cancel it.
// The worker is ended (terminate) on either: whatever it was stuck in stops with it.
import { startImportWorker } from './start-worker';
import { readDocument, type DocumentRequest, type ImportOutcome } from './read-document';

/** A report is read in well under a second; past this the file is not a report one can work with. */
export const IMPORT_TIME_LIMIT_MS = 15_000;

export interface ImportJob {
  done: Promise<ImportOutcome>;
  cancel: () => void;
}

export function runImport(request: DocumentRequest, timeLimitMs = IMPORT_TIME_LIMIT_MS): ImportJob {
  let worker: Worker | null = null;
  try {
    // The one-file build has no worker file beside it (start-worker-none.ts there): read on the page then.
    if (typeof Worker !== 'undefined') worker = startImportWorker();
  } catch {
    worker = null;
  }
  if (!worker) {
    // Statically imported: a lazily loaded reader would split the import page into more chunks the entry must list.
    let cancelled = false;
    const done = new Promise<ImportOutcome>((resolve) =>
      setTimeout(() => resolve(cancelled ? cancelledOutcome() : readDocument(request)), 0),
    );
    return {
      done,
      cancel: () => {
        cancelled = true;
      },
    };
  }
  const w = worker;
  const instead =
    request.kind === 'pdf'
      ? '可以在 PDF 阅读器中全选复制文字，粘贴到下面的文本框'
      : '可以在 Word 或 WPS 中打开后另存为 .docx 再试，或复制文字粘贴到下面的文本框';
  let finish: (o: ImportOutcome) => void = () => {};
  const done = new Promise<ImportOutcome>((resolve) => {
    finish = resolve;
  });
  const end = (outcome: ImportOutcome) => {
    clearTimeout(timer);
    w.terminate();
    finish(outcome);
  };
  const timer = setTimeout(
    () =>
      end({
        ok: false,
        message: `读取“${request.name}”超过 ${Math.round(timeLimitMs / 1000)} 秒仍未完成，已停止。这个文件不像是年度报告（可能过大或已损坏）；${instead}。`,
      }),
    timeLimitMs,
  );
  w.onmessage = (e: MessageEvent<ImportOutcome>) => end(e.data);
  w.onerror = (e) => {
    e.preventDefault();
    end({
      ok: false,
      message: `读取“${request.name}”时出错：${e.message || '读取程序意外停止'}。${instead}。`,
    });
  };
  w.postMessage(request, request.kind === 'pdf' ? [] : [request.bytes]);
  return { done, cancel: () => end(cancelledOutcome()) };
}

function cancelledOutcome(): ImportOutcome {
  return { ok: false, message: '已取消读取。' };
}
