import { it } from 'vitest';
import { rmSync } from 'node:fs';
import { launchPersistent } from '../e2e/browser';
import { startStaticServer } from '../e2e/server';
import { buildApp } from '../e2e/offline-helpers';
it('probe', async () => {
  const app = await buildApp('production');
  const server = await startStaticServer(app.dir);
  const agg = new Map<string, number>();
  for (let r = 0; r < 3; r++) {
    const { context, userDataDir } = await launchPersistent();
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}#/new/2025`);
    await page.waitForSelector('input.cell');
    const { profile } = await cdp.send('Profiler.stop');
    const dt = profile.timeDeltas!;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples!.forEach((id, i) => { const n = byId.get(id)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; agg.set(k, (agg.get(k) ?? 0) + (dt[i] ?? 0) / 3); });
    await context.close(); rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log('TOP', JSON.stringify([...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}ms`)));
  await server.close(); app.remove();
}, 120000);
