// Registers the sw.js that vite-plugin-pwa generates and reports what the notices need. Hand-written instead of
// workbox-window + virtual:pwa-register (2.8 kB of the editor's 45 kB first-load budget; docs/decisions.md).

export interface WorkerEvents {
  /** The first install has cached the app. */
  offlineReady(): void;
  /** A new version is installed and waits for 「更新」 (found now, or left waiting by an earlier visit). */
  updateWaiting(): void;
  /** A new version took over this page (this tab's 「更新」 or another tab's). */
  controllerChanged(): void;
}

export async function registerWorker(events: WorkerEvents): Promise<ServiceWorkerRegistration> {
  const container = navigator.serviceWorker;
  // Without a controller now, no takeover can concern this page: the worker does not claim clients.
  if (container.controller) container.addEventListener('controllerchange', () => events.controllerChanged());
  const base = import.meta.env.BASE_URL;
  const registration = await container.register(`${base}sw.js`, { scope: base });
  let tracked: ServiceWorker | null = null;
  const track = (worker: ServiceWorker | null) => {
    if (!worker || worker === tracked) return;
    tracked = worker;
    // An active worker already there means this one is an update: it waits instead of taking over.
    const isUpdate = registration.active !== null;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') (isUpdate ? events.updateWaiting : events.offlineReady)();
    });
  };
  registration.addEventListener('updatefound', () => track(registration.installing));
  track(registration.installing);
  if (registration.waiting) events.updateWaiting();
  return registration;
}

/**
 * Lets the waiting version take over; sw.js (workbox generateSW) skips waiting on this message. A controlled page
 * then gets `controllerchange`; an uncontrolled one (a first visit) is told through `activated` here.
 */
export function activateWaiting(waiting: ServiceWorker, onUncontrolledActivated: () => void): void {
  if (!navigator.serviceWorker.controller) {
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') onUncontrolledActivated();
    });
  }
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
