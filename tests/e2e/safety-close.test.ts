// Nothing typed is lost on close (issue #16 point 2): a value typed 0–50 ms before a tab close, a navigation
// away, or a browser close is there when the draft reopens. Every trial types a new value into a real cell.
import { rmSync } from 'node:fs';
import { afterAll, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent } from './browser';

const CELL_LABEL_PART = '一、本年新收政府信息公开申请数量';
const base = () => `${inject('baseUrl')}?e2e`;
const profiles: string[] = [];
afterAll(() => {
  for (const p of profiles) rmSync(p, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

async function launch(userDataDir?: string): Promise<BrowserContext> {
  const c = await launchPersistent(userDataDir);
  if (!userDataDir) profiles.push(c.userDataDir);
  return c.context;
}

async function ready(page: Page, id: string): Promise<void> {
  await page.waitForFunction((d) => (window as unknown as { nianbaoSession?: { id: string } }).nianbaoSession?.id === d, id, {
    timeout: 15_000,
  });
}

async function openDraft(page: Page, id: string): Promise<void> {
  await page.goto(`${base()}#/draft/${id}`);
  await ready(page, id);
}

const cellInput = (page: Page) => page.locator(`input[aria-label*="${CELL_LABEL_PART}"][aria-label*="自然人"]`).first();

async function typed(page: Page, value: string, delayMs: number): Promise<void> {
  await cellInput(page).fill(value);
  if (delayMs > 0) await page.waitForTimeout(delayMs);
}

async function valueAfterReopen(page: Page, id: string): Promise<string | undefined> {
  await openDraft(page, id);
  return page.evaluate(
    () =>
      (window as unknown as { nianbaoSession: { report: { value: { values: Record<string, string> } } } }).nianbaoSession.report.value
        .values['t3.new.natural'],
  );
}

const delays = (n: number) => Array.from({ length: n }, (_, i) => Math.round((i * 50) / (n - 1)));
const lost: string[] = [];

it('tab closed 0–50 ms after typing: 8 trials, nothing lost', async () => {
  const context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base()}#/new/2025`);
  await page.waitForURL(/#\/draft\//);
  const id = decodeURIComponent(page.url().split('#/draft/')[1]!);
  await ready(page, id);
  for (const [i, delay] of delays(8).entries()) {
    const value = String(1000 + i);
    await typed(page, value, delay);
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    const got = await valueAfterReopen(page, id);
    if (got !== value) lost.push(`关闭标签页 ${delay}ms: 期望 ${value}，得到 ${got}`);
  }
  await context.close();
  expect(lost).toEqual([]);
}, 120_000);

it('navigation away 0–50 ms after typing: 8 trials, nothing lost', async () => {
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base()}#/new/2025`);
  await page.waitForURL(/#\/draft\//);
  const id = decodeURIComponent(page.url().split('#/draft/')[1]!);
  await ready(page, id);
  for (const [i, delay] of delays(8).entries()) {
    const value = String(2000 + i);
    await typed(page, value, delay);
    await page.goto('about:blank');
    const got = await valueAfterReopen(page, id);
    if (got !== value) lost.push(`离开页面 ${delay}ms: 期望 ${value}，得到 ${got}`);
  }
  await context.close();
  expect(lost).toEqual([]);
}, 120_000);

it('browser closed 0–50 ms after typing: 6 trials, nothing lost', async () => {
  let context = await launch();
  const profile = profiles.at(-1)!;
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base()}#/new/2025`);
  await page.waitForURL(/#\/draft\//);
  const id = decodeURIComponent(page.url().split('#/draft/')[1]!);
  await ready(page, id);
  for (const [i, delay] of delays(6).entries()) {
    const value = String(3000 + i);
    await typed(page, value, delay);
    await context.close();
    context = await launch(profile);
    page = context.pages()[0] ?? (await context.newPage());
    const got = await valueAfterReopen(page, id);
    if (got !== value) lost.push(`关闭浏览器 ${delay}ms: 期望 ${value}，得到 ${got}`);
  }
  await context.close();
  expect(lost).toEqual([]);
}, 180_000);
