// The editor on an old agency PC (Chromium with CPU throttling 4×) and a complete 2021 report with long texts:
//   - keystroke → painted frame in 表三 (the cell's own feedback: its value and the totals), budget p95 ≤ 33 ms;
//   - keystroke → check marks painted (the cell flagged or cleared by T3-R1), for information;
//   - paste of 25×7 into 表三 → check marks painted, budget p95 ≤ 100 ms.
// "Painted" is the first task after the animation frame that follows the change (rAF, then a message).
// Prints figures with their budgets; no timing asserts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../src/formats';
import { balancedT3Block, cellSelector, openNewDraft, toTsv, wpsStyleBlock } from '../e2e/editor-helpers';
import { reportP95, stats } from './budget';
import { keystrokeFrameCpu } from './frame-cpu';
import { CPU_SLOWDOWN, openFullReport, sel, startBenchApp, throttleCpu, type BenchApp } from './old-pc';

let app: BenchApp;
beforeAll(async () => {
  app = await startBenchApp();
});
afterAll(async () => {
  await app?.close();
});

interface Probe {
  frames: number[];
  marks: number[];
  t0: number;
}

/** In the page: keydown (its own timestamp, so time queued behind earlier work counts) → the painted frame. */
function installProbe(target: string): Promise<void> {
  return new Function(
    'target',
    `
    const el = document.querySelector(target);
    const w = window;
    w.__probe = { frames: [], marks: [], t0: 0 };
    const painted = (fn) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = fn; c.port2.postMessage(0); });
    document.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      w.__probe.t0 = t0;
      painted(() => w.__probe.frames.push(performance.now() - t0));
    }, true);
    let last = el.classList.contains('cell-error');
    new MutationObserver(() => {
      const has = el.classList.contains('cell-error');
      if (has === last) return;
      last = has;
      const t0 = w.__probe.t0;
      painted(() => w.__probe.marks.push(performance.now() - t0));
    }).observe(el, { attributes: true, attributeFilter: ['class'] });
  `,
  )(target);
}

/** '9' then Esc, N times, each waiting for `done(i + 1)` and a clerk's shortest pause between keys. */
async function typeNineAndEscape(page: Page, n: number, done: (count: number) => boolean): Promise<void> {
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i % 2 === 0 ? '9' : 'Escape');
    await page.waitForFunction(done, i + 1, { timeout: 5000 });
    await page.waitForTimeout(30);
  }
}

/**
 * The floor the budget meets on this machine: one <input> on an empty page, the same keys, probe and throttling.
 * Measured before and after the editor in the same run, so a busy machine weighs on both alike.
 */
async function blankPageFrames(n: number): Promise<number[]> {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.setContent('<input value="30">');
  await page.evaluate(() => {
    const input = document.querySelector('input')!;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') input.value = '30';
    });
  });
  await page.locator('input').click();
  await page.evaluate(installProbe, 'input');
  await throttleCpu(page);
  await typeNineAndEscape(page, n, (count) => (window as unknown as { __probe: Probe }).__probe.frames.length >= count);
  const { frames } = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  await page.close();
  return frames;
}

it(`keystroke → painted frame in 表三 on a full report, CPU ${CPU_SLOWDOWN}× slower, beside a blank page`, async () => {
  const N = 60;
  const blank = await blankPageFrames(N / 2);
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await openFullReport(page, app.url);
  expect(await page.locator('[data-rule="T3-R1"]').count()).toBe(0);
  const target = sel('t3.new.natural');
  await page.locator(target).click();
  await page.evaluate(installProbe, target);
  await throttleCpu(page);

  // '9' unbalances 表三 (T3-R1 marks the cell), Esc restores 30 (the mark goes): every key changes the marks.
  await typeNineAndEscape(page, N, (count) => (window as unknown as { __probe: Probe }).__probe.marks.length >= count);
  const { frames, marks } = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  expect(marks).toHaveLength(N);
  await page.close();
  blank.push(...(await blankPageFrames(N / 2)));
  expect(blank).toHaveLength(N);
  console.log(`编辑器按键（2021 完整报告，长文本，CPU 降速 ${CPU_SLOWDOWN}×，${N} 次按键）：`);
  reportP95('  按键 → 单元格及合计绘制', frames, 33);
  reportP95('  按键 → 检查标记绘制', marks, 100);
  const b = stats(blank);
  console.log(
    `  参考：空白页（一个输入框，同样的按键、测法和降速，本次运行中编辑器前后各 ${N / 2} 次）p95 ${b.p95.toFixed(1)} ms，中位数 ${b.median.toFixed(1)} ms：本机的下限`,
  );
});

