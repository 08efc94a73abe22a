// Notices between tabs (BroadcastChannel). They only speed things up: correctness comes from the
// revision check inside the write transaction, so a browser without BroadcastChannel still loses nothing.
export type StoreNotice = { type: 'saved'; id: string; revision: number; deleted: boolean; tab: string } | { type: 'list-changed' };

const CHANNEL_NAME = 'nianbao-gov-info-annual-report-drafts';

type Listener = (notice: StoreNotice) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent) => {
    const data = e.data as StoreNotice | null;
    if (data && typeof data === 'object' && (data.type === 'saved' || data.type === 'list-changed')) deliver(data);
  };
  return channel;
}

function deliver(notice: StoreNotice): void {
  for (const l of [...listeners]) {
    try {
      l(notice);
    } catch (e) {
      console.error(e);
    }
  }
}

/** Tells other tabs and this tab's other listeners (home list, other sessions). */
export function notify(notice: StoreNotice): void {
  try {
    ensureChannel()?.postMessage(notice);
  } catch {
    // a closed channel must not break a save
  }
  queueMicrotask(() => deliver(notice));
}

export function listen(listener: Listener): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
