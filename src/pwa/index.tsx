// Service-worker registration at start; its two notices (「已可离线使用」 after the first install, 「有新版本」 when an
// update waits) load only when the worker reports one of them (./notices.tsx). The page reloads only when the user
// clicks 「更新」, never under their typing. http(s) only: file:// (the single-file build) cannot register a worker.
import { loadOnce } from '../platform/load-once';
import type { WorkerEvent } from './notices';
import { registerWorker } from './register';

export function pwaSupported(): boolean {
  // The one-file build (mode 'single') never registers a worker; the constant drops the code from it.
  if (import.meta.env.MODE === 'single') return false;
  return location.protocol.startsWith('http') && 'serviceWorker' in navigator;
}

/**
 * Installing the worker fetches and caches the whole app (the docx chunk too): on a 2-core PC that slows
 * the first render of the editor, so it starts a little after the page has loaded.
 */
const REGISTER_DELAY_MS = 1500;

let started = false;
let registration: ServiceWorkerRegistration | null = null;
const notices = loadOnce(() => import('./notices'));

/** Shows what the worker reported, loading the notices on the first report. */
function report(event: WorkerEvent): void {
  notices.load().then(
    (m) => m.showWorkerEvent(event, () => registration),
    // Only the notice is lost: the new version still arrives with the next start of the app.
    (error: unknown) => console.warn('离线功能的提示未能加载', error),
  );
}

async function register(): Promise<void> {
  if (import.meta.env.MODE === 'single') return; // build-time constant: drops the worker glue from the one file
  try {
    registration = await registerWorker({
      offlineReady: () => report('offline-ready'),
      updateWaiting: () => report('update-waiting'),
      controllerChanged: () => report('controller-changed'),
    });
  } catch (error) {
    // The app works without it; only offline use is lost.
    console.warn('离线功能未能启用', error);
  }
}

/** Registers the worker a little after the page has loaded (main calls this after the first render). */
export function startPwa(): void {
  if (!pwaSupported() || started) return;
  started = true;
  const later = () => setTimeout(() => void register(), REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
