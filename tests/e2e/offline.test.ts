// The installed PWA keeps working with the server gone and the network cut: the editor opens, drafts are
// edited and saved, and Word export works (its lazily loaded docx chunk came from the precache).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './server';
import { cell, expectDocx, exportDocx, inputCells, newDraft, settle, typeValue, openServedApp, type ServedApp } from './offline-helpers';

let served: ServedApp;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let problems: { csp: string[]; errors: string[] };

beforeAll(async () => {
  served = await openServedApp();
  ({ server, context, page, problems } = served);
});

afterAll(async () => {
  await served?.close();
});

const [first, second, third] = inputCells();

it('installs: 「已可离线使用」 appears once the service worker has cached the app, and can be dismissed', async () => {
  await page.goto(server.url);
  const notice = page.getByRole('status').filter({ hasText: '已可离线使用' });
  await notice.waitFor({ state: 'visible', timeout: 20_000 });
  await page.screenshot({ path: '/tmp/nianbao-offline-ready.png' });
  // Everything precached, including the lazily loaded chunks (docx once the export imports it).
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain('/index.html');
  expect(cached).toContain('/manifest.webmanifest');
  expect(cached).toContain('/icon-512.png');
  expect(cached.filter((u) => u.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect.poll(() => notice.count()).toBe(0);
});

it('serves the manifest with the Chinese name and the icons', async () => {
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? (await fetch(link.href)).json() : null;
  });
  expect(manifest).toMatchObject({ name: '政府信息公开工作年度报告编辑器', short_name: '年报编辑器', lang: 'zh-CN' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['any', '192x192', '512x512']));
});

it('after a reload the service worker controls the page; a draft is written while online', async () => {
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
  await newDraft(page, server.url);
  await typeValue(page, first!, '12');
  await settle(page);
  // Shown on the first install only, not on every visit.
  expect(await page.getByRole('status').filter({ hasText: '已可离线使用' }).count()).toBe(0);
});

it('offline: the editor opens from the cache with the saved value, edits are saved and survive a reload', async () => {
  await served.stopServer();
  await context.setOffline(true);
  await page.reload();
  await cell(page, first!).waitFor({ state: 'visible' });
  await expect.poll(() => cell(page, first!).inputValue()).toBe('12');

  await typeValue(page, second!, '7');
  await typeValue(page, third!, '30');
  await settle(page);
  await page.reload();
  await cell(page, third!).waitFor({ state: 'visible' });
  expect(await cell(page, second!).inputValue()).toBe('7');
  expect(await cell(page, third!).inputValue()).toBe('30');
});

it('offline: Word export works (the docx chunk comes from the precache) and a new draft can be started', async () => {
  expectDocx(await exportDocx(page));
  const base = page.url().replace(/#.*$/, '');
  await newDraft(page, base, 2024);
  expect(problems.csp).toEqual([]);
  expect(problems.errors).toEqual([]);
});
