// Cold export on an old agency PC (Chromium, CPU throttling 4×): a complete 2021 report with long texts, the
// first export of a first visit (a new browser profile; dialog and docx chunks not loaded yet), from the click on 「导出 Word」
// (the dialog's 导出 clicked as soon as it shows) to the file handed to the browser. Budget ≤ 600 ms.
// The service worker has finished installing first: a clerk takes minutes to fill a report, so its one-time
// precache download (2.7 MB, the PDF reader included) is long over by the first export; this bench types a report
// in two seconds, and without the wait that download ran inside the timed export. No timing asserts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { reportP95 } from './budget';
import { CPU_SLOWDOWN, openFullReport, startBenchApp, throttleCpu, type BenchApp } from './old-pc';

let app: BenchApp;
beforeAll(async () => {
  app = await startBenchApp();
});
afterAll(async () => {
  await app?.close();
});

/** In the page: times the click on 「导出 Word」 to the Blob URL of the file, confirming the dialog at once. */
const armExportTimer = new Function(`
  const w = window;
  w.__exportMs = new Promise((resolve) => {
    let t0 = 0;
    document.addEventListener('click', (e) => {
      if (!t0 && e.target instanceof HTMLElement && e.target.textContent === '导出 Word') t0 = performance.now();
    }, true);
    new MutationObserver(() => {
      const confirm = document.querySelector('[role="dialog"] .export-confirm');
      if (confirm && !confirm.dataset.clicked) { confirm.dataset.clicked = '1'; confirm.click(); }
    }).observe(document.body, { childList: true, subtree: true });
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => { resolve(performance.now() - t0); return create.call(URL, blob); };
  });
`) as () => void;

it(`cold export of a full report, CPU ${CPU_SLOWDOWN}× slower`, async () => {
  const RUNS = 5;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true }); // a first visit
    const page = await context.newPage();
    await openFullReport(page, app.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined)); // installed: precache done
    await page.evaluate(armExportTimer);
    await throttleCpu(page);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 Word' }).click();
    times.push(await page.evaluate(() => (window as unknown as { __exportMs: Promise<number> }).__exportMs));
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await context.close();
  }
  reportP95(`冷导出 Word（完整报告，长文本，首次导出，CPU 降速 ${CPU_SLOWDOWN}×）`, times, 600);
});
