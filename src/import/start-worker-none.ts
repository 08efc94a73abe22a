// The one-file build's stand-in for start-worker.ts: no worker file can sit beside nianbao.html, so the
// document is read on the page (run-import.ts falls back to that when this gives no worker).
export function startImportWorker(): Worker | null {
  return null;
}
