// Opening a PDF file as a clerk does: home → 导入… → the file input → review → 创建草稿 → editor. The PDF is our
// own export made into PDF by LibreOffice afresh, in both formats; every 表二/三/四 input in the editor is compared
// with the source. The same report as a web page printed to PDF by Chromium (another generator) reads as well. A scan, a PDF with a password and a broken one get their messages; no CSP error on the way.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { reportHtmlDocument } from '../../src/webpage/report-html';
import { docxBytes } from '../export/build';
import { docxToPdf } from '../export/soffice';
import { distinctSampleReport } from '../import/docx-fixtures';
import { imageOnlyPdf, textHeavyPdf } from '../import/pdf-fixtures';
import { launchBrowser } from './browser';
import { longestGap, resetHeartbeat, startHeartbeat } from './heartbeat';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openImport(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Content-Security-Policy/i.test(m.text())) problems.push(m.text());
  });
  await page.goto(`${inject('baseUrl')}#/`);
  await page.getByRole('link', { name: /^导入/ }).click();
  await page.getByLabel(/粘贴/).waitFor();
  return { page, problems };
}

const choose = (page: Page, name: string, bytes: Uint8Array) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });

for (const format of [FORMAT_2019, FORMAT_2021] as FormatDef[]) {
  it(`${format.id}: our export as a LibreOffice PDF → file input → review → 创建草稿 → every table input right`, async () => {
    const { year, report } = distinctSampleReport(format);
    const pdf = docxToPdf(await docxBytes(report), `own-${format.id}`);
    const { page, problems } = await openImport();
    await choose(page, `某市人社局${year}年报.pdf`, pdf);
    await page.getByText('核对识别结果').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('单位名称').inputValue()).toBe('某市人力资源和社会保障局');
    expect(await page.getByLabel('报告年度').inputValue()).toBe(String(year));
    await page.screenshot({ path: `/tmp/import-pdf-file-${format.id}.png`, fullPage: true });
    await page.getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/#\/draft\//);
    const first = page.getByLabel(format.cellsByKey.get('t3.new.natural')!.ariaLabel, { exact: true });
    await expect.poll(() => first.inputValue()).toBe(report.values['t3.new.natural']);
    // Every input of 表二, 表三 and 表四 against the source.
    const shown = new Map(
      await page
        .locator('input[aria-label]')
        .evaluateAll((inputs) => inputs.map((i) => [i.getAttribute('aria-label')!, (i as HTMLInputElement).value] as const)),
    );
    let right = 0;
    const wrong: string[] = [];
    const inputs = [...format.cellsByKey.values()].filter((c) => c.kind !== 'total');
    for (const cell of inputs) {
      const got = shown.get(cell.ariaLabel);
      if (got === report.values[cell.key]) right++;
      else if (got) wrong.push(`${cell.key}: ${got} ≠ ${report.values[cell.key]}`);
    }
    expect(wrong).toEqual([]);
    expect(right / inputs.length).toBeGreaterThanOrEqual(0.99);
    await page.screenshot({ path: `/tmp/import-pdf-editor-${format.id}.png` });
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
}

for (const format of [FORMAT_2019, FORMAT_2021] as FormatDef[]) {
  it(`${format.id}: the report as a web page printed to PDF by Chromium (glyphs one by one, radicals for ideographs) → review`, async () => {
    const { year, report } = distinctSampleReport(format);
    const printer = await browser.newPage();
    await printer.setContent(reportHtmlDocument(report));
    const pdf = await printer.pdf({ format: 'A4' });
    await printer.close();
    const { page, problems } = await openImport();
    await choose(page, `网页打印${year}.pdf`, pdf);
    await page.getByText('核对识别结果').waitFor({ timeout: 30_000 });
    const shown = await page
      .locator('td[data-cell]')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-cell')!, (td.firstChild?.textContent ?? '').trim()] as const));
    let right = 0;
    const wrong: string[] = [];
    for (const [key, text] of shown) {
      if (!(key in report.values)) continue;
      if (text === report.values[key]) right++;
      else if (text !== '') wrong.push(`${key}: ${text} ≠ ${report.values[key]}`);
    }
    expect(wrong).toEqual([]);
    expect(right / Object.keys(report.values).length).toBeGreaterThanOrEqual(0.99);
    expect(await page.getByLabel('单位名称').inputValue()).toBe('某市人力资源和社会保障局');
    expect(await page.getByLabel('报告年度').inputValue()).toBe(String(year));
    await page.screenshot({ path: `/tmp/import-pdf-chromium-${format.id}.png` });
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);
}

it('a scan, a PDF with an open password and a broken PDF: a Chinese message each, nothing created', async () => {
  const { page, problems } = await openImport();
  const cases: [string, Uint8Array, RegExp][] = [
    ['扫描件.pdf', imageOnlyPdf(2), /扫描件.*Word 或 WPS 原文件.*发文单位/],
    ['有密码.pdf', readFileSync(resolve(process.cwd(), 'tests/fixtures/import/password.pdf')), /设有打开密码/],
    ['损坏.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj broken\n'), /不是有效的 PDF/],
  ];
  for (const [name, bytes, message] of cases) {
    await choose(page, name, bytes);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toMatch(message);
    expect(await alert.innerText()).toContain(name);
    expect(await page.locator('input[type="file"]').isEnabled()).toBe(true);
  }
  await page.screenshot({ path: '/tmp/import-pdf-broken.png' });
  expect(await page.getByText('核对识别结果').count()).toBe(0);
  // pdf.js logs a warning for the broken file; only errors and CSP reports count here.
  expect(problems.filter((p) => !/Invalid PDF|PasswordException|No password given/i.test(p))).toEqual([]);
  await page.goto(`${inject('baseUrl')}#/`);
  await page.close();
}, 90_000);

it('汇总: a unit’s PDF is read by the same reader and counts only after its match is confirmed', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}#/summary`);
  await page.getByLabel('本级政府名称').fill('某市人民政府');
  await page.getByLabel('报告年度').fill('2024');
  await page.getByRole('button', { name: '新建汇总工作区' }).click();
  await page.getByRole('heading', { name: '某市人民政府 2024年度汇总' }).waitFor();
  await page.getByLabel('添加单位（每行一个名称）').fill('某市人力资源和社会保障局\n某市财政局');
  await page.getByRole('button', { name: '添加单位' }).click();
  await page.getByLabel(/选择文件/).setInputFiles({
    name: '人社局年报.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(resolve(process.cwd(), 'tests/fixtures/import/own-2021.pdf')),
  });
  const pending = page.getByRole('table', { name: '核对文件与单位的匹配' });
  await expect.poll(() => pending.locator('tbody tr').count(), { timeout: 30_000 }).toBe(1);
  expect(await pending.innerText()).toContain('人社局年报.pdf');
  const row = page.locator('tr[data-unit="某市人力资源和社会保障局"]');
  expect(await row.innerText()).not.toContain('PDF');
  await page.screenshot({ path: '/tmp/import-pdf-summary.png', fullPage: true });
  await pending.getByRole('button', { name: '确认' }).click();
  await expect.poll(() => pending.count()).toBe(0);
  await expect.poll(() => row.innerText()).toContain('PDF');
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);

