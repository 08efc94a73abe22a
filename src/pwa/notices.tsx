// The service worker's two notices, loaded when the worker first reports (src/pwa/index.tsx): 「已可离线使用」 after
// the first install, 「有新版本」 when an update waits. Both in one root of their own, in the lower right corner.
import { render } from 'preact';
import { signal } from '@preact/signals';
import { activateWaiting } from './register';
import './style.css';

export type WorkerEvent = 'offline-ready' | 'update-waiting' | 'controller-changed';

const offlineReady = signal(false);
const OFFLINE_NOTICE_MS = 8000;
const needRefresh = signal(false);

let mounted = false;
let currentRegistration: () => ServiceWorkerRegistration | null = () => null;
let updateRequested = false;
/** Another tab already switched to the new version: only a reload of this one is left. */
let controlledByNewVersion = false;

export function showWorkerEvent(event: WorkerEvent, registration: () => ServiceWorkerRegistration | null): void {
  currentRegistration = registration;
  if (!mounted) {
    mounted = true;
    const host = document.createElement('div');
    document.body.append(host);
    render(<PwaNotices />, host);
  }
  if (event === 'offline-ready') {
    offlineReady.value = true;
    // Only news, not a question: it leaves by itself so it never sits over the grid for long.
    setTimeout(() => {
      offlineReady.value = false;
    }, OFFLINE_NOTICE_MS);
  } else if (event === 'update-waiting') {
    offlineReady.value = false;
    needRefresh.value = true;
  } else if (updateRequested) location.reload();
  else {
    controlledByNewVersion = true;
    needRefresh.value = true;
  }
}

async function applyUpdate(): Promise<void> {
  // Commits the cell being edited (change/blur) and gives the autosave (300 ms debounce) time to write
  // before the page goes away; the store also journals on pagehide.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  await new Promise((resolve) => setTimeout(resolve, 600));
  const waiting = currentRegistration()?.waiting;
  if (controlledByNewVersion || !waiting) {
    location.reload();
    return;
  }
  updateRequested = true;
  activateWaiting(waiting, () => location.reload());
}

function PwaNotices() {
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
