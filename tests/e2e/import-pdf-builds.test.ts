// The PDF reader in the two builds: the installed PWA precaches it (pdf.js, its worker, the Chinese CMaps) and
// opens a PDF with the server gone and the network cut; the one-file build does not carry it and says so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { buildApp, openServedApp, watchPageProblems } from './offline-helpers';

const pdf = readFileSync(resolve(process.cwd(), 'tests/fixtures/import/own-2021.pdf'));

async function choosePdf(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^导入/ }).click();
  await page.getByLabel(/粘贴/).waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name: '上年年报.pdf', mimeType: 'application/pdf', buffer: pdf });
}

it('installed version: the PDF reader is precached and opens a PDF offline', async () => {
  const served = await openServedApp();
  try {
    const { page, server, context, problems } = served;
    await page.goto(server.url);
    await page.getByRole('status').filter({ hasText: '已可离线使用' }).waitFor({ timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(cached.some((u) => /\/assets\/read-pdf-[\w-]+\.js$/.test(u))).toBe(true);
    expect(cached.some((u) => /\/assets\/pdf\.worker-[\w-]+\.js$/.test(u))).toBe(true);
    expect(cached).toContain('/cmaps/UniGB-UCS2-H.bcmap');
    expect(cached).toContain('/cmaps/Adobe-GB1-UCS2.bcmap');
    expect(cached.filter((u) => u.startsWith('/cmaps/') && !/\/(Adobe-GB1-|UniGB-|GB)/.test(u))).toEqual([]);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated');
    await served.stopServer();
    await context.setOffline(true);
    await page.goto(`${server.url}#/`);
    await choosePdf(page);
    await page.getByText('核对识别结果').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('单位名称').inputValue()).toBe('某市人力资源和社会保障局');
    expect(await page.locator('td[data-cell="t3.new.natural"]').innerText()).toBe('37');
    expect(problems).toEqual({ csp: [], errors: [] });
  } finally {
    await served.close();
  }
}, 150_000);

it('one-file build: no PDF reader inside; choosing a PDF says to use the installed version or paste the text', async () => {
  const app = await buildApp('single');
  const browser = await launchBrowser();
  try {
    const html = readFileSync(app.htmlFile, 'utf8');
    expect(html).not.toContain('Invalid PDF structure'); // a message of pdf.js itself
    const context = await browser.newContext({ locale: 'zh-CN' });
    const problems = await watchPageProblems(context);
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(app.htmlFile).href}#/`);
    await choosePdf(page);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('单文件版不能直接打开 PDF');
    expect(await alert.innerText()).toContain('粘贴');
    await page.screenshot({ path: '/tmp/import-pdf-single.png' });
    expect(problems).toEqual({ csp: [], errors: [] });
  } finally {
    await browser.close();
    app.remove();
  }
}, 120_000);
