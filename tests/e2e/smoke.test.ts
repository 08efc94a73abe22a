// The built app opens in Chromium, in Chinese, and creates a draft.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('opens the built app and creates a 2021-format draft', async () => {
  const page = await browser.newPage();
  await page.goto(`${inject('baseUrl')}#/new/2025`);
  await page.waitForURL(/#\/draft\//);
  await expect.poll(() => page.locator('h1').first().innerText()).toContain('2025年政府信息公开工作年度报告');
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
});
