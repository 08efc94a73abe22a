// Ask once per page for persistent storage, so the browser does not evict drafts under disk pressure.
let requested: Promise<boolean> | null = null;

export function requestPersistence(): Promise<boolean> {
  if (!requested) {
    requested = (async () => {
      try {
        const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
        if (!storage?.persist) return false;
        if (await storage.persisted?.()) return true;
        return await storage.persist();
      } catch {
        return false; // some browsers throw on file:// or in private mode: drafts still work
      }
    })();
  }
  return requested;
}
