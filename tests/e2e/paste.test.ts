// Pasting whole tables into 表三 in Chromium: a WPS-style block with its header rows and label columns, the
// same table as Word's text/html, 撤销 from the notice, a 20 000-row paste capped, and the checks and column
// headers in sight at 150 % zoom on a 1366×768 screen.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FORMAT_2019, FORMAT_2021, type FormatDef } from '../../src/formats';
import { launchBrowser } from './browser';
import {
  balancedT3Block,
  cellSelector,
  openNewDraft,
  pasteHtml,
  pasteText,
  toTsv,
  wordHtmlTable,
  wpsStyleBlock,
  wrongT3Cells,
} from './editor-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
});

async function open(year: number, viewport = { width: 1366, height: 768 }): Promise<void> {
  context = await browser.newContext({ viewport, locale: 'zh-CN' });
  page = await context.newPage();
  await openNewDraft(page, inject('baseUrl'), year);
}

const cases: [FormatDef, number, string][] = [
  [FORMAT_2021, 2025, 't3.deny5.legal'],
  [FORMAT_2019, 2020, 't3.carried.natural'],
];

describe('a whole 表三 with its labels', () => {
  for (const [format, year, anchor] of cases) {
    it(`lands every number by its row and column labels from WPS text, and 撤销 restores the table (${format.id})`, async () => {
      await open(year);
      const { expected } = balancedT3Block(format);
      const count = format.tables.t3.cells.length;
      expect(Object.keys(expected)).toHaveLength(count);
      await page.locator(cellSelector(format, anchor)).click();
      await pasteText(page, toTsv(wpsStyleBlock(format, 't3', expected)));
      const notice = page.locator('.paste-notice');
      await expect.poll(() => notice.innerText()).toContain('已按复制内容中的栏目名称对齐');
      expect(await wrongT3Cells(page, format, expected)).toEqual([]);
      expect(await notice.locator('li').allInnerTexts()).toEqual([]);
      expect(await page.locator('[data-rule^="T3-"][data-severity="error"]').count()).toBe(0);
      await notice.getByRole('button', { name: '撤销这次粘贴' }).click();
      expect(await wrongT3Cells(page, format, {})).toEqual([]);
      await expect.poll(() => page.locator('.paste-notice').count()).toBe(0);
    });
  }

  it('reads a Word/web text/html table (with its merges) in preference to the plain text', async () => {
    await open(2025);
    const format = FORMAT_2021;
    const { expected } = balancedT3Block(format);
    await page.locator(cellSelector(format, 't3.new.natural')).click();
    // The plain text of a Word table loses the merges; the HTML keeps them.
    await pasteHtml(page, wordHtmlTable(format, 't3', expected), 'garbled\ttext\n');
    await expect
      .poll(() => page.locator('.paste-notice').innerText())
      .toContain(`粘贴到 ${format.tables.t3.cells.filter((c) => c.kind !== 'total').length} 个单元格`);
    expect(await wrongT3Cells(page, format, expected)).toEqual([]);
    // Ctrl+Z undoes the paste as one step.
    await page.keyboard.press('Control+z');
    expect(await wrongT3Cells(page, format, {})).toEqual([]);
  });

  it('caps a 20 000 × 10 paste with one summary line and keeps the page responsive', async () => {
    await open(2025);
    await page.locator(cellSelector(FORMAT_2021, 't3.new.natural')).click();
    const big = Array.from({ length: 20_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => String((r + c) % 7)));
    const t0 = Date.now();
    await pasteText(page, toTsv(big));
    await page.locator('.paste-notice').waitFor();
    console.log(`20 000×10 paste: ${Date.now() - t0} ms`);
    const items = await page.locator('.paste-notice li').allInnerTexts();
    expect(items[0]).toMatch(/^复制的内容有 20000 行 × 10 列，远大于本表/);
    expect(items.length).toBeLessThanOrEqual(32);
  });
});

describe('checks and column headers in sight', () => {
  it('at 1366×768 and 150 % zoom (911×512 CSS px) with the last row of 表三 focused', async () => {
    await open(2025, { width: 911, height: 512 });
    const format = FORMAT_2021;
    await page.locator(cellSelector(format, 't3.new.natural')).click();
    await page.keyboard.type('5');
    await page.locator(cellSelector(format, 't3.carryover.natural')).focus();
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.locator(cellSelector(format, 't3.carryover.natural')).focus();
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/editor-150-zoom.png' });
    const inView = async (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        });
    expect(await inView('[data-testid="findings-bar-summary"]')).toBe(true);
    expect(await page.locator('[data-testid="findings-bar-summary"]').innerText()).toMatch(/[1-9]\d* 个错误/);
    expect(await inView('table.stat-t3 thead')).toBe(true);
    expect(await inView(cellSelector(format, 't3.carryover.natural'))).toBe(true);
    // The column headers are not hidden under the page header, nor the focused cell under the column headers.
    const [headBottom, theadTop, theadBottom, cellTop] = await page.evaluate(
      (sel) => [
        document.querySelector('.editor-head')!.getBoundingClientRect().bottom,
        document.querySelector('table.stat-t3 thead')!.getBoundingClientRect().top,
        document.querySelector('table.stat-t3 thead')!.getBoundingClientRect().bottom,
        document.querySelector(sel)!.getBoundingClientRect().top,
      ],
      cellSelector(format, 't3.carryover.natural'),
    );
    expect(theadTop).toBeGreaterThanOrEqual(headBottom - 1);
    expect(cellTop).toBeGreaterThanOrEqual(theadBottom - 1);
    // 下一个 goes to the finding's cell.
    await page.getByRole('button', { name: /下一个/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toMatch(/^t3\./);
    // The paste notice sits in the panel below the report at this width: 粘贴结果 brings it into view.
    await page.locator(cellSelector(format, 't3.carryover.business')).focus();
    await pasteText(page, '1\tabc\r\n');
    await page.getByRole('button', { name: /粘贴结果（1 处需核对）/ }).click();
    expect(await inView('.paste-notice')).toBe(true);
    await page.screenshot({ path: 'test-output/editor-150-zoom-paste-notice.png' });
  });
});