it('keystroke → painted frame, main-thread CPU without throttling, beside a blank page (for comparing versions)', async () => {
  const keys = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? '9' : 'Escape'));
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await openFullReport(page, app.url);
  await page.locator(sel('t3.new.natural')).click();
  await page.waitForTimeout(500);
  const editor = stats(await keystrokeFrameCpu(page, keys));
  await page.setContent('<input value="30" autofocus>');
  await page.locator('input').click();
  const blank = stats(await keystrokeFrameCpu(page, keys));
  const fmt = (s: typeof editor) => `中位数 ${s.median.toFixed(2)} ms，p95 ${s.p95.toFixed(2)} ms（${s.n} 次）`;
  console.log(`按键 → 绘制帧的主线程 CPU 时间（未降速，仅供对比；×${CPU_SLOWDOWN} 约为老电脑上的时间）：`);
  console.log(`  编辑器（2021 完整报告）：${fmt(editor)}`);
  console.log(`  空白页（一个输入框）：${fmt(blank)}`);
  await page.close();
});

it(`paste 25×7 into 表三 → check marks painted, CPU ${CPU_SLOWDOWN}× slower`, async () => {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await openFullReport(page, app.url);
  const target = sel('t3.new.natural');
  await page.locator(target).click();
  await page.evaluate(installProbe, target);
  await throttleCpu(page);

  const balanced = balancedT3Block().rows;
  const unbalanced = balanced.map((row, r) => (r === 0 ? row.map((v, c) => (c === 0 ? '99' : v)) : row));
  const N = 30;
  for (let i = 0; i < N; i++) {
    // The paste is timed from its own dispatch (the probe's t0), like a keystroke: t0 is taken in the same task that
    // dispatches it, not in an earlier evaluate (that counted the protocol round trip of the next one, ≈ 10–20 ms).
    await pasteTimed(page, toTsv(i % 2 === 0 ? unbalanced : balanced));
    await page.waitForFunction((n) => (window as unknown as { __probe: Probe }).__probe.marks.length >= n, i + 1, {
      timeout: 5000,
    });
    await page.locator(target).click();
    await page.waitForTimeout(30);
  }
  const { marks } = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  expect(marks).toHaveLength(N);
  reportP95(`粘贴 25×7 到表三 → 检查标记绘制（CPU 降速 ${CPU_SLOWDOWN}×，${N} 次）`, marks, 100);
  await page.close();
});

/** pasteText, with the probe's t0 taken right before the paste event is dispatched. */
async function pasteTimed(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    (window as unknown as { __probe: Probe }).__probe.t0 = performance.now();
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

it('paste → notice shown: a whole 表三 with labels, and a 20 000×10 block (capped)', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await openNewDraft(page, app.url, 2025);
  const { expected } = balancedT3Block();
  const cases: [string, string, number, number][] = [
    ['WPS 表三 with 3 header rows and 3 label columns', toTsv(wpsStyleBlock(FORMAT_2021, 't3', expected)), 100, 7],
    [
      '20 000×10 block',
      toTsv(Array.from({ length: 20_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => String((r + c) % 7)))),
      1000,
      3,
    ],
  ];
  for (const [name, text, budget, runs] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.locator(cellSelector(FORMAT_2021, 't3.new.natural')).click();
      await page.waitForTimeout(300); // a clerk's pause before Ctrl+V (the focus has fetched the paste code)
      times.push(await pasteUntilNotice(page, text));
      await page.locator('.paste-notice').getByRole('button', { name: '知道了' }).click();
      await page.keyboard.press('Control+z'); // back to the blank table: every paste does the same work
    }
    reportP95(`粘贴 → 提示显示，${name}（未降速）`, times, budget);
  }
  await page.close();
});

/** Milliseconds from the paste event to the frame after its notice appears. */
function pasteUntilNotice(page: Page, text: string): Promise<number> {
  return page.evaluate(async (t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const t0 = performance.now();
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await new Promise<void>((done) => {
      const wait = () => (document.querySelector('.paste-notice') ? requestAnimationFrame(() => done()) : requestAnimationFrame(wait));
      wait();
    });
    return performance.now() - t0;
  }, text);
}
