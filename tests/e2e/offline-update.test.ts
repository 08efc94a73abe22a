// A new version never reloads the page by itself: 「有新版本」 waits with 「更新」, the user keeps typing,
// and only the click switches to the new version (what was typed survives the switch).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { StaticServer } from './server';
import { cell, inputCells, newDraft, settle, typeValue, openServedApp, type Build, type ServedApp } from './offline-helpers';

let served: ServedApp;
let app: Build;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  served = await openServedApp();
  ({ app, server, page } = served);
});

afterAll(async () => {
  await served?.close();
});

const [first, second] = inputCells();
const scriptUrl = () => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);

it('offers the update while the user types, and reloads only on 「更新」', async () => {
  await page.goto(server.url);
  await page.getByRole('status').filter({ hasText: '已可离线使用' }).waitFor({ timeout: 20_000 });
  await page.reload(); // the first visit stays uncontrolled (no clientsClaim): the next load is the worker's
  await expect.poll(scriptUrl).toMatch(/\/sw\.js$/);
  await newDraft(page, server.url);
  await typeValue(page, first!, '21');
  await settle(page);

  // Publish "a new version": any byte change of sw.js makes the browser install it and leave it waiting.
  appendFileSync(join(app.dir, 'sw.js'), '\n// next version\n');
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByRole('status').filter({ hasText: '有新版本' });
  await prompt.waitFor({ timeout: 20_000 });
  await page.screenshot({ path: '/tmp/nianbao-update-prompt.png' });

  // Typing goes on: nothing reloads under the user's hands.
  await cell(page, second!).click();
  await cell(page, second!).pressSequentially('46');
  await page.waitForTimeout(2500);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await cell(page, second!).inputValue()).toBe('46');

  const reloaded = page.waitForEvent('load', { timeout: 20_000 });
  await prompt.getByRole('button', { name: '更新' }).click();
  await reloaded;
  await cell(page, second!).waitFor({ state: 'visible' });
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
  await expect.poll(() => cell(page, second!).inputValue()).toBe('46');
  expect(await cell(page, first!).inputValue()).toBe('21');
  await expect.poll(() => page.evaluate(async () => !(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
  await expect.poll(() => prompt.count()).toBe(0);
});
