// Service-worker registration and its two notices: 「已可离线使用」 after the first install, 「有新版本」 when an
// update waits. The page reloads only when the user clicks 「更新」, never under their typing.
// http(s) only: file:// (the single-file build) cannot register a service worker.
import { render } from 'preact';
import { signal } from '@preact/signals';
import { activateWaiting, registerWorker } from './register';
import './style.css';

export const offlineReady = signal(false);
const OFFLINE_NOTICE_MS = 8000;
export const needRefresh = signal(false);

let registration: ServiceWorkerRegistration | null = null;
let updateRequested = false;
/** Another tab already switched to the new version: only a reload of this one is left. */
let controlledByNewVersion = false;

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

export function startPwa(): void {
  if (!pwaSupported() || started) return;
  started = true;
  const later = () => setTimeout(() => void register(), REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}

let started = false;

async function register(): Promise<void> {
  if (import.meta.env.MODE === 'single') return; // build-time constant: drops the worker glue from the one file
  try {
    registration = await registerWorker({
      offlineReady() {
        offlineReady.value = true;
        // Only news, not a question: it leaves by itself so it never sits over the grid for long.
        setTimeout(() => {
          offlineReady.value = false;
        }, OFFLINE_NOTICE_MS);
      },
      updateWaiting() {
        offlineReady.value = false;
        needRefresh.value = true;
      },
      controllerChanged() {
        if (updateRequested) location.reload();
        else {
          controlledByNewVersion = true;
          needRefresh.value = true;
        }
      },
    });
  } catch (error) {
    // The app works without it; only offline use is lost.
    console.warn('离线功能未能启用', error);
  }
}

export async function applyUpdate(): Promise<void> {
  // Commits the cell being edited (change/blur) and gives the autosave (300 ms debounce) time to write
  // before the page goes away; the store also journals on pagehide.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  await new Promise((resolve) => setTimeout(resolve, 600));
  const waiting = registration?.waiting;
  if (controlledByNewVersion || !waiting) {
    location.reload();
    return;
  }
  updateRequested = true;
  activateWaiting(waiting, () => location.reload());
}

export function PwaNotices() {
  if (needRefresh.value) {
    return (
      <div class="pwa-notice" role="status">
        <span>有新版本：点「更新」即可换用，已填写的内容会先保存。</span>
        <button type="button" class="pwa-notice-primary" onClick={() => void applyUpdate()}>
          更新
        </button>
        <button type="button" onClick={() => (needRefresh.value = false)}>
          稍后
        </button>
      </div>
    );
  }
  if (offlineReady.value) {
    return (
      <div class="pwa-notice" role="status">
        <span>已可离线使用：断网后也能打开本页继续编写。</span>
        <button type="button" onClick={() => (offlineReady.value = false)}>
          知道了
        </button>
      </div>
    );
  }
  return null;
}

/** Shows the notices in a root of their own and starts the registration; main loads this module lazily. */
export function mountPwa(): void {
  if (!pwaSupported()) return;
  const host = document.createElement('div');
  document.body.append(host);
  render(<PwaNotices />, host);
  startPwa();
}
