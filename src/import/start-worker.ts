// Starts the import worker (installed version). The one-file build swaps this module for start-worker-none.ts
// (vite.config.ts alias): it can have no worker file beside it.
export function startImportWorker(): Worker | null {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
