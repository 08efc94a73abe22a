// A page's code arrives through the app's own import() helper (vite.config.ts compactPreloadHelper): its CSS is
// awaited before the page runs, and a CSS file that failed (offline before it was cached) is tried again on the next
// visit instead of leaving the page unstyled.
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

it('the editor’s CSS failing to load says so in Chinese; the next visit loads it once and the editor is styled', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  let failing = true;
  let cssRequests = 0;
  await page.route(/\/assets\/DraftRoute-[\w-]+\.css$/, (route) => {
    cssRequests++;
    return failing ? route.abort() : route.continue();
  });

  await page.goto(`${inject('baseUrl')}#/new/2025`);
  await page.waitForURL(/#\/draft\//);
  const draftHash = new URL(page.url()).hash;
  await expect.poll(() => page.getByRole('alert').innerText()).toBe('页面加载失败，请刷新后重试。');
  expect(await page.locator('table.stat-t3').count()).toBe(0);

  failing = false;
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await page.getByRole('button', { name: '新建草稿' }).waitFor();
  await page.evaluate((hash) => {
    location.hash = hash;
  }, draftHash);
  await page.locator('table.stat-t3 input[aria-label]').first().waitFor();
  // The page ran only once its CSS was there: the header sticks and the grid has its borders.
  expect(await page.locator('.editor-head').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  expect(await page.locator('link[rel=stylesheet][href*="/assets/DraftRoute-"]').count()).toBe(1);
  expect(cssRequests).toBeGreaterThanOrEqual(2);
  await context.close();
});
