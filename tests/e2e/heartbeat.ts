// The page's heartbeat: a 50 ms timer whose longest gap shows whether the page froze (a long task on its thread)
// while a file was being read.
import type { Page } from 'playwright-core';

interface Heartbeat {
  maxGap: number;
}

/** Starts the heartbeat in the page (once per page). */
export async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __heartbeat: Heartbeat };
    w.__heartbeat = { maxGap: 0 };
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__heartbeat.maxGap = Math.max(w.__heartbeat.maxGap, now - last);
      last = now;
    }, 50);
  });
}

/** Counts from now on (what came before, e.g. the test driver handing over a file, is not the app's). */
export async function resetHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __heartbeat: Heartbeat }).__heartbeat.maxGap = 0;
  });
}

/** The longest gap between two beats so far, in ms. */
export function longestGap(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __heartbeat: Heartbeat }).__heartbeat.maxGap);
}
