// 「导出网页」 and 「复制网页格式」 in the built app: a single .html with the three tables, and the clipboard holding
// the same HTML plus its text form, which the app's own import reads back (pasted as text: the import's text box
// takes text/plain).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { openFilledDraft } from './report-fill';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('saves the web page, copies it, and the copy reads back in the import', async () => {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inject('baseUrl')).origin });
  const page = await context.newPage();
  const values = await openFilledDraft(page, inject('baseUrl'), 2025);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出网页' }).click()]);
  expect(download.suggestedFilename()).toBe('某某市人民政府办公室2025年政府信息公开工作年度报告.html');
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('<meta charset="utf-8">');
  expect(html.match(/<table/g)).toHaveLength(3);
  expect(html).not.toContain('<script');

  await page.getByRole('button', { name: '复制网页格式' }).click();
  await expect.poll(() => page.getByText('已复制网页格式').count()).toBe(1);
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
  });
  expect(copied.html).toContain('<caption');
  expect(copied.html).toContain(`>${values['t3.new.natural']}</td>`);

  await page.goto(`${inject('baseUrl')}#/import`);
  await page.getByLabel('粘贴的报告文字').fill(copied.text);
  await page.getByRole('button', { name: '识别粘贴的文字' }).click();
  await page.getByText('核对识别结果').waitFor();
  expect(await page.getByLabel('单位名称').inputValue()).toBe('某某市人民政府办公室');
  for (const key of ['t2.regulation.made', 't3.new.natural', 't3.results.public.legal', 't4.review.upheld']) {
    const cell = page.locator(`td[data-cell="${key}"]`);
    if (values[key] !== undefined) expect(await cell.innerText(), key).toBe(values[key]);
  }
  const shown = await page
    .locator('td[data-cell]')
    .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-cell'), (c as HTMLElement).innerText.trim()]));
  const wrong = shown.filter(([key, text]) => values[key!] !== undefined && values[key!] !== text);
  expect(wrong).toEqual([]);
  expect(shown.filter(([key]) => values[key!] !== undefined).length).toBe(Object.keys(values).length);
  await page.screenshot({ path: '/tmp/nianbao-webpage-import.png' });
  await context.close();
}, 120_000);
