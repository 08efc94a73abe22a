// Main-thread CPU time (Chromium's trace: thread time, not wall time) from each keydown to the frame that
// paints it. Unlike the wall-clock figures it hardly moves when other processes load the machine, so two
// versions can be compared on a busy PC; the throttled wall-clock figures stay the budgeted ones.
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** Presses `keys` in turn (waiting `pauseMs` after each) while tracing; returns CPU ms per keystroke frame. */
export async function keystrokeFrameCpu(page: Page, keys: readonly string[], pauseMs = 120): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(pauseMs);
  }
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return framesAfterKeys(events);
}

function framesAfterKeys(events: TraceEvent[]): number[] {
  const tid = events.find((e) => e.name === 'EventDispatch')?.tid;
  const main = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const paints = main.filter((e) => e.name === 'Paint');
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const out: number[] = [];
  for (const key of main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')) {
    const first = tasks.find((t) => t.ts <= key.ts && end(t) >= end(key));
    const frame = first && tasks.find((t) => t.ts >= end(first) && paints.some((p) => p.ts >= t.ts && p.ts <= end(t)));
    if (!first || !frame) continue;
    const cpu = tasks.filter((t) => t.ts >= first.ts && t.ts <= frame.ts).reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0);
    out.push(cpu / 1000);
  }
  return out;
}