it('a long PDF read keeps the page responsive and 取消 ends it with a message; the page stays usable', async () => {
  const { page, problems } = await openImport();
  await startHeartbeat(page);
  await choose(page, '很长的文件.pdf', textHeavyPdf(60, 1000));
  // Handing the file to the page (the test driver's work) is not the app's: the heartbeat counts from here.
  await resetHeartbeat(page);
  const cancel = page.getByRole('button', { name: '取消' });
  await cancel.waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  await cancel.click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('已取消');
  expect(await longestGap(page)).toBeLessThan(1000);
  expect(await page.locator('input[type="file"]').isEnabled()).toBe(true);
  // Read to the end, a PDF with thousands of lines of text keeps the page responsive too (laid out and
  // recognised in the import worker) and ends with a message: it is no report.
  await choose(page, '很多文字.pdf', textHeavyPdf(20, 1500));
  await resetHeartbeat(page);
  await expect.poll(() => alert.innerText(), { timeout: 40_000 }).toMatch(/没有在这份文件中识别出|过多/);
  expect(await longestGap(page)).toBeLessThan(1000);
  // The next PDF is read as usual.
  await choose(page, 'own-2021.pdf', readFileSync(resolve(process.cwd(), 'tests/fixtures/import/own-2021.pdf')));
  await page.getByText('核对识别结果').waitFor({ timeout: 30_000 });
  expect(problems.filter((p) => !/Warning/i.test(p))).toEqual([]);
  await page.close();
}, 90_000);
