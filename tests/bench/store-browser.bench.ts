// Storage figures in real Chromium (the node bench uses fake-indexeddb): save latency of a full draft
// (budget ≤ 20 ms) and the home page with 200 drafts (budget ≤ 200 ms). Prints figures, asserts nothing timed.
import { afterAll, it } from 'vitest';
import { rmSync } from 'node:fs';
import { launchPersistent } from '../e2e/browser';
import { startStaticServer } from '../e2e/server';
import { buildApp, type Build } from '../e2e/offline-helpers';
import { buildBackup } from '../../src/store/backup';
import { blankReport } from '../../src/model';
import { fillAll } from '../store/helpers';
import { reportP95 } from './budget';

let app: Build | undefined;
afterAll(() => app?.remove());

it('save of a full draft and the home page with 200 drafts, in Chromium', async () => {
  app = await buildApp('production');
  const server = await startStaticServer(app.dir);
  const { context, userDataDir } = await launchPersistent();
  const page = context.pages()[0] ?? (await context.newPage());
  const base = `${server.url}?e2e`; // ?e2e: the draft route exposes its session for the save timing
  const reports = Array.from({ length: 200 }, (_, i) =>
    fillAll(blankReport({ year: 2019 + (i % 7), agencyName: `单位${String(Math.floor(i / 7)).padStart(2, '0')}` }), i),
  );
  await page.goto(`${base}#/`);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(buildBackup(reports))),
  });
  await page.waitForFunction(() => document.querySelectorAll('table.drafts tbody tr').length >= 200, undefined, {
    timeout: 20_000,
  });
  const loads: string[] = [];
  const shown: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('nianbao:list-checked').length > 0, undefined, {
      polling: 20,
    });
    loads.push(
      await page
        .evaluate(() => {
          const start = performance.getEntriesByName('nianbao:list-start')[0]!.startTime;
          const at = (n: string) => performance.getEntriesByName(`nianbao:${n}`).at(-1)!.startTime - start;
          return {
            shown: at('list-shown'),
            text: `shown ${at('list-shown').toFixed(0)} (read ${at('list-read').toFixed(0)}), all checks counted ${at('list-checked').toFixed(0)}`,
          };
        })
        .then((r) => {
          shown.push(r.shown);
          return r.text;
        }),
    );
  }
  const id = reports[0]!.id;
  await page.goto(`${base}#/draft/${id}`);
  await page.waitForFunction((draftId) => (window as unknown as { nianbaoSession?: { id: string } }).nianbaoSession?.id === draftId, id);
  const saves = await page.evaluate(async () => {
    const s = (
      window as unknown as {
        nianbaoSession: {
          report: { value: { values: Record<string, string> } };
          update(r: unknown): void;
          flush(): Promise<void>;
        };
      }
    ).nianbaoSession;
    const out: number[] = [];
    for (let i = 0; i < 31; i++) {
      s.update({ ...s.report.value, values: { ...s.report.value.values, 't3.new.natural': String(i) } });
      const t0 = performance.now();
      await s.flush();
      out.push(performance.now() - t0);
    }
    return out.sort((a, b) => a - b);
  });
  reportP95('[Chromium] 保存完整草稿', saves, 20);
  reportP95('[Chromium] 首页 200 份草稿：从开始读取到列表显示', shown, 200);
  console.log(`  各次（ms，从开始读取起：打开 IndexedDB、读取、校验、绘制；再分片逐行检查）：${loads.join(' / ')}`);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
  await server.close();
});
